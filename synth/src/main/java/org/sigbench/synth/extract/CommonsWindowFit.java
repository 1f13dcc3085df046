package org.sigbench.synth.extract;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * A window fit with commons-math3's QR-based {@code LevenbergMarquardtOptimizer} instead of
 * {@link LevenbergMarquardt} ({@link ExtractOptions#commonsOptimizer()}): the same model,
 * parameter validator and stopping rule (at most {@code maxIterations} iterations, or a relative
 * cost decrease below {@code relTol}); the start is returned when the optimiser gives up.
 */
final class CommonsWindowFit {
    private CommonsWindowFit() {
    }

    static double[] fit(LevenbergMarquardt.Model f, UnaryOperator<double[]> validator, double[] start,
                        double[] target, int rows, int nPar, int maxIterations, double relTol) {
        int stride = NormalEquations.stride(nPar);
        MultivariateJacobianFunction g = point -> {
            double[] value = new double[rows];
            double[] flat = new double[rows * stride];
            f.evaluate(point.toArray(), value, flat);
            double[][] jac = new double[rows][];
            for (int r = 0; r < rows; r++) {
                jac[r] = Arrays.copyOfRange(flat, r * stride, r * stride + nPar);
            }
            return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jac, false));
        };
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .target(target)
                .model(g)
                .parameterValidator(p -> new ArrayRealVector(validator.apply(p.toArray()), false))
                .maxEvaluations(maxIterations * 4 + 10)
                .maxIterations(maxIterations + 10)
                .checker((iteration, previous, current) -> iteration >= maxIterations
                        || Math.abs(previous.getCost() - current.getCost()) <= relTol * current.getCost())
                .lazyEvaluation(false)
                .build();
        try {
            return new LevenbergMarquardtOptimizer().optimize(problem).getPoint().toArray();
        } catch (TooManyEvaluationsException | TooManyIterationsException | SingularMatrixException e) {
            return start.clone();
        }
    }
}
