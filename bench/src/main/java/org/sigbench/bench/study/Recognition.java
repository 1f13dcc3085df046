package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.sigbench.bench.suite.Condition;
import org.sigbench.bench.port.Synthesis;
import org.sigbench.bench.port.Variability;
import org.sigbench.bench.cells.RecognitionCell;
import org.sigbench.bench.cells.RecognitionResult;
import org.sigbench.bench.cells.Variant;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.signal.LinearResampling;

/**
 * Recognition of the classes (labels) of a corpus of other samples, such as 3D air-written digits
 * or mid-air gestures: DTW 1-nearest-neighbour, leave one subject out (the probes of subject w are
 * matched against references of the other subjects only). Every sample is resampled to
 * {@link StudyExecutor#AIR_POINTS} points, uniform in time, before matching.
 *
 * <p>Conditions:
 * <ul>
 *   <li>{@code real}: references are every real sample of the other subjects;</li>
 *   <li>{@code real-single}: the first real sample per label and subject (the same as {@code real}
 *       when a corpus has one recording per subject and label, as the gestures);</li>
 *   <li>{@code ds}, {@code ks}: {@code perReference} DS duplicates or KS re-timings of each of those
 *       single samples instead of them (nothing real); the cell also measures the accuracy of the
 *       real single samples they were made from ({@code source_accuracy}), so the gap is
 *       self-contained;</li>
 *   <li>{@code k1}, {@code k1-plus-ds}, {@code k1-plus-ks}: one real reference per label, all from
 *       one other subject q (its first sample of each label), alone or plus its {@code perReference}
 *       DS duplicates or KS re-timings (the same ones as {@code ds} and {@code ks}). Each probe of
 *       subject p is classified once for every q != p among the subjects that have every label of
 *       the corpus, and its score is its fraction of correct trials; the accuracy is the mean over
 *       probes. The plus-conditions also measure K = 1 alone ({@code k1_accuracy});</li>
 *   <li>{@code mimic-ds}, {@code mimic-ks}: probes and references both synthetic, from the corpus
 *       that mimics the real one ({@link StudyExecutor#synthetic}).</li>
 * </ul>
 * Accuracy with a 95 % Wilson score interval (E. B. Wilson, JASA 22, 1927):
 * {@code (p + z^2/2n +- z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)}, z = 1.96, n = number of probes
 * (for the K = 1 conditions too: the trials of one probe are not independent, so n is not the
 * number of trials).
 */
final class Recognition {
    private Recognition() {
    }

    /** How a set of probes fared: summed per-probe scores (1 = correct), probes, references, per-subject accuracy. */
    record Score(double correct, int probes, int references, Map<String, double[]> perSubject) {
        double accuracy() {
            return 100.0 * correct / probes;
        }
    }

    static RecognitionResult run(StudyExecutor ex, RecognitionCell cell) {
        Corpus real = ex.real(cell.corpus());
        Condition cond = cell.condition();
        double band = cell.band();
        Score score;
        Score source = null;
        Score k1 = null;
        Integer referenceSubjects = null;
        switch (cond) {
            case REAL -> {
                List<Signature> p = resampled(real.signatures());
                score = nearest(p, p, distances(ex, p, p, band));
            }
            case REAL_SINGLE -> score = singles(ex, real, band);
            case DS, KS -> {
                List<Signature> p = resampled(real.signatures());
                List<Signature> r = resampled(made(ex, cell, real, cond.method()).stream().flatMap(List::stream).toList());
                score = nearest(p, r, distances(ex, p, r, band));
                source = singles(ex, real, band);
            }
            case K1, K1_PLUS_DS, K1_PLUS_KS -> {
                List<Signature> p = resampled(real.signatures());
                List<Signature> f = firsts(real);
                List<Signature> fr = resampled(f);
                double[][] dReal = distances(ex, p, fr, band);
                Set<String> complete = complete(real);
                if (cond == Condition.K1) {
                    score = oneShot(p, fr, dReal, null, null, complete);
                } else {
                    List<List<Signature>> m = made(ex, cell, real, cond.method());
                    List<Signature> syn = resampled(m.stream().flatMap(List::stream).toList());
                    int[] owner = new int[syn.size()];
                    for (int i = 0, k = 0; i < m.size(); i++) {
                        for (int j = 0; j < m.get(i).size(); j++) {
                            owner[k++] = i;
                        }
                    }
                    score = oneShot(p, fr, dReal, distances(ex, p, syn, band), owner, complete);
                    k1 = oneShot(p, fr, dReal, null, null, complete);
                }
                referenceSubjects = complete.size();
            }
            case MIMIC_DS, MIMIC_KS -> {
                List<Signature> p = resampled(ex.synthetic(cell.corpus(), Variant.of(cond.method())).signatures());
                score = nearest(p, p, distances(ex, p, p, band));
            }
            default -> throw new IllegalStateException("unhandled recognition condition " + cond);
        }
        return new RecognitionResult(accuracy(score), score.probes(), score.correct(), score.references(),
                score.perSubject().size(), source == null ? null : accuracy(source), k1 == null ? null : accuracy(k1),
                referenceSubjects, ex.verification().backend(),
                score.perSubject().values().stream().map(w -> 100.0 * w[0] / w[1]).toList());
    }

    /** The accuracy of a score with its Wilson interval. */
    private static RecognitionResult.Accuracy accuracy(Score s) {
        double[] ci = wilson(s.correct(), s.probes());
        return new RecognitionResult.Accuracy(s.accuracy(), ci[0], ci[1]);
    }

    private static List<Signature> resampled(List<Signature> l) {
        return l.parallelStream().map(Recognition::resample).toList();
    }

    private static double[][] distances(StudyExecutor ex, List<Signature> p, List<Signature> r, double band) {
        return ex.verification().distances(p, r, band);
    }

    /** The first real sample of each (subject, label) as references, leave one subject out. */
    private static Score singles(StudyExecutor ex, Corpus real, double band) {
        List<Signature> p = resampled(real.signatures());
        List<Signature> r = resampled(firsts(real));
        return nearest(p, r, distances(ex, p, r, band));
    }

    /**
     * DS duplicates ({@code method} "ds") or KS re-timings ("ks") of each first sample of a
     * (subject, label), {@code perReference} of each, in the order of {@link #firsts}.
     */
    static List<List<Signature>> made(StudyExecutor ex, RecognitionCell cell, Corpus real, String method) {
        Synthesis syn = ex.synthesis();
        int per = cell.perReference();
        String key = StudyExecutor.memoKey(cell.corpus());
        List<String> subjects = real.subjects();
        List<Signature> f = firsts(real);
        return IntStream.range(0, f.size()).parallel().mapToObj(i -> {
            Signature s = f.get(i);
            String id = s.meta().id();
            List<Signature> l = new ArrayList<>();
            if (method.equals("ds")) {
                Variability v = ex.variabilityFor(cell.corpus(), subjects.indexOf(s.meta().subject()));
                List<Signature> d = syn.duplicates(s, per, v, ex.seed("air-ds/" + key + "/" + id), id + "-ds");
                for (int j = 0; j < d.size(); j++) {
                    l.add(StudyExecutor.relabel(d.get(j), s.meta(), real.name() + "-ds", id + "-ds" + (j + 1), "DS of " + id));
                }
            } else {
                for (int j = 0; j < per; j++) {
                    String nid = id + "-ks" + (j + 1);
                    l.add(StudyExecutor.relabel(syn.retime(s, ex.ksTiming(real, s.meta().kind()),
                                    ex.seed("air-ks/" + key + "/" + id + "/" + j), nid),
                            s.meta(), real.name() + "-ks", nid, "KS of " + id));
                }
            }
            return l;
        }).toList();
    }

    /** 1-NN over the references of other subjects; one trial per probe. */
    static Score nearest(List<Signature> p, List<Signature> r, double[][] d) {
        double correct = 0;
        Map<String, double[]> perSubject = new LinkedHashMap<>();
        for (int i = 0; i < p.size(); i++) {
            SignatureMeta mi = p.get(i).meta();
            int best = -1;
            for (int j = 0; j < r.size(); j++) {
                if (!r.get(j).meta().subject().equals(mi.subject()) && (best < 0 || d[i][j] < d[i][best])) {
                    best = j;
                }
            }
            double ok = best >= 0 && r.get(best).meta().label().equals(mi.label()) ? 1 : 0;
            correct += ok;
            double[] w = perSubject.computeIfAbsent(mi.subject(), k -> new double[2]);
            w[0] += ok;
            w[1]++;
        }
        return new Score(correct, p.size(), r.size(), perSubject);
    }

    /**
     * K = 1: for each probe and each reference subject q in {@code complete} other than the
     * probe's, 1-NN over q's first sample of each label ({@code firsts}, distances {@code dReal})
     * and, when {@code dSyn} is given, the synthetic samples made from them ({@code owner[k]} = the
     * index in {@code firsts} of synthetic sample k). A probe scores its fraction of correct trials.
     */
    static Score oneShot(List<Signature> p, List<Signature> firsts, double[][] dReal, double[][] dSyn, int[] owner,
                         Set<String> complete) {
        double correct = 0;
        int refsPerTrial = 0;
        Map<String, double[]> perSubject = new LinkedHashMap<>();
        for (int i = 0; i < p.size(); i++) {
            SignatureMeta mi = p.get(i).meta();
            int trials = 0;
            int ok = 0;
            for (String q : complete) {
                if (q.equals(mi.subject())) {
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                String label = null;
                int refs = 0;
                for (int j = 0; j < firsts.size(); j++) {
                    if (firsts.get(j).meta().subject().equals(q)) {
                        refs++;
                        if (dReal[i][j] < best) {
                            best = dReal[i][j];
                            label = firsts.get(j).meta().label();
                        }
                    }
                }
                for (int k = 0; dSyn != null && k < owner.length; k++) {
                    Signature src = firsts.get(owner[k]);
                    if (src.meta().subject().equals(q)) {
                        refs++;
                        if (dSyn[i][k] < best) {
                            best = dSyn[i][k];
                            label = src.meta().label();
                        }
                    }
                }
                refsPerTrial = Math.max(refsPerTrial, refs);
                trials++;
                ok += mi.label().equals(label) ? 1 : 0;
            }
            double s = trials == 0 ? 0 : (double) ok / trials;
            correct += s;
            double[] w = perSubject.computeIfAbsent(mi.subject(), k -> new double[2]);
            w[0] += s;
            w[1]++;
        }
        return new Score(correct, p.size(), refsPerTrial, perSubject);
    }

    /** The subjects that have a sample of every label of the corpus, in corpus order. */
    static Set<String> complete(Corpus c) {
        Set<String> labels = new LinkedHashSet<>();
        c.signatures().forEach(s -> labels.add(s.meta().label()));
        Set<String> out = new LinkedHashSet<>();
        for (String s : c.subjects()) {
            if (c.of(s).stream().map(x -> x.meta().label()).distinct().count() == labels.size()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The first sample of every (subject, label), in corpus order. */
    static List<Signature> firsts(Corpus c) {
        Map<String, Signature> m = new LinkedHashMap<>();
        for (Signature s : c.signatures()) {
            m.putIfAbsent(s.meta().subject() + "\u0000" + s.meta().label(), s);
        }
        return List.copyOf(m.values());
    }

    /** Resamples to AIR_POINTS points uniform in time (linear interpolation). */
    static Signature resample(Signature s) {
        int n = StudyExecutor.AIR_POINTS;
        double[] t = s.t();
        double[] tt = LinearResampling.grid(t[0], (t[t.length - 1] - t[0]) / (n - 1), n);
        return Signature.of(s.meta(), s.dims(), tt, LinearResampling.at(t, s.x(), tt), LinearResampling.at(t, s.y(), tt),
                s.dims() == 3 ? LinearResampling.at(t, s.z(), tt) : null, null, null);
    }

    /** 95 % Wilson score interval, in %, of {@code k} successes (possibly fractional) in {@code n}. */
    static double[] wilson(double k, int n) {
        double[] ci = org.sigbench.verify.metrics.Wilson.interval(k, n);
        return new double[] {100 * ci[0], 100 * ci[1]};
    }
}
