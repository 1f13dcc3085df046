package org.sigbench.synth.calibrate;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.random.Well19937c;

/** The bounded, seeded minimiser of a sum of objective terms, shared by the calibrators. */
final class Minimiser {
    private Minimiser() {
    }

    /** Best point seen by an optimiser, its terms and the terms at the start. */
    static final class Best {
        double[] x;
        double[] terms;
        double[] start;
        double value = Double.POSITIVE_INFINITY;
        int evaluations;
    }

    /**
     * Minimises the sum of the terms: CMA-ES in 2 or more dimensions (population 4 + 3 ln n,
     * seeded), Brent's method in one. Keeps the best point seen (an exhausted budget is not an
     * error).
     */
    static Best minimise(Function<double[], double[]> terms, double[] x0, double[] lo, double[] hi, double[] sigma,
                         int maxEval, long seed) {
        Best b = new Best();
        ToDoubleFunction<double[]> f = x -> {
            double[] xc = x.clone();
            for (int i = 0; i < xc.length; i++) {
                xc[i] = Math.min(hi[i], Math.max(lo[i], xc[i]));
            }
            double[] t = terms.apply(xc);
            double v = Arrays.stream(t).sum();
            if (b.start == null) {
                b.start = t;
            }
            b.evaluations++;
            if (v < b.value) {
                b.value = v;
                b.x = xc;
                b.terms = t;
            }
            return v;
        };
        f.applyAsDouble(x0);
        try {
            if (x0.length == 1) {
                new BrentOptimizer(1e-3, 1e-3).optimize(new MaxEval(maxEval - 1), GoalType.MINIMIZE,
                        new UnivariateObjectiveFunction(v -> f.applyAsDouble(new double[] {v})),
                        new SearchInterval(lo[0], hi[0], x0[0]));
            } else {
                int pop = 4 + (int) Math.floor(3 * Math.log(x0.length));
                new CMAESOptimizer(1000, 0, true, 0, 0, new Well19937c(new int[] {(int) seed, (int) (seed >>> 32)}),
                        false, null).optimize(new MaxEval(maxEval - 1), GoalType.MINIMIZE,
                        new ObjectiveFunction(f::applyAsDouble), new InitialGuess(x0), new SimpleBounds(lo, hi),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(pop));
            }
        } catch (TooManyEvaluationsException e) {
            // budget spent: keep the best point seen
        }
        return b;
    }
}
