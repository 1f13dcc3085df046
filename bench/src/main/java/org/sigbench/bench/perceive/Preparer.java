package org.sigbench.bench.perceive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ListSampler;
import org.sigbench.bench.port.Synthesis;
import org.sigbench.bench.port.Variability;
import org.sigbench.bench.port.Verification;
import org.sigbench.bench.study.VariabilityEstimator;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.calibrate.Group;

/**
 * Prepares a test: half the trials real genuine samples, half synthetic ones made through the
 * {@link Synthesis} port, spread as evenly as possible over the variants: FS (a genuine sample of
 * a new identity mimicking the corpus), DS (a duplicate of a real genuine sample) and KS (a real
 * genuine sample re-timed). Subjects are shuffled once; real trials take the first ones and DS/KS
 * sources the next, so a real trial and a duplicate of it rarely share a subject. DS and FS use
 * the back end's calibration on the first {@code calibrationSubjects} shuffled subjects (not held
 * out: the test mimics the corpus, it does not evaluate the synthesis); KS uses the timing of
 * their genuine samples. Every choice draws from {@link Streams} keyed by the seed, and trial ids
 * are random, so the same seed gives the same bytes and ids say nothing about the truth.
 */
public final class Preparer {
    /**
     * What to prepare.
     *
     * @param variants            synthetic variants, e.g. fs, ds, ks
     * @param trials              total trials (even: half real)
     * @param seed                seed
     * @param points              points per stimulus
     * @param calibrationSubjects subjects for calibration, profile and KS timing
     */
    public record Request(List<String> variants, int trials, long seed, int points, int calibrationSubjects) {
        public Request {
            variants = List.copyOf(variants);
            if (variants.isEmpty() || !TrialSpec.SYNTHETIC.containsAll(variants) || new HashSet<>(variants).size() != variants.size()) {
                throw new IllegalArgumentException("--variants must be distinct values among fs, ds, ks, got " + variants);
            }
            if (trials < 2 * variants.size() || trials % 2 != 0) {
                throw new IllegalArgumentException("--trials must be even and at least " + 2 * variants.size() + ", got " + trials);
            }
            if (points < 16 || points > 2000) {
                throw new IllegalArgumentException("--points must be in 16..2000, got " + points);
            }
            if (calibrationSubjects < 2) {
                throw new IllegalArgumentException("--calibration-subjects must be at least 2, got " + calibrationSubjects);
            }
        }
    }

    private record Made(String variant, String source, Signature sample) {
    }

    private final Synthesis synthesis;
    private final Verification verification;

    public Preparer(Synthesis synthesis, Verification verification) {
        this.synthesis = synthesis;
        this.verification = verification;
    }

    /** Prepares the test of {@code real} into {@code out}; returns a one-line summary. */
    public String prepare(Corpus real, Request r, Path out) {
        List<String> subjects = new ArrayList<>(real.subjects().stream().filter(s -> !genuine(real, s).isEmpty()).toList());
        if (subjects.size() < 2) {
            throw new IllegalArgumentException("corpus " + real.name() + " needs at least 2 subjects with genuine samples");
        }
        ListSampler.shuffle(Streams.of(r.seed(), "perceive/subjects"), subjects);
        List<String> calSubjects = subjects.subList(0, Math.min(r.calibrationSubjects(), subjects.size()));
        Corpus cal = Corpus.of(real.name(), calSubjects.stream().flatMap(s -> real.of(s).stream()).toList());
        Variability v = VariabilityEstimator.estimate(cal, Kind.GENUINE);
        if (r.variants().contains("ds") || r.variants().contains("fs")) {
            List<Group> groups = calSubjects.stream().map(s -> new Group(genuine(real, s), real.of(s, Kind.SKILLED_FORGERY))).toList();
            v = synthesis.calibrate(v, groups, verification, Streams.seed(r.seed(), "perceive/calibrate"));
        }
        int nReal = r.trials() / 2;
        int[] per = new int[r.variants().size()];
        for (int i = 0; i < r.trials() - nReal; i++) {
            per[i % per.length]++;
        }
        List<Made> made = new ArrayList<>();
        int slot = 0;
        for (int i = 0; i < nReal; i++, slot++) {
            Signature s = source(real, subjects, slot, r.seed());
            made.add(new Made(TrialSpec.REAL, s.meta().id(), s));
        }
        for (int k = 0; k < per.length; k++) {
            String variant = r.variants().get(k);
            if (variant.equals("fs")) {
                made.addAll(fs(cal, per[k], v, r.seed()));
                continue;
            }
            for (int i = 0; i < per[k]; i++, slot++) {
                Signature s = source(real, subjects, slot, r.seed());
                long seed = Streams.seed(r.seed(), "perceive/" + variant + "/" + i);
                Signature syn = variant.equals("ds")
                        ? synthesis.duplicates(s, 1, v, seed, s.meta().id() + "-ds").get(0)
                        : synthesis.retime(s, synthesis.ksTiming(cal, Kind.GENUINE), seed, s.meta().id() + "-ks");
                made.add(new Made(variant, variant + " of " + s.meta().id(), syn));
            }
        }
        ListSampler.shuffle(Streams.of(r.seed(), "perceive/order"), made);
        UniformRandomProvider ids = Streams.of(r.seed(), "perceive/ids");
        Set<String> used = new HashSet<>();
        List<TrialSpec> trials = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Made m : made) {
            String id;
            do {
                id = String.format(Locale.ROOT, "%016x", ids.nextLong());
            } while (!used.add(id));
            trials.add(new TrialSpec(id, m.variant(), m.source()));
            texts.add(StimulusCodec.encode(Resampler.resample(m.sample(), id, r.points())));
        }
        int length = texts.stream().mapToInt(String::length).max().orElse(0);
        Map<String, byte[]> stimuli = new LinkedHashMap<>();
        for (int i = 0; i < trials.size(); i++) {
            stimuli.put(trials.get(i).id(), StimulusCodec.pad(texts.get(i), length));
        }
        TestOptions options = new TestOptions(real.name(), r.variants(), r.trials(), r.seed(), r.points(), calSubjects.size(),
                synthesis.backend(), synthesis.describe(v));
        TestFolder.write(out, options, new Manifest(trials), stimuli);
        return String.format(Locale.ROOT, "wrote %s: %d trials (%d real, %s) mimicking %s, %d points each, %d bytes per stimulus",
                out, trials.size(), nReal, counts(r.variants(), per), real.name(), r.points(), length);
    }

    private static String counts(List<String> variants, int[] per) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < per.length; i++) {
            l.add(per[i] + " " + variants.get(i));
        }
        return String.join(", ", l);
    }

    /** FS: {@code n} new identities, one genuine sample each (the first of each identity). */
    private List<Made> fs(Corpus cal, int n, Variability v, long seed) {
        Corpus c = synthesis.fullSynthesis(cal, n, v, Streams.seed(seed, "perceive/fs"));
        List<Made> out = new ArrayList<>();
        for (String s : c.subjects()) {
            List<Signature> g = genuine(c, s);
            if (out.size() < n && !g.isEmpty()) {
                out.add(new Made("fs", "fs identity " + s, g.get(0)));
            }
        }
        if (out.size() < n) {
            throw new IllegalStateException("FS made " + out.size() + " identities with genuine samples, needed " + n);
        }
        return out;
    }

    /** The real genuine sample of a slot: subject slot mod S, a seeded pick among its samples. */
    private static Signature source(Corpus real, List<String> subjects, int slot, long seed) {
        List<Signature> g = genuine(real, subjects.get(slot % subjects.size()));
        int round = slot / subjects.size();
        int pick = (int) Math.floorMod(Streams.seed(seed, "perceive/pick/" + subjects.get(slot % subjects.size())) + round, (long) g.size());
        return g.get(pick);
    }

    /** Genuine samples of a subject (or samples of classes, for corpora without genuine/forgery). */
    private static List<Signature> genuine(Corpus c, String subject) {
        List<Signature> g = c.of(subject, Kind.GENUINE);
        return g.isEmpty() ? c.of(subject, Kind.OTHER) : g;
    }
}
