package org.sigbench.synth.calibrate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.ds.RealDsSettings;
import org.sigbench.synth.ds.Sessions;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.RealDuplicates;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.profile.Profile;

/**
 * Calibrates DS of real samples and the forger model on a real corpus (its calibration subjects),
 * in three steps; every free parameter is an estimate from the corpus by the procedure below.
 *
 * <ol>
 *   <li><b>Global and sensor terms</b> (closed form, from a pilot: duplicates at the default level
 *       {@value DsOptions#DEFAULT_LEVEL}): the median over subjects of the CV of duration, width
 *       and height among the duplicates (c_dup) and among the real genuine samples (c_real) give
 *       log-sds {@code sqrt(max(0, c_real^2 - c_dup^2))}; the rotation sd the same way from
 *       {@link RotationSpread} of the real samples and of the pilot duplicates; the sensor noise sd is
 *       {@code sqrt(max(0, J_real^2 - J_dup^2) / 20)}, J the robust sd of third differences
 *       ({@code Profile.jitter}), 20 the variance factor of third differences of white noise.</li>
 *   <li><b>Levels</b> (with those terms). Each calibration subject's first genuine sample is duplicated as many times
 *       as the subject has genuine samples, duplicate i in the synthetic session of the real sample
 *       it stands for (the corpus' session numbers). The within-session level and, when the corpus
 *       has more than one session, the session level ({@link RealDsSettings}) minimise
 *       {@code KS(refRef) + KS(refProbe) + KS(random) + KS(probeOne)} ({@link ComparisonStats}) between the
 *       duplicates and the real samples: CMA-ES (commons-math3, bounded, seeded) over (ln within,
 *       session), or Brent's method over ln within when there is one session. The draws are the
 *       same at every evaluation (common random numbers), so the objective is deterministic.</li>
 *   <li><b>Forgers</b> (corpora with skilled forgeries): the forger's slow-down U(slowMin, slowMax)
 *       is centred on the median over subjects of ln(median forgery duration / median genuine
 *       duration), its half-width sqrt(3) times the robust sd (1.4826 MAD) of those log ratios
 *       over subjects; then the shape-error factor a (scaling every shape error of
 *       {@link ForgeryOptions#defaults()}), the rhythm irregularity, the fluency, the arc
 *       splitting probability and the rhythm fidelity (how much of the target's rhythm the forger
 *       keeps) minimise {@code KS(forgery) + KS(forgeryOne) + KS(forgeryTempo) + KS(forgeryBells)}
 *       between synthetic forgeries (of each subject's first genuine sample, against its
 *       duplicates) and the real ones, by CMA-ES.</li>
 * </ol>
 * No error rate and no verifier threshold enters an objective.
 */
public final class Calibrator {

    /**
     * @param refs              references per subject in the statistics (the suite's largest K)
     * @param maxSubjects       at most this many calibration subjects (the first ones)
     * @param levelEvaluations  objective evaluations for the levels
     * @param forgerEvaluations objective evaluations for the forger
     */
    public record Options(int refs, int maxSubjects, int levelEvaluations, int forgerEvaluations) {
        public Options {
            if (refs < 2 || maxSubjects < 2 || levelEvaluations < 8 || forgerEvaluations < 8) {
                throw new IllegalArgumentException("calibration needs refs >= 2, maxSubjects >= 2 and >= 8 evaluations");
            }
        }

        /** 5 references, 12 subjects, 40 and 100 evaluations. */
        public static Options defaults() {
            return new Options(5, 12, 40, 100);
        }
    }

    /**
     * What the calibration found.
     *
     * @param ds         DS settings of genuine samples
     * @param forger     forger model (defaults when the corpus has no forgeries)
     * @param levels     the levels' fit
     * @param forgers    the forger's fit, or null without forgeries
     * @param globalNote how the global and noise terms were derived
     */
    public record Result(RealDsSettings ds, ForgeryOptions forger, Fit levels, Fit forgers, String globalNote) {
        /** One paragraph for reports. */
        public String describe() {
            return "DS " + ds + ". Levels: " + levels.describe() + ". Global terms: " + globalNote
                    + (forgers == null ? ". No forgeries: default forger model."
                    : ". Forger: " + forgers.describe() + String.format(Locale.ROOT,
                    " (slow-down U(%.3f, %.3f), split2 %.3f, split3 %.3f, fluency %.3f, interval CV %.3f, shape sd "
                            + "%.4f, scale log-sd %.4f, rotation sd %.4f, shear sd %.4f, rhythm fidelity %.3f)", forger.slowMin(),
                    forger.slowMax(), forger.split2(), forger.split3(), forger.fluency(), forger.intervalCv(),
                    forger.shapeSd(), forger.scaleLogSd(), forger.rotationSd(), forger.shearSd(), forger.rhythmFidelity()));
        }
    }

    /**
     * The calibration subjects: those with at least {@value ComparisonStats#MIN_GENUINE} genuine
     * samples, the first {@code o.maxSubjects()} of them.
     */
    static List<Group> usable(List<Group> real, Options o) {
        return real.stream().filter(g -> g.genuine().size() >= ComparisonStats.MIN_GENUINE).limit(o.maxSubjects()).toList();
    }

    /** {@link #usable}, refused with a clear error when fewer than 2 subjects remain for {@code what}. */
    static List<Group> usableOrFail(List<Group> real, Options o, String what) {
        List<Group> use = usable(real, o);
        if (use.size() < 2) {
            throw new IllegalArgumentException(what + " needs at least 2 subjects with "
                    + ComparisonStats.MIN_GENUINE + " genuine samples, got " + use.size());
        }
        return use;
    }

    /** What a fit was made on, for its description; flagged below {@link ComparisonStats#FEW_SUBJECTS} subjects. */
    static String fittedOn(List<Group> use) {
        return String.format(Locale.ROOT, "%d subjects, %d genuine samples, %d forgeries", use.size(),
                use.stream().mapToInt(g -> g.genuine().size()).sum(), use.stream().mapToInt(g -> g.forgeries().size()).sum())
                + (use.size() < ComparisonStats.FEW_SUBJECTS ? " (UNRELIABLE: fewer than " + ComparisonStats.FEW_SUBJECTS
                + " subjects; the fitted values carry large sampling error)" : "");
    }

    /** No trace: the evaluations' diagnostics are not even formatted. */
    public static final Consumer<String> NO_TRACE = line -> { };

    private Calibrator() {
    }

    /**
     * Calibrates on the given subjects.
     *
     * @param real    calibration subjects, corpus order
     * @param extract the Sigma-Lognormal extraction of a sample (the caller may cache)
     */
    public static Result calibrate(List<Group> real, Function<Signature, Extraction> extract, Distances d,
                                   Options o, long seed) {
        return calibrate(real, extract, d, o, seed, NO_TRACE);
    }

    /** As {@link #calibrate(List, Function, Distances, Options, long)}, telling each evaluation to {@code trace}. */
    public static Result calibrate(List<Group> real, Function<Signature, Extraction> extract, Distances d,
                                   Options o, long seed, Consumer<String> trace) {
        List<Group> use = usableOrFail(real, o, "calibration");
        String on = Calibrator.fittedOn(use);
        ComparisonStats target = ComparisonStats.of(use, d, o.refs());
        Extraction[] ex = use.parallelStream().map(g -> extract.apply(g.genuine().get(0))).toArray(Extraction[]::new);
        int[][] sessions = use.stream().map(Calibrator::sessions).toArray(int[][]::new);
        boolean multi = Arrays.stream(sessions).anyMatch(s -> Arrays.stream(s).distinct().count() > 1);
        Setup c = new Setup(use, ex, sessions, multi, Streams.seed(seed, 1), target, on, d, o, seed, trace);
        Result levels = levels(c, globalTerms(c));
        return use.stream().filter(g -> !g.forgeries().isEmpty()).count() >= 2 ? forgers(c, levels) : levels;
    }

    /** What the steps share: the subjects, their first samples' extractions and sessions, the real statistics. */
    private record Setup(List<Group> use, Extraction[] ex, int[][] sessions, boolean multi, long levelSeed,
                         ComparisonStats target, String on, Distances d, Options o, long seed, Consumer<String> trace) {
    }

    /** The DS settings with the global and sensor terms (default level) and how the terms were derived. */
    private record Global(RealDsSettings pilot, String note) {
    }

    /** Step 1: the global and sensor terms, in closed form from duplicates at the default level (a pilot). */
    private static Global globalTerms(Setup c) {
        List<Group> use = c.use();
        RealDsSettings noGlobal = RealDsSettings.strokeWise(DsOptions.DEFAULT_LEVEL);
        List<Group> dups = duplicateGroups(use, c.ex(), c.sessions(), noGlobal, c.levelSeed());
        double[] cvReal = cvs(use);
        double[] cvDup = cvs(dups);
        double ts = Math.sqrt(Math.max(0, cvReal[0] * cvReal[0] - cvDup[0] * cvDup[0]));
        double ws = Math.sqrt(Math.max(0, cvReal[1] * cvReal[1] - cvDup[1] * cvDup[1]));
        double hs = Math.sqrt(Math.max(0, cvReal[2] * cvReal[2] - cvDup[2] * cvDup[2]));
        int dims = use.get(0).genuine().get(0).dims();
        double jr = Profile.of("calibration", dims, use.stream().flatMap(g -> g.genuine().stream()).toList()).jitter();
        double jd = Profile.of("calibration", dims, dups.stream().flatMap(g -> g.genuine().stream()).toList()).jitter();
        double noise = Math.sqrt(Math.max(0, jr * jr - jd * jd) / 20);
        double rotReal = RotationSpread.of(use, dims);
        double rotDup = RotationSpread.of(dups, dims);
        double rs = Math.sqrt(Math.max(0, rotReal * rotReal - rotDup * rotDup));
        return new Global(noGlobal.withGlobal(ts, ws, hs, noise, rs), String.format(Locale.ROOT, "median within-subject CV "
                + "of duration, width, height: real %.3f, %.3f, %.3f; duplicates at the default level %.2f %.3f, %.3f, %.3f; "
                + "jitter real %.4g, duplicates %.4g; rotation spread (RotationSpread) real %.4f, duplicates %.4f rad",
                cvReal[0], cvReal[1], cvReal[2], DsOptions.DEFAULT_LEVEL, cvDup[0], cvDup[1], cvDup[2], jr, jd, rotReal,
                rotDup));
    }

    /**
     * Step 2: the within-session and (several sessions) session levels over the global terms, fitted to the real
     * comparisons; the result with the default forger model.
     */
    private static Result levels(Setup c, Global g) {
        RealDsSettings pilot = g.pilot();
        boolean multi = c.multi();
        ComparisonStats target = c.target();
        double max = DsOptions.maxLevel();
        List<String> lc = ComparisonStats.LEVEL_TERMS;
        Function<double[], double[]> levelTerms = x -> {
            RealDsSettings s = pilot.withLevels(Math.exp(x[0]), multi ? x[1] : 0);
            ComparisonStats st = ComparisonStats.of(duplicateGroups(c.use(), c.ex(), c.sessions(), s, c.levelSeed()), c.d(),
                    c.o().refs());
            if (c.trace() != NO_TRACE) c.trace().accept(String.format(Locale.ROOT, "levels medians synthetic/real: refRef %.3f/%.3f refProbe %.3f/%.3f "
                    + "random %.3f/%.3f", ComparisonStats.median(st.refRef()), ComparisonStats.median(target.refRef()),
                    ComparisonStats.median(st.refProbe()), ComparisonStats.median(target.refProbe()),
                    ComparisonStats.median(st.random()), ComparisonStats.median(target.random())) + " q " + q(st.refProbe())
                    + " / " + q(target.refProbe()));
            return st.levelTerms(target);
        };
        double[] lo = multi ? new double[] {Math.log(0.02), 0} : new double[] {Math.log(0.02)};
        double[] hi = multi ? new double[] {Math.log(max), max} : new double[] {Math.log(max)};
        double[] x0 = multi ? new double[] {Math.log(DsOptions.DEFAULT_LEVEL), 0.2} : new double[] {Math.log(DsOptions.DEFAULT_LEVEL)};
        Minimiser.Best lb = Minimiser.minimise(traced(levelTerms, "levels", c.trace()), x0, lo, hi, multi ? new double[] {0.6, 0.25} : null,
                c.o().levelEvaluations(), Streams.seed(c.seed(), 2));
        double within = Math.exp(lb.x[0]);
        double session = multi ? lb.x[1] : 0;
        Fit levels = new Fit(multi ? List.of("within level", "session level") : List.of("within level"),
                multi ? new double[] {within, session} : new double[] {within}, lc, lb.start, lb.terms, lb.evaluations,
                c.on() + (multi ? "" : "; one session per subject, so no session level"));
        return new Result(pilot.withLevels(within, session), ForgeryOptions.defaults(), levels, null, g.note());
    }

    /** Step 3 (at least 2 subjects with forgeries): the slow-down from the duration ratios, the rest of the forger fitted. */
    private static Result forgers(Setup c, Result lv) {
        List<Group> use = c.use();
        RealDsSettings ds = lv.ds();
        ComparisonStats target = c.target();
        double[] ratios = use.stream().filter(g -> !g.forgeries().isEmpty()).mapToDouble(g -> Math.log(
                ComparisonStats.median(g.forgeries().stream().mapToDouble(ComparisonStats::duration).toArray())
                        / ComparisonStats.median(g.genuine().stream().mapToDouble(ComparisonStats::duration).toArray())))
                .toArray();
        double m = ComparisonStats.median(ratios);
        double[] dev = Arrays.stream(ratios).map(r -> Math.abs(r - m)).toArray();
        double half = Math.sqrt(3) * 1.4826 * ComparisonStats.median(dev);
        double slowMin = Math.exp(m - half);
        double slowMax = Math.exp(m + half);
        List<Group> genuineDups = duplicateGroups(use, c.ex(), c.sessions(), ds, c.levelSeed());
        long forgerSeed = Streams.seed(c.seed(), 3);
        Function<double[], ForgeryOptions> forger = x -> forger(x, slowMin, slowMax);
        Function<double[], double[]> forgerTerms = x -> {
            List<Group> syn = withForgeries(use, genuineDups, c.ex(), ds, forger.apply(x), forgerSeed);
            ComparisonStats st = ComparisonStats.of(syn, c.d(), c.o().refs());
            if (c.trace() != NO_TRACE) c.trace().accept(String.format(Locale.ROOT, "forger medians synthetic/real: forgery %.3f/%.3f tempo %.3f/%.3f "
                    + "bells %.3f/%.3f refRef %.3f/%.3f q %s / %s", ComparisonStats.median(st.forgery()),
                    ComparisonStats.median(target.forgery()), ComparisonStats.median(st.forgeryTempo()),
                    ComparisonStats.median(target.forgeryTempo()), ComparisonStats.median(st.forgeryBells()),
                    ComparisonStats.median(target.forgeryBells()), ComparisonStats.median(st.refRef()),
                    ComparisonStats.median(target.refRef()), q(st.forgery()), q(target.forgery())));
            return st.forgerTerms(target);
        };
        // x = (ln shape factor, interval CV, fluency, split2, rhythm fidelity)
        Minimiser.Best fb = Minimiser.minimise(traced(forgerTerms, "forger", c.trace()), new double[] {0, 0.2, 0.8, 0.15, 0.5},
                new double[] {Math.log(0.05), 0, 0.3, 0, 0}, new double[] {Math.log(20), 0.8, 1.5, 0.8, 1},
                new double[] {1.0, 0.15, 0.2, 0.15, 0.25}, c.o().forgerEvaluations(), Streams.seed(c.seed(), 4));
        ForgeryOptions f = forger.apply(fb.x);
        Fit forgers = new Fit(List.of("shape factor", "interval CV", "fluency", "split2", "rhythm fidelity"),
                new double[] {Math.exp(fb.x[0]), fb.x[1], fb.x[2], fb.x[3], f.rhythmFidelity()}, ComparisonStats.FORGER_TERMS, fb.start, fb.terms, fb.evaluations, c.on() + String.format(Locale.ROOT,
                "; slow-down from the forgery/genuine duration log ratio: median %.3f, half-width %.3f", m, half));
        return new Result(ds, f, lv.levels(), forgers, lv.globalNote());
    }

    private static Function<double[], double[]> traced(Function<double[], double[]> f, String what,
                                                       Consumer<String> trace) {
        return x -> {
            long t0 = System.nanoTime();
            double[] v = f.apply(x);
            if (trace != NO_TRACE) trace.accept(String.format(Locale.ROOT, "calibrate %s x=%s terms=%s (%.2f s)", what, Arrays.toString(x),
                    Arrays.toString(v), (System.nanoTime() - t0) / 1e9));
            return v;
        };
    }

    static String q(double[] a) {
        org.apache.commons.math3.stat.descriptive.rank.Percentile p = new org.apache.commons.math3.stat.descriptive.rank.Percentile();
        p.setData(a);
        return String.format(Locale.ROOT, "[%.2f %.2f %.2f %.2f %.2f]", p.evaluate(10), p.evaluate(25), p.evaluate(50),
                p.evaluate(75), p.evaluate(90));
    }

    /** The forger model of a parameter vector (ln shape factor, interval CV, fluency, split2, rhythm fidelity). */
    static ForgeryOptions forger(double[] x, double slowMin, double slowMax) {
        ForgeryOptions d = ForgeryOptions.defaults();
        double a = Math.exp(x[0]);
        double split2 = Math.min(0.8, Math.max(0, x[3]));
        return new ForgeryOptions(d.forgersPerSubject(), slowMin, slowMax, split2, split2 * d.split3() / d.split2(),
                x[2], Math.max(0, x[1]), d.shapeSd() * a, d.scaleLogSd() * a, d.rotationSd() * a, d.shearSd() * a,
                Math.min(1, Math.max(0, x[4])));
    }

    /** The sessions of a group's genuine samples ({@link Sessions#of}). */
    static int[] sessions(Group g) {
        return Sessions.of(g.genuine());
    }

    /** Each group's genuine samples replaced by duplicates of its first one. */
    static List<Group> duplicateGroups(List<Group> use, Extraction[] ex, int[][] sessions, RealDsSettings s, long seed) {
        return IntStream.range(0, use.size()).parallel().mapToObj(i -> {
            Signature g = use.get(i).genuine().get(0);
            List<Signature> dup = RealDuplicates.duplicates(g, ex[i], s, sessions[i], Streams.seed(seed, i), "cal");
            return new Group(dup, List.of());
        }).toList();
    }

    /** Synthetic forgeries (as many as each real subject has) beside the synthetic genuine samples. */
    static List<Group> withForgeries(List<Group> real, List<Group> genuine, Extraction[] ex, RealDsSettings ds,
                                     ForgeryOptions f, long seed) {
        return IntStream.range(0, real.size()).parallel().mapToObj(i -> {
            int n = real.get(i).forgeries().size();
            List<Signature> forg = n == 0 ? List.of() : RealDuplicates.forgeries(real.get(i).genuine().get(0), ex[i], ds, f,
                    n, Streams.seed(seed, i), "calf");
            return new Group(genuine.get(i).genuine(), forg);
        }).toList();
    }

    /** Median over groups of the within-group CV of duration, width, height. */
    static double[] cvs(List<Group> groups) {
        double[][] c = groups.stream().map(g -> {
            List<Signature> s = g.genuine();
            return new double[] {cv(s.stream().mapToDouble(ComparisonStats::duration).toArray()),
                cv(s.stream().mapToDouble(x -> range(x.x())).toArray()), cv(s.stream().mapToDouble(x -> range(x.y())).toArray())};
        }).toArray(double[][]::new);
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            final int kk = k;
            out[k] = ComparisonStats.median(Arrays.stream(c).mapToDouble(r -> r[kk]).toArray());
        }
        return out;
    }

    static double cv(double[] a) {
        org.apache.commons.math3.stat.descriptive.DescriptiveStatistics s =
                new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(a);
        return s.getMean() != 0 ? s.getStandardDeviation() / Math.abs(s.getMean()) : 0;
    }

    static double range(double[] a) {
        return Arrays.stream(a).max().orElse(0) - Arrays.stream(a).min().orElse(0);
    }
}
