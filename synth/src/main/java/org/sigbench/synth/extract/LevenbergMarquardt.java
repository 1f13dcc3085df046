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
    /** Writes f(x) into value and its Jacobian into jac (rows x params). */
    interface Model {
        void evaluate(double[] x, double[] value, double[][] jac);
    }

    private LevenbergMarquardt() {
    }

    static double[] fit(Model f, UnaryOperator<double[]> validator, double[] start, double[] target, double[] value,
                        double[][] jac, int maxIterations, double relTol) {
        int m = target.length;
        int n = start.length;
        double[] x = validator.apply(start.clone());
        f.evaluate(x, value, jac);
        double[] r = new double[m];
        double cost = residual(target, value, r);
        double[][] a = new double[n][n];
        double[] g = new double[n];
        double[] dx = new double[n];
        double[] xn = new double[n];
        double[] rn = new double[m];
        double[][] l = new double[n][n];
        normal(jac, r, a, g, m, n);
        double maxDiag = 0;
        for (int i = 0; i < n; i++) {
            maxDiag = Math.max(maxDiag, a[i][i]);
        }
        double lambda = 1e-3;
        double nu = 2;
        for (int it = 0; it < maxIterations; it++) {
            boolean accepted = false;
            while (!accepted) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        l[i][j] = a[i][j];
                    }
                    l[i][i] += lambda * Math.max(a[i][i], 1e-12 * maxDiag + 1e-300);
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
                        pred += dx[i] * (lambda * Math.max(a[i][i], 1e-12 * maxDiag + 1e-300) * dx[i] + g[i]);
                    }
                    double rho = pred > 0 ? (cost - cn) / pred : 1;
                    double t = 2 * rho - 1;
                    lambda *= Math.max(1.0 / 3, 1 - t * t * t);
                    nu = 2;
                    System.arraycopy(xn, 0, x, 0, n);
                    System.arraycopy(rn, 0, r, 0, m);
                    double old = cost;
                    cost = cn;
                    normal(jac, r, a, g, m, n);
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

    /** Lower triangle of J^T J and J^T r, row by row. */
    private static void normal(double[][] jac, double[] r, double[][] a, double[] g, int m, int n) {
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(a[i], 0, i + 1, 0);
            g[i] = 0;
        }
        for (int k = 0; k < m; k++) {
            double[] row = jac[k];
            double rk = r[k];
            for (int i = 0; i < n; i++) {
                double ji = row[i];
                if (ji == 0) {
                    continue;
                }
                g[i] += ji * rk;
                double[] ai = a[i];
                for (int j = 0; j <= i; j++) {
                    ai[j] += ji * row[j];
                }
            }
        }
    }

    /** In-place Cholesky of the lower triangle; false when not positive definite. */
    private static boolean cholesky(double[][] l, int n) {
        for (int j = 0; j < n; j++) {
            double d = l[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 0)) {
                return false;
            }
            d = Math.sqrt(d);
            l[j][j] = d;
            for (int i = j + 1; i < n; i++) {
                double s = l[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / d;
            }
        }
        return true;
    }

    private static void solve(double[][] l, double[] b, double[] x, int n) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * x[k];
            }
            x[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
    }
}
