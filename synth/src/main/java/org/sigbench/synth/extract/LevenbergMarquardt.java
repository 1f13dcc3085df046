package org.sigbench.synth.extract;

import java.util.function.UnaryOperator;

/**
 * Levenberg-Marquardt for small dense least-squares problems {@code min |target - f(x)|^2}, on the
 * normal equations {@code (J^T J + lambda diag(J^T J)) dx = J^T r} solved by Cholesky, with
 * Nielsen's damping update (H. B. Nielsen, "Damping parameter in Marquardt's method", IMM DTU
 * 1999; Madsen, Nielsen, Tingleff, "Methods for non-linear least squares problems", 2004).
 * Chosen over commons-math3's {@code LevenbergMarquardtOptimizer} for the extractor's window fits
 * (a few hundred rows, 18-32 columns): the normal equations walk the Jacobian row by row, while
 * commons' QR walks it by column, several times slower on these shapes; both are available
 * ({@link ExtractOptions#commonsOptimizer()}). Stops after {@code maxIterations} accepted steps,
 * when an accepted step lowers the cost by less than {@code relTol} relatively, or when the
 * damping blows up.
 */
final class LevenbergMarquardt {
    /**
     * Writes f(x) into value and its Jacobian into jac, row-major with the row stride
     * {@link NormalEquations#stride(int) stride(params)} (padding columns left zero).
     */
    interface Model {
        void evaluate(double[] x, double[] value, double[] jac);
    }

    private LevenbergMarquardt() {
    }

    static double[] fit(Model f, UnaryOperator<double[]> validator, double[] start, double[] target, double[] value,
                        double[] jac, int maxIterations, double relTol) {
        int m = target.length;
        int n = start.length;
        int sp = NormalEquations.stride(n);
        double[] x = validator.apply(start.clone());
        f.evaluate(x, value, jac);
        double[] r = new double[m];
        double cost = residual(target, value, r);
        double[] a = new double[n * sp];
        double[] g = new double[sp];
        double[] dx = new double[n];
        double[] xn = new double[n];
        double[] rn = new double[m];
        double[] l = new double[n * n];
        NormalEquations.compute(jac, r, a, g, m, n);
        double maxDiag = 0;
        for (int i = 0; i < n; i++) {
            maxDiag = Math.max(maxDiag, a[i * sp + i]);
        }
        double lambda = 1e-3;
        double nu = 2;
        for (int it = 0; it < maxIterations; it++) {
            boolean accepted = false;
            while (!accepted) {
                for (int i = 0; i < n; i++) {
                    System.arraycopy(a, i * sp, l, i * n, i + 1);
                    l[i * n + i] += lambda * Math.max(a[i * sp + i], 1e-12 * maxDiag + 1e-300);
                }
                if (!cholesky(l, n)) {
                    lambda *= nu;
                    nu *= 2;
                    if (nu > 1e12) {
                        return x;
                    }
                    continue;
                }
                solve(l, g, dx, n);
                for (int i = 0; i < n; i++) {
                    xn[i] = x[i] + dx[i];
                }
                validator.apply(xn);
                f.evaluate(xn, value, jac);
                double cn = residual(target, value, rn);
                if (cn < cost && Double.isFinite(cn)) {
                    // predicted decrease for the rho ratio: dx^T (lambda D dx + g)
                    double pred = 0;
                    for (int i = 0; i < n; i++) {
                        pred += dx[i] * (lambda * Math.max(a[i * sp + i], 1e-12 * maxDiag + 1e-300) * dx[i] + g[i]);
                    }
                    double rho = pred > 0 ? (cost - cn) / pred : 1;
                    double t = 2 * rho - 1;
                    lambda *= Math.max(1.0 / 3, 1 - t * t * t);
                    nu = 2;
                    System.arraycopy(xn, 0, x, 0, n);
                    System.arraycopy(rn, 0, r, 0, m);
                    double old = cost;
                    cost = cn;
                    NormalEquations.compute(jac, r, a, g, m, n);
                    accepted = true;
                    if (old - cn <= relTol * old) {
                        return x;
                    }
                } else {
                    lambda *= nu;
                    nu *= 2;
                    if (nu > 1e12) {
                        return x;
                    }
                }
            }
        }
        return x;
    }

    private static double residual(double[] target, double[] value, double[] r) {
        double c = 0;
        for (int i = 0; i < r.length; i++) {
            r[i] = target[i] - value[i];
            c += r[i] * r[i];
        }
        return c;
    }

    /** In-place Cholesky of the lower triangle of l (n x n, row-major); false when not positive definite. */
    private static boolean cholesky(double[] l, int n) {
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            double d = l[rj + j];
            for (int k = 0; k < j; k++) {
                d -= l[rj + k] * l[rj + k];
            }
            if (!(d > 0)) {
                return false;
            }
            d = Math.sqrt(d);
            l[rj + j] = d;
            for (int i = j + 1; i < n; i++) {
                int ri = i * n;
                double s = l[ri + j];
                for (int k = 0; k < j; k++) {
                    s -= l[ri + k] * l[rj + k];
                }
                l[ri + j] = s / d;
            }
        }
        return true;
    }

    private static void solve(double[] l, double[] b, double[] x, int n) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
    }
}
