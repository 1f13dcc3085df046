package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.sigbench.bench.port.DataSource;
import org.sigbench.bench.port.Synthesis;
import org.sigbench.bench.port.Variability;
import org.sigbench.bench.port.Verification;
import org.sigbench.bench.port.Verification.ImpostorResult;
import org.sigbench.bench.port.Verification.ProtocolResult;
import org.sigbench.bench.cells.CorpusKey;
import org.sigbench.bench.cells.ImpostorStats;
import org.sigbench.bench.cells.ProtocolStats;
import org.sigbench.bench.cells.VerificationResult;
import org.sigbench.bench.cells.DuplicatesCell;
import org.sigbench.bench.cells.RealismCell;
import org.sigbench.bench.cells.RecognitionCell;
import org.sigbench.bench.cells.StudyCell;
import org.sigbench.bench.cells.ThroughputCell;
import org.sigbench.bench.cells.VariabilityCell;
import org.sigbench.bench.cells.Variant;
import org.sigbench.bench.cells.VerificationCell;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellExecutor;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.suite.Suite;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.calibrate.Group;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.ks.KsTiming;

/**
 * Computes the cells of {@link Study}: loads real corpora, builds the synthetic variants (once per
 * corpus and variant, shared by the cells that need them), runs the protocols and the realism
 * tests. Every random stream is seeded from the suite seed and a stable key (corpus, variant,
 * subject, sample id), never from the thread or the order of execution.
 */
public final class StudyExecutor implements CellExecutor {
    /** Air-writing samples are resampled to this many points (uniform in time) before DTW 1-NN. */
    public static final int AIR_POINTS = 64;
    /** DET curves are stored with at most this many points. */
    public static final int DET_POINTS = 300;

    private final Suite suite;
    private final DataSource data;
    private final Synthesis synthesis;
    private final Verification verification;
    private final BiConsumer<String, List<String>> scoreSink;
    private final Memo<String, Corpus> real = new Memo<>();
    private final Memo<String, Corpus> synthetic = new Memo<>();
    private final Memo<String, Variability> variability = new Memo<>();
    private final Memo<String, KsTiming> ksTiming = new Memo<>();
    private final Mimics mimics = new Mimics(this);
    private final DuplicatesStudy duplicates = new DuplicatesStudy(this);

    /**
     * @param scoreSink receives (file name, lines) of every score file; may ignore them
     */
    public StudyExecutor(Suite suite, DataSource data, Synthesis synthesis, Verification verification,
                         BiConsumer<String, List<String>> scoreSink) {
        this.suite = suite;
        this.data = data;
        this.synthesis = synthesis;
        this.verification = verification;
        this.scoreSink = scoreSink;
    }

    /** The back-end names, hashed into every cell. */
    public static String backends(Synthesis s, Verification v) {
        return (s == null ? "none" : s.backend()) + " | " + v.backend();
    }

    @Override
    public void execute(Cell cell, CellResult.Builder out) throws Exception {
        if (!(cell instanceof StudyCell c)) {
            throw new IllegalArgumentException("not a cell of the study: " + cell.id());
        }
        switch (c) {
            case VariabilityCell v -> out.result(VariabilityStudy.run(this, synthesis, v));
            case VerificationCell v -> rvs(v, out);
            case DuplicatesCell d -> duplicates.run(d, out);
            case RecognitionCell r -> out.result(Recognition.run(this, r));
            case RealismCell r -> realism(r, out);
            case ThroughputCell t -> out.result(Throughput.run(t));
        }
    }

    // ---------------------------------------------------------------- data

    /** A real corpus limited as a cell says. */
    Corpus real(CorpusKey c) {
        return real.get(memoKey(c), () -> limit(data.load(c.name()), c.subjects()));
    }

    /** The key of a corpus in caches and seeds: {@code <name>~<subjects>} (0 = all). */
    static String memoKey(CorpusKey c) {
        return c.name() + "~" + c.subjects();
    }

    /**
     * The first {@code subjects} subjects (0 = all), with extra channels (pressure, pen angles, ...)
     * dropped: the Sigma-Lognormal synthesis makes trajectories and pen flags only, so real and
     * synthetic samples are compared on the same channels.
     */
    static Corpus limit(Corpus c, int subjects) {
        List<String> keepSubjects = subjects == 0 || subjects >= c.subjects().size() ? c.subjects()
                : c.subjects().subList(0, subjects);
        List<Signature> keep = new ArrayList<>();
        for (String s : keepSubjects) {
            for (Signature x : c.of(s)) {
                keep.add(x.channelNames().isEmpty() ? x : Signature.of(x.meta(), x.dims(), x.t(), x.x(), x.y(),
                        x.dims() == 3 ? x.z() : null, x.pen(), null));
            }
        }
        return Corpus.of(c.name(), keep);
    }

    /** A seed for a named random stream: {@link Streams#seed(long, String)} of (suite seed, key). */
    long seed(String key) {
        return Streams.seed(suite.seed(), key);
    }

    Synthesis synthesis() {
        if (synthesis == null) {
            throw new Unavailable("no synthesis back end: the synth module API was not available in this build");
        }
        return synthesis;
    }

    Verification verification() {
        return verification;
    }

    /**
     * Held-out calibration: the subjects of a corpus are split into two folds by their index in
     * the corpus (even indices: fold 0, odd: fold 1). Synthetic data standing for, or mimicking, a
     * subject of one fold is always made with the calibration of the other fold, so no synthetic
     * number comes from subjects its calibration saw.
     */
    static int fold(int subjectIndex) {
        return subjectIndex % 2;
    }

    /** The subjects of one fold. */
    static Corpus foldCorpus(Corpus c, int f) {
        List<String> subjects = c.subjects();
        List<Signature> keep = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            if (fold(i) == f) {
                keep.addAll(c.of(subjects.get(i)));
            }
        }
        return Corpus.of(c.name(), keep);
    }

    /** The calibration used for synthetic data standing for subject {@code i}: that of the other fold. */
    Variability variabilityFor(CorpusKey corpus, int subjectIndex) {
        return calibration(corpus, 1 - fold(subjectIndex));
    }

    /**
     * The calibration of one fold: the real variability figures ({@link VariabilityEstimator}) and
     * the synthesis back end's calibration on that fold's subjects: per subject its genuine
     * samples and forgeries (air-writing: the writer's first label with at least 3 samples). A corpus
     * of classes where no subject repeats a label (the mid-air gestures: one recording per
     * participant and gesture) shows no within-subject spread: DS is not calibrated on it and keeps
     * the synthesis back end's defaults. (Calibrating on the spread of a gesture between
     * participants instead was tried: DS levels near 3 that break the shapes, DS-reference accuracy
     * 84.1 % against 93.9 % real, mimic 61.3 %; with the defaults 93.9 % and 91.3 %.)
     */
    Variability calibration(CorpusKey corpus, int f) {
        Corpus all = real(corpus);
        String key = all.name() + "~" + corpus.subjects() + "/fold" + f;
        return variability.get(key, () -> {
            Corpus c = foldCorpus(all, f);
            Variability v = VariabilityEstimator.estimate(c, Kind.GENUINE);
            if (synthesis == null) {
                return v;
            }
            List<Group> groups = groups(c);
            if (groups.isEmpty()) {
                // one recording per subject and label (mid-air gestures): no within-subject spread to fit DS on
                return v;
            }
            return synthesis.calibrate(v, groups, verification, seed("calibrate/" + key));
        });
    }

    /**
     * Calibration subjects: per subject its genuine samples and forgeries (a corpus of classes:
     * the subject's first label with at least 3 samples).
     */
    static List<Group> groups(Corpus c) {
        List<Group> groups = new ArrayList<>();
        for (String s : c.subjects()) {
            List<Signature> g = c.of(s, Kind.GENUINE);
            if (g.isEmpty()) {
                Map<String, List<Signature>> byLabel = new LinkedHashMap<>();
                c.of(s, Kind.OTHER).forEach(x -> byLabel.computeIfAbsent(x.meta().label(), q -> new ArrayList<>()).add(x));
                byLabel.values().stream().filter(l -> l.size() >= 3).findFirst()
                        .ifPresent(l -> groups.add(new Group(l, List.of())));
            } else {
                groups.add(new Group(g, c.of(s, Kind.SKILLED_FORGERY)));
            }
        }
        return groups;
    }

    /** The synthetic variant (fs, ds, ks) of a cell's corpus. */
    Corpus synthetic(CorpusKey corpus, Variant variant) {
        Corpus r = real(corpus);
        String key = r.name() + "~" + corpus.subjects() + "/" + variant.token();
        return synthetic.get(key, () -> switch (variant) {
            case FS -> mimics.fs(corpus, r, key);
            case DS -> mimics.ds(corpus, r, key);
            case KS -> mimics.ks(r, key);
            case REAL -> throw new IllegalArgumentException("the real corpus is no synthetic variant");
        });
    }

    /** KS timing of one kind of a real corpus (as limited by a cell), estimated once per corpus and kind. */
    KsTiming ksTiming(Corpus r, Kind kind) {
        return ksTiming.get(r.name() + "~" + r.subjects().size() + "x" + r.signatures().size() + "/" + kind.token(),
                () -> synthesis().ksTiming(r, kind));
    }

    /** Gives a generated sample the metadata of its real model (subject, kind, label) and a new id. */
    static Signature relabel(Signature s, SignatureMeta model, String corpus, String id, String source) {
        return s.withMeta(new SignatureMeta(corpus, model.subject(), id, model.kind(), model.label(), model.imitates(),
                model.session(), model.repetition(), source));
    }

    // ---------------------------------------------------------------- cells

    private void rvs(VerificationCell cell, CellResult.Builder out) {
        Variant variant = cell.variant();
        Corpus c = variant.synthetic() ? synthetic(cell.corpus(), variant) : real(cell.corpus());
        ProtocolStats stats = protocol(cell, c, cell.verifier(), cell.refs(), Map.of());
        String ksRhythm = null;
        if (variant == Variant.KS) {
            Corpus r = real(cell.corpus());
            ksRhythm = "fold 1 (calibrated on even-indexed subjects): " + mimics.ksModel(r, 0).fit().describe()
                    + " || fold 2 (odd-indexed): " + mimics.ksModel(r, 1).fit().describe();
        }
        out.result(new VerificationResult(stats, variant.synthetic() ? synthesis().backend() : "", ksRhythm));
    }

    /**
     * Runs the verification protocol of a cell on a corpus (with extra references per subject, such
     * as duplicates) and returns its EERs, intervals and DET points; writes its score file if the
     * suite says so.
     */
    ProtocolStats protocol(Cell cell, Corpus c, String verifier, int refs, Map<String, List<Signature>> extra) {
        ProtocolResult pr = verification.run(c, verifier, refs, extra, seed("verify/" + cell.id()), suite.bootstrap());
        Map<String, ImpostorStats> impostors = new LinkedHashMap<>();
        for (ImpostorResult ir : pr.impostors()) {
            double[][] det = thin(ir.detFmr(), ir.detFnmr(), DET_POINTS);
            impostors.put(ir.type(), new ImpostorStats(ir.eer(), ir.eerFvc(), ir.eerLo(), ir.eerHi(), ir.fnmrAt1(),
                    ir.genuine(), ir.impostor(), boxed(det[0]), boxed(det[1])));
        }
        if (suite.outputs().scores() && !pr.scoreLines().isEmpty()) {
            scoreSink.accept(cell.id().replace('/', '_').replace('~', '_') + ".scores.txt", pr.scoreLines());
        }
        return new ProtocolStats(verification.backend(), pr.protocolNote(), pr.comparisons(), pr.seconds(),
                c.subjects().size(), c.count(Kind.GENUINE), c.count(Kind.SKILLED_FORGERY), new TreeMap<>(impostors));
    }

    /** An array as a list (the series of the typed results). */
    static List<Double> boxed(double[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    /** Keeps at most {@code max} DET points, evenly spaced by index, always the two ends. */
    static double[][] thin(double[] a, double[] b, int max) {
        if (a.length <= max) {
            return new double[][] {a.clone(), b.clone()};
        }
        double[] x = new double[max];
        double[] y = new double[max];
        for (int i = 0; i < max; i++) {
            int j = (int) Math.round((double) i * (a.length - 1) / (max - 1));
            x[i] = a[j];
            y[i] = b[j];
        }
        return new double[][] {x, y};
    }

    private void realism(RealismCell cell, CellResult.Builder out) {
        out.result(RealismStudy.run(real(cell.corpus()), synthetic(cell.corpus(), cell.variant()),
                cell.variant() == Variant.FS, cell.folds(), cell.trees(), seed("realism/" + cell.id())));
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    Suite suite() {
        return suite;
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
