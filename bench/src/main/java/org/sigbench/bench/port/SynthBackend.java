package org.sigbench.bench.port;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.calibrate.Calibrator;
import org.sigbench.synth.calibrate.FsCalibrator;
import org.sigbench.synth.calibrate.Group;
import org.sigbench.synth.calibrate.KsCalibrator;
import org.sigbench.synth.corpus.Consistency;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.ds.RealDsSettings;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.ExtractOptions;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.extract.RealDuplicates;
import org.sigbench.synth.ks.KsTiming;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.ks.KsOptions;
import org.sigbench.synth.ks.RealRetiming;
import org.sigbench.synth.profile.Profile;

/**
 * The synthesis back end of the {@code synth} module.
 *
 * <ul>
 *   <li>FS: {@link CorpusGenerator} with {@code Profile.of(real).fsOptions()}, the duplicate and
 *       session levels and the forger model {@link FsCalibrator} fitted on the calibration subjects (defaults
 *       before calibration); per subject, the median numbers of genuine samples and forgeries of
 *       the real subjects.</li>
 *   <li>DS of a real sample and forgeries of it: {@link RealDuplicates} (synth module) on the
 *       sample's Sigma-Lognormal extraction ({@link Extractor} defaults, cached per sample), with
 *       the settings {@link Calibrator} fitted.</li>
 *   <li>KS: {@link RealRetiming#retime} (ks package) with default {@link KsOptions} and a
 *       {@link KsTiming} estimated per corpus and kind ({@link #ksTiming}).</li>
 * </ul>
 */
public final class SynthBackend implements Synthesis {
    /** Sakoe-Chiba band of the calibration distances (the DTW verifier's default). */
    public static final double CAL_BAND = 0.10;
    /** KS rhythm calibration: 5 references, 12 subjects, 16 evaluations (Brent) and 20 (CMA-ES, 2 parameters). */
    public static final Calibrator.Options KS_CALIBRATION = new Calibrator.Options(5, 12, 16, 20);
    /** DS options of FS identities before calibration (synth defaults); the uncalibrated DS level also comes from them. */
    static final DsOptions DS = DsOptions.defaults();
    /** Forger model of FS and DS when not calibrated (synth defaults). */
    static final ForgeryOptions FORGER = ForgeryOptions.defaults();
    /** KS geometry (synth defaults). */
    static final KsOptions KS = KsOptions.defaults();
    /** Sigma-Lognormal extraction of real samples (synth defaults). */
    static final ExtractOptions EXTRACT = ExtractOptions.defaults();
    /** DS and forger calibration (synth defaults). */
    static final Calibrator.Options CALIBRATION = Calibrator.Options.defaults();

    private final int threads;
    private final Extractor extractor = Extractor.of(EXTRACT);
    private final ConcurrentHashMap<String, Extraction> extractions = new ConcurrentHashMap<>();

    public SynthBackend(int threads) {
        this.threads = threads;
    }

    /**
     * The option records this back end runs the synth module with, by role (all synth defaults,
     * plus the KS calibration and the calibration band set here). FS options are not among them:
     * they are derived from the real corpus ({@code Profile.of(real).fsOptions()}), so the data
     * and code fingerprints cover them.
     */
    public static java.util.Map<String, Object> options() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("ds", DS);
        m.put("forger", FORGER);
        m.put("ks", KS);
        m.put("extract", EXTRACT);
        m.put("calibration", CALIBRATION);
        m.put("ksCalibration", KS_CALIBRATION);
        m.put("calibrationBand", CAL_BAND);
        return m;
    }

    @Override
    public String backend() {
        return "synth module (FS CorpusGenerator + Profile + calibrated forger; DS and forgeries of real samples = "
                + "extract + RealDuplicates, calibrated by Calibrator)";
    }

    @Override
    public Corpus fullSynthesis(Corpus real, long seed) {
        return fullSynthesis(real, real.subjects().size(), null, seed);
    }

    @Override
    public Corpus fullSynthesis(Corpus real, int subjects, Variability calibrated, long seed) {
        int genuine = Math.max(1, medianCount(real, Kind.GENUINE));
        int forgeries = medianCount(real, Kind.SKILLED_FORGERY);
        // FsCalibrator: the identities' duplicate and session levels and the forger (DS forger, shape refitted)
        FsCalibrator.Result fit = calibrated == null || calibrated.ds() == null ? null : calibrated.ds().fs();
        DsOptions ds = fit == null ? DS : fit.ds();
        ForgeryOptions forger = fit == null ? FORGER : fit.forger();
        Profile p = Profile.of(real);
        GeneratorOptions o = new GeneratorOptions(real.name() + "-fs", subjects, genuine, forgeries, seed, threads,
                p.fsOptions(), ds, forger, fit == null ? Consistency.NONE : fit.consistency());
        return CorpusGenerator.generate(o);
    }

    static int medianCount(Corpus c, Kind k) {
        return FsCalibrator.medianCount(c.subjects().stream().mapToInt(s -> c.of(s, k).size()).toArray());
    }

    private Extraction extraction(Signature s) {
        return extractions.computeIfAbsent(s.meta().corpus() + "/" + s.meta().id(), k -> extractor.extract(s));
    }

    private static RealDsSettings settings(Variability v) {
        return v == null || v.ds() == null ? RealDsSettings.strokeWise(DS.level()) : v.ds().ds();
    }

    @Override
    public List<Signature> duplicates(Signature real, int count, Variability v, long seed, String idPrefix) {
        return RealDuplicates.duplicates(real, extraction(real), settings(v), count, seed, idPrefix);
    }

    @Override
    public List<Signature> duplicates(Signature real, int[] sessions, Variability v, long seed, String idPrefix) {
        return RealDuplicates.duplicates(real, extraction(real), settings(v), sessions, seed, idPrefix);
    }

    @Override
    public List<Signature> forgeries(Signature genuine, int count, Variability v, long seed, String idPrefix) {
        ForgeryOptions f = v == null || v.ds() == null ? FORGER : v.ds().forger();
        return RealDuplicates.forgeries(genuine, extraction(genuine), settings(v), f, count, seed, idPrefix);
    }


    /** KS timing: {@link KsTiming#estimate} on the corpus's samples of that kind, default geometry. */
    @Override
    public KsTiming ksTiming(Corpus real, Kind kind) {
        return KsTiming.estimate(real.signatures().stream().filter(s -> s.meta().kind() == kind).toList(), extractor,
                KS);
    }

    /**
     * KS: {@link RealRetiming#retime} with {@link KsOptions#defaults()} and the given timing at
     * the real sample's rate (perceptually important points as targets, timing drawn from the
     * timing of the sample's kind; the real timing is ignored).
     */
    @Override
    public Signature retime(Signature real, KsTiming timing, long seed, String newId) {
        return RealRetiming.retime(real, KS, timing,
                real.meta().derived(real.meta().corpus(), newId, 1, "KS of " + real.meta().id()), Streams.of(seed));
    }

    @Override
    public Signature retime(Signature real, KsTiming timing, org.sigbench.synth.ks.Rhythm rhythm, long seed,
                            String newId) {
        return RealRetiming.retime(real, KS, timing,
                real.meta().derived(real.meta().corpus(), newId, 1, "KS of " + real.meta().id()), rhythm,
                Streams.of(seed));
    }

    /**
     * {@link org.sigbench.synth.ks.RhythmConsistency#estimate} on the corpus's genuine samples (or
     * other classes) and forgeries, then {@link KsCalibrator#calibrate} on the groups with the
     * verifier's DTW distance and default calibration options.
     */
    @Override
    public KsCalibrator.Result ksRhythm(Corpus real, KsTiming genuine, KsTiming forgery, List<Group> groups,
                                        Verification dist, long seed) {
        List<Signature> f = forgery == null ? List.of() : real.signatures().stream()
                .filter(s -> s.meta().kind() == Kind.SKILLED_FORGERY).toList();
        Kind main = real.count(Kind.GENUINE) > 0 ? Kind.GENUINE : Kind.OTHER;
        org.sigbench.synth.ks.RhythmModel measured = org.sigbench.synth.ks.RhythmConsistency.estimate(
                real.signatures().stream().filter(s -> s.meta().kind() == main).toList(), genuine, f, forgery);
        return KsCalibrator.calibrate(groups, k -> k == Kind.SKILLED_FORGERY ? forgery : genuine, measured,
                KS, (a, b) -> dist.distances(a, b, CAL_BAND), KS_CALIBRATION, seed);
    }

    /** {@link Calibrator#calibrate} with default options, on the verifier's DTW distance. */
    @Override
    public Variability calibrate(Variability v, List<Group> groups, Verification dist, long seed) {
        Calibrator.Result r = Calibrator.calibrate(groups, this::extraction, (a, b) -> dist.distances(a, b, CAL_BAND),
                CALIBRATION, seed, Boolean.getBoolean("sigbench.trace") ? System.err::println : Calibrator.NO_TRACE);
        List<Signature> genuine = groups.stream().flatMap(g -> g.genuine().stream()).toList();
        FsCalibrator.Result fs = FsCalibrator.calibrate(groups, Profile.of("calibration", genuine.get(0).dims(), genuine),
                r.forger(), (a, b) -> dist.distances(a, b, CAL_BAND), CALIBRATION, Streams.seed(seed, 7),
                Boolean.getBoolean("sigbench.trace") ? System.err::println : Calibrator.NO_TRACE);
        return v.withDs(new Variability.DsSettings(r, fs, r.describe() + ". " + fs.describe()));
    }

    @Override
    public String describe(Variability v) {
        return v.ds() == null ? "DS: synth defaults (not calibrated)" : v.ds().note();
    }
}
