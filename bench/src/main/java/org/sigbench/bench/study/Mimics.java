package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sigbench.bench.port.Synthesis;
import org.sigbench.bench.port.Variability;
import org.sigbench.bench.cells.CorpusKey;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.calibrate.KsCalibrator;
import org.sigbench.synth.ks.KsTiming;
import org.sigbench.synth.ks.RhythmModel;

/**
 * The synthetic corpora that mimic a real one (FS, DS, KS), each held out: synthetic data standing
 * for a subject of one fold is made with the calibration of the other fold
 * ({@link StudyExecutor#fold}). Built once per corpus and variant by {@link StudyExecutor#synthetic}.
 */
final class Mimics {
    private final StudyExecutor ex;

    Mimics(StudyExecutor ex) {
        this.ex = ex;
    }

    /**
     * FS mimic, held out: for each fold, as many new identities as the fold has subjects, with the
     * profile and forger model of the other fold; subject ids get the fold as a prefix.
     */
    Corpus fs(CorpusKey corpus, Corpus r, String key) {
        Synthesis syn = ex.synthesis();
        List<Signature> out = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            Corpus target = StudyExecutor.foldCorpus(r, f);
            if (target.subjects().isEmpty()) {
                continue;
            }
            Corpus from = StudyExecutor.foldCorpus(r, 1 - f);
            Variability cal = ex.calibration(corpus, 1 - f);
            Corpus made = syn.fullSynthesis(from.subjects().isEmpty() ? target : from, target.subjects().size(), cal,
                    ex.seed("fs/" + key + "/fold" + f));
            String prefix = "h" + (f + 1) + "-";
            for (Signature s : made.signatures()) {
                SignatureMeta m = s.meta();
                out.add(s.withMeta(new SignatureMeta(r.name() + "-fs", prefix + m.subject(), prefix + m.id(), m.kind(),
                        m.label(), m.kind() == Kind.SKILLED_FORGERY ? prefix + m.imitates() : m.imitates(), m.session(), m.repetition(),
                        m.source())));
            }
        }
        return Corpus.of(r.name() + "-fs", out);
    }

    /**
     * DS mimic, held out: per subject, as many genuine samples as it has, all duplicates of its
     * first genuine sample, each in the session of the real sample it stands for (so references and
     * later probes differ the way real sessions do); as many skilled forgeries as it has, made by
     * the calibrated forger model from its first genuine sample (not duplicates of a real forgery);
     * for a corpus of other classes (air-writing digits), per label, duplicates of its first
     * sample. Every subject uses the calibration of the fold it does not belong to.
     */
    Corpus ds(CorpusKey corpus, Corpus r, String key) {
        Synthesis syn = ex.synthesis();
        String name = r.name() + "-ds";
        List<String> subjects = r.subjects();
        Variability[] cal = {ex.calibration(corpus, 0), ex.calibration(corpus, 1)};
        List<List<Signature>> per = IntStream.range(0, subjects.size()).parallel().mapToObj(i -> {
            String s = subjects.get(i);
            Variability v = cal[1 - StudyExecutor.fold(i)];
            List<Signature> out = new ArrayList<>();
            Map<String, List<Signature>> groups = new LinkedHashMap<>();
            for (Signature x : r.of(s)) {
                String g = x.meta().kind() == Kind.OTHER ? "other:" + x.meta().label() : x.meta().kind().token();
                groups.computeIfAbsent(g, q -> new ArrayList<>()).add(x);
            }
            List<Signature> genuine = r.of(s, Kind.GENUINE);
            for (List<Signature> src : groups.values()) {
                Signature first = src.get(0);
                List<Signature> d;
                String what;
                if (first.meta().kind() == Kind.SKILLED_FORGERY) {
                    if (genuine.isEmpty()) {
                        throw new IllegalArgumentException("subject " + s + " of " + r.name()
                                + " has forgeries but no genuine sample to forge");
                    }
                    Signature model = genuine.get(0);
                    what = "forgery of " + model.meta().id();
                    d = syn.forgeries(model, src.size(), v, ex.seed("ds-forgery/" + key + "/" + model.meta().id()),
                            model.meta().id() + "-forged");
                } else {
                    what = "DS of " + first.meta().id();
                    int[] sessions = org.sigbench.synth.ds.Sessions.of(src);
                    d = syn.duplicates(first, sessions, v, ex.seed("ds/" + key + "/" + first.meta().id()),
                            first.meta().id() + "-ds");
                }
                for (int j = 0; j < d.size(); j++) {
                    out.add(StudyExecutor.relabel(d.get(j), src.get(j).meta(), name, d.get(j).meta().id(), what));
                }
            }
            return out;
        }).toList();
        return Corpus.of(name, per.stream().flatMap(List::stream).toList());
    }

    /**
     * KS mimic, held out: every real sample re-timed with the timing of its kind and a rhythm
     * ({@link RhythmModel#sample}): its writer's, shared in part by the writer's samples, or for a
     * forgery its forgers', correlated with the target's as the corpus says. Timing and rhythm
     * model of a subject come from the other fold.
     */
    Corpus ks(Corpus r, String key) {
        Synthesis syn = ex.synthesis();
        String name = r.name() + "-ks";
        List<String> subjects = r.subjects();
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            index.put(subjects.get(i), i);
        }
        KsModel[] model = {ksModel(r, 0), ksModel(r, 1)};
        long rhythmSeed = ex.seed("ks-rhythm/" + key);
        List<Signature> all = r.signatures();
        List<Signature> out = IntStream.range(0, all.size()).parallel().mapToObj(i -> {
            Signature s = all.get(i);
            KsModel m = model[1 - StudyExecutor.fold(index.get(s.meta().subject()))];
            String id = s.meta().id() + "-ks";
            long seed = ex.seed("ks/" + key + "/" + s.meta().id());
            var rhythm = m.rhythm().sample(rhythmSeed, s.meta(), Streams.of(seed, 1));
            return StudyExecutor.relabel(syn.retime(s, m.timing(s.meta().kind()), rhythm, seed, id), s.meta(), name, id,
                    "KS of " + s.meta().id());
        }).toList();
        return Corpus.of(name, out);
    }

    /** KS timing per kind and rhythm model of one fold of a corpus. */
    record KsModel(Map<Kind, KsTiming> timings, KsCalibrator.Result fit) {
        RhythmModel rhythm() {
            return fit.model();
        }

        KsTiming timing(Kind k) {
            KsTiming t = timings.get(k);
            if (t == null) {
                throw new IllegalArgumentException("no KS timing for " + k.token() + " samples in the calibration fold");
            }
            return t;
        }
    }

    private final Memo<String, KsModel> ksModels = new Memo<>();

    /** The KS model estimated on fold {@code f} of {@code r} (the whole corpus when that fold is empty). */
    KsModel ksModel(Corpus r, int f) {
        return ksModels.get(r.name() + "~" + r.subjects().size() + "x" + r.signatures().size() + "/fold" + f, () -> {
            Corpus c = StudyExecutor.foldCorpus(r, f);
            Corpus from = c.subjects().isEmpty() ? r : c;
            Map<Kind, KsTiming> t = new java.util.EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                if (from.count(k) > 0) {
                    t.put(k, ex.synthesis().ksTiming(from, k));
                }
            }
            KsTiming g = t.containsKey(Kind.GENUINE) ? t.get(Kind.GENUINE) : t.get(Kind.OTHER);
            return new KsModel(t, ex.synthesis().ksRhythm(from, g, t.get(Kind.SKILLED_FORGERY), StudyExecutor.groups(from), ex.verification(),
                    ex.seed("ks-calibrate/" + r.name() + "/fold" + f)));
        });
    }
}
