package org.sigbench.synth.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.ks.KsOptions;
import org.sigbench.synth.ks.KsTiming;
import org.sigbench.synth.ks.RealRetiming;
import org.sigbench.synth.ks.RhythmModel;

/**
 * Calibrates how consistent KS rhythms are ({@link RhythmModel}) on the comparisons a verifier
 * makes. The intra-writer correlations measured by {@link org.sigbench.synth.ks.RhythmConsistency}
 * are attenuated: two samples of one writer lay their arcs at slightly different places, so the
 * same slow passage falls into different bins. The calibration keeps their ratios and fits how
 * much of the remaining gap to full consistency is real:
 * <ol>
 *   <li><b>Genuine</b>: {@code rho = rho_0 + lambda (1 - rho_0)} for the arc times and the arc
 *       count, lambda in [0, 1] by Brent's method on {@code KS(refRef) + KS(refProbe) + KS(random) + KS(probeOne)}
 *       ({@link ComparisonStats}) between the KS re-timings of the calibration subjects' genuine
 *       samples and the real samples;</li>
 *   <li><b>Forgeries</b> (when the corpus has them): the same form with lambda_f for the forgeries
 *       of one target, and the forgers' correlation c with their target's rhythm, both in [0, 1],
 *       by CMA-ES (commons-math3, seeded) on {@code KS(forgery) + KS(forgeryOne)}, starting from (lambda, c_0).</li>
 * </ol>
 * Every evaluation re-times the same samples with the same seeds (common random numbers), so the
 * objective is deterministic. No error rate and no threshold enters it.
 */
public final class KsCalibrator {
    private KsCalibrator() {
    }

    /**
     * @param model     the calibrated model
     * @param measured  the model as measured ({@link org.sigbench.synth.ks.RhythmConsistency#estimate})
     * @param genuine   the genuine fit (lambda), or null when fewer than 2 subjects have
     *                  {@value ComparisonStats#MIN_GENUINE} genuine samples (the measured model is used)
     * @param forgeries the forgery fit (lambda_f, c), or null without forgeries
     */
    public record Result(RhythmModel model, RhythmModel measured, Fit genuine, Fit forgeries) {
        /** One paragraph for reports. */
        public String describe() {
            if (genuine == null) {
                return model.describe() + " (as measured: too few subjects with repeated samples to fit on)";
            }
            return model.describe() + ". Measured before the fit: " + measured.describe() + ". Genuine fit: "
                    + genuine.describe() + (forgeries == null ? "" : ". Forgery fit: " + forgeries.describe());
        }
    }

    /**
     * @param real     calibration subjects (genuine samples in corpus order, their forgeries)
     * @param timing   KS timing of each kind present
     * @param measured the measured model
     * @param geometry KS geometric options
     * @param d        the verifier's distance
     * @param o        references, subject cap, evaluation budgets
     */
    public static Result calibrate(List<Group> real, Function<Kind, KsTiming> timing, RhythmModel measured,
                                   KsOptions geometry, Distances d, Calibrator.Options o, long seed) {
        List<Group> use = Calibrator.usable(real, o);
        if (use.size() < 2) {
            return new Result(measured, measured, null, null); // nothing to compare with: the measured model
        }
        String on = Calibrator.fittedOn(use);
        ComparisonStats target = ComparisonStats.of(use, d, o.refs());
        List<Group> genuineOnly = use.stream().map(g -> new Group(g.genuine(), List.of())).toList();
        Function<double[], double[]> gTerms = x -> {
            ComparisonStats st = ComparisonStats.of(retimed(genuineOnly, timing, with(measured, x[0], 0, 0, false),
                    geometry, seed), d, o.refs());
            return st.levelTerms(target);
        };
        Minimiser.Best gb = Minimiser.minimise(gTerms, new double[] {0.5}, new double[] {0}, new double[] {1},
                new double[] {0.3}, o.levelEvaluations(), Streams.seed(seed, 1));
        double lambda = gb.x[0];
        Fit gFit = new Fit(List.of("lambda"), new double[] {lambda}, ComparisonStats.LEVEL_TERMS, gb.start,
                gb.terms, gb.evaluations, on);
        RhythmModel model = with(measured, lambda, 0, 0, false);
        boolean forged = measured.forgery() != null && use.stream().anyMatch(g -> !g.forgeries().isEmpty());
        if (!forged) {
            return new Result(model, measured, gFit, null);
        }
        Function<double[], double[]> fTerms = x -> {
            ComparisonStats st = ComparisonStats.of(retimed(use, timing, with(measured, lambda, x[0], x[1], true),
                    geometry, seed), d, o.refs());
            return new double[] {ComparisonStats.ks(st.forgery(), target.forgery()),
                ComparisonStats.ks(st.forgeryOne(), target.forgeryOne())};
        };
        double c0 = Math.max(0, measured.cross());
        Minimiser.Best fb = Minimiser.minimise(fTerms, new double[] {lambda, c0}, new double[] {0, 0},
                new double[] {1, 1}, new double[] {0.3, 0.3}, o.forgerEvaluations(), Streams.seed(seed, 2));
        Fit fFit = new Fit(List.of("lambda_f", "c"), fb.x.clone(), List.of("forgery", "forgeryOne"), fb.start, fb.terms,
                fb.evaluations, on);
        return new Result(with(measured, lambda, fb.x[0], fb.x[1], true), measured, gFit, fFit);
    }

    /** The measured model with the gaps to full consistency closed by lambda (and lambda_f, c for forgeries). */
    static RhythmModel with(RhythmModel m, double lambda, double lambdaF, double c, boolean forgeries) {
        RhythmModel.Consistency g = close(m.genuine(), lambda);
        if (!forgeries || m.forgery() == null) {
            return new RhythmModel(m.bins(), g, m.forgery(), m.cross());
        }
        return new RhythmModel(m.bins(), g, close(m.forgery(), lambdaF), c);
    }

    private static RhythmModel.Consistency close(RhythmModel.Consistency c, double lambda) {
        return new RhythmModel.Consistency(c.count() + lambda * (1 - c.count()), c.arcs() + lambda * (1 - c.arcs()),
                c.serial(), c.writers(), c.samples());
    }

    /** KS re-timings of every sample of the groups, seeds from (seed, group, kind, index). */
    static List<Group> retimed(List<Group> groups, Function<Kind, KsTiming> timing, RhythmModel model,
                               KsOptions geometry, long seed) {
        long rhythmSeed = Streams.seed(seed, 3);
        return IntStream.range(0, groups.size()).parallel().mapToObj(i -> {
            Group g = groups.get(i);
            return new Group(retime(g.genuine(), timing, model, geometry, seed, rhythmSeed, i, 0),
                    retime(g.forgeries(), timing, model, geometry, seed, rhythmSeed, i, 1));
        }).toList();
    }

    private static List<Signature> retime(List<Signature> in, Function<Kind, KsTiming> timing, RhythmModel model,
                                          KsOptions geometry, long seed, long rhythmSeed, int group, int kind) {
        List<Signature> out = new ArrayList<>(in.size());
        for (int j = 0; j < in.size(); j++) {
            Signature s = in.get(j);
            long sSeed = Streams.seed(seed, 4, group, kind, j);
            out.add(RealRetiming.retime(s, geometry, timing.apply(s.meta().kind()), s.meta(),
                    model.sample(rhythmSeed, s.meta(), Streams.of(sSeed, 1)), Streams.of(sSeed)));
        }
        return out;
    }
}
