package org.sigbench.synth.calibrate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.stat.Median;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.corpus.Consistency;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.fs.FsOptions;
import org.sigbench.synth.profile.Profile;

/**
 * Calibrates Full Synthesis on a real corpus (its calibration subjects): the free parameters
 * FS has beyond the corpus profile ({@link Profile#fsOptions()}), on two-sample Kolmogorov-Smirnov statistics of {@link ComparisonStats}, FS identities against
 * the real subjects. As many identities as calibration subjects are made, each with the median
 * genuine and forgery counts of the real subjects; the draws are the same at every evaluation
 * (common random numbers), so each objective is deterministic.
 *
 * <ol>
 *   <li><b>Levels of an identity</b>: the duplicate level ℓ ({@link DsOptions#withLevel}), how far
 *       an identity's genuine samples stray from their session's plan, and the session level
 *       ({@link GeneratorOptions#sessionLevel}), how far a session's plan strays from the
 *       identity's (two sessions, consecutive halves of the genuine samples, as
 *       {@link org.sigbench.synth.ds.Sessions#of} assumes of the real ones). Against the spread between
 *       identities, which the profile fixes, they set the ratio of within-identity to
 *       between-identity distance and how much later probes differ from the references, so they
 *       are fitted on {@code KS(refRef) + KS(refProbe) + KS(random) + KS(probeOne)} (the same terms
 *       as the DS levels, {@link Calibrator}) by CMA-ES over (ln ℓ, session level). The FS options
 *       are those of the profile at the default level ({@link Profile#fsOptions()}), as FS uses.</li>
 *   <li><b>Forger shape factor</b> a: the forger's tempo, fluency, rhythm and stroke splitting are
 *       ratios to the target's execution and are taken from the forger model fitted on DS of real
 *       samples ({@link Calibrator}, step 3); its shape errors are in units of the duplicate
 *       spread, which differs between DS of real samples and FS identities, so their common factor
 *       is fitted again on {@code KS(forgery) + KS(forgeryOne) + KS(forgeryTempo) +
 *       KS(forgeryBells)}.</li>
 * </ol>
 * No error rate and no verifier threshold enters an objective.
 */
public final class FsCalibrator {
    /** Objective evaluations of the forger's Brent search (the levels use {@code Calibrator.Options}). */
    public static final int EVALUATIONS = 16;

    /**
     * What the calibration found.
     *
     * @param level  duplicate level of FS identities
     * @param consistency session level of FS identities
     * @param forger forger model of FS identities (the DS forger with its shape errors refitted)
     * @param levels the level's fit
     * @param forgers the shape factor's fit, or null when the corpus has no forgeries
     */
    public record Result(double level, Consistency consistency, ForgeryOptions forger, Fit levels, Fit forgers) {
        /** The duplicate options of FS identities. */
        public DsOptions ds() {
            return DsOptions.defaults().withLevel(level);
        }

        /** One paragraph for reports. */
        public String describe() {
            return "FS levels: " + levels.describe() + (forgers == null ? ". No forgeries: FS forger not fitted."
                    : ". FS forger shape factor: " + forgers.describe());
        }
    }

    private FsCalibrator() {
    }

    /**
     * Calibrates on the given subjects.
     *
     * @param real      calibration subjects, corpus order
     * @param profile   profile of the corpus being mimicked (its genuine samples)
     * @param dsForger  the forger model fitted on DS of real samples
     * @param d         the distance of the statistics
     * @param o         references and subject limit ({@code Calibrator.Options}; its budgets are not used)
     * @param seed      seed of the identities and their samples
     */
    public static Result calibrate(List<Group> real, Profile profile, ForgeryOptions dsForger, Distances d,
                                   Calibrator.Options o, long seed) {
        return calibrate(real, profile, dsForger, d, o, seed, Calibrator.NO_TRACE);
    }

    /** As {@link #calibrate(List, Profile, ForgeryOptions, Distances, Calibrator.Options, long)}, telling each evaluation to {@code trace}. */
    public static Result calibrate(List<Group> real, Profile profile, ForgeryOptions dsForger, Distances d,
                                   Calibrator.Options o, long seed, java.util.function.Consumer<String> trace) {
        List<Group> use = Calibrator.usableOrFail(real, o, "FS calibration");
        String on = Calibrator.fittedOn(use);
        ComparisonStats target = ComparisonStats.of(use, d, o.refs());
        int genuine = medianCount(use.stream().mapToInt(g -> g.genuine().size()).toArray());
        int forgeries = medianCount(use.stream().mapToInt(g -> g.forgeries().size()).toArray());
        long identitySeed = Streams.seed(seed, 1);

        FsOptions fs = profile.fsOptions();
        Function<double[], GeneratorOptions> options = x -> new GeneratorOptions("fs-calibration", use.size(), genuine, 0,
                identitySeed, 1, fs, DsOptions.defaults().withLevel(Math.exp(x[0])), dsForger,
                new Consistency(x[1]));
        Function<double[], double[]> levelTerms = x -> {
            ComparisonStats st = ComparisonStats.of(identities(options.apply(x)), d, o.refs());
            if (trace != Calibrator.NO_TRACE) {
                trace.accept("fs levels " + java.util.Arrays.toString(x) + " refRef " + Calibrator.q(st.refRef()) + " / "
                        + Calibrator.q(target.refRef()) + " refProbe " + Calibrator.q(st.refProbe()) + " / "
                        + Calibrator.q(target.refProbe()) + " random " + Calibrator.q(st.random()) + " / "
                        + Calibrator.q(target.random()) + " probeOne " + Calibrator.q(st.probeOne()) + " / "
                        + Calibrator.q(target.probeOne()));
            }
            return st.levelTerms(target);
        };
        double max = DsOptions.maxLevel();
        Minimiser.Best lb = Minimiser.minimise(levelTerms, new double[] {Math.log(DsOptions.DEFAULT_LEVEL), 0.2},
                new double[] {Math.log(0.02), 0}, new double[] {Math.log(max), max}, new double[] {0.6, 0.25},
                o.levelEvaluations(), Streams.seed(seed, 2));
        double level = Math.exp(lb.x[0]);
        double session = lb.x[1];
        Fit levels = new Fit(List.of("FS duplicate level", "FS session level"), new double[] {level, session},
                ComparisonStats.LEVEL_TERMS, lb.start, lb.terms, lb.evaluations,
                on + String.format(Locale.ROOT, "; %d identities, %d genuine samples each", use.size(), genuine));
        if (forgeries == 0 || use.stream().filter(g -> !g.forgeries().isEmpty()).count() < 2) {
            return new Result(level, base(lb.x, options).consistency(), dsForger, levels, null);
        }
        GeneratorOptions base = base(lb.x, options);
        Function<double[], double[]> forgerTerms = x -> {
            GeneratorOptions g = new GeneratorOptions(base.name(), base.subjects(), genuine, forgeries, base.seed(), 1,
                    base.fs(), base.ds(), shaped(dsForger, Math.exp(x[0])), base.consistency());
            ComparisonStats st = ComparisonStats.of(identities(g), d, o.refs());
            if (trace != Calibrator.NO_TRACE) {
                trace.accept("fs forger " + java.util.Arrays.toString(x) + " forgery " + Calibrator.q(st.forgery()) + " / "
                        + Calibrator.q(target.forgery()) + " forgeryOne " + Calibrator.q(st.forgeryOne()) + " / "
                        + Calibrator.q(target.forgeryOne()) + " refProbe " + Calibrator.q(st.refProbe()) + " / "
                        + Calibrator.q(target.refProbe()));
            }
            return st.forgerTerms(target);
        };
        Minimiser.Best fb = Minimiser.minimise(forgerTerms, new double[] {0}, new double[] {Math.log(0.05)},
                new double[] {Math.log(20)}, null, EVALUATIONS, Streams.seed(seed, 3));
        double a = Math.exp(fb.x[0]);
        Fit forgers = new Fit(List.of("FS forger shape factor"), new double[] {a},
                ComparisonStats.FORGER_TERMS, fb.start, fb.terms, fb.evaluations,
                on + String.format(Locale.ROOT, "; %d forgeries per identity; factor on the DS forger's shape errors",
                        forgeries));
        return new Result(level, base.consistency(), shaped(dsForger, a), levels, forgers);
    }

    private static GeneratorOptions base(double[] x, Function<double[], GeneratorOptions> options) {
        return options.apply(x);
    }

    /** The forger with every shape error (target error, scale, rotation, shear) times {@code a}. */
    static ForgeryOptions shaped(ForgeryOptions f, double a) {
        return new ForgeryOptions(f.forgersPerSubject(), f.slowMin(), f.slowMax(), f.split2(), f.split3(), f.fluency(),
                f.intervalCv(), f.shapeSd() * a, f.scaleLogSd() * a, f.rotationSd() * a, f.shearSd() * a,
                f.rhythmFidelity());
    }

    /** The identities of the options as groups (genuine samples first, then forgeries). */
    static List<Group> identities(GeneratorOptions o) {
        return IntStream.range(0, o.subjects()).parallel().mapToObj(s -> {
            List<Signature> all = CorpusGenerator.subject(o, s);
            return new Group(all.subList(0, o.genuine()), all.subList(o.genuine(), all.size()));
        }).toList();
    }

    /** The upper median of counts (the count FS gives every identity), 0 for none: {@link Median#high}. */
    public static int medianCount(int[] n) {
        return n.length == 0 ? 0 : (int) Median.high(Arrays.stream(n).asDoubleStream().toArray());
    }
}
