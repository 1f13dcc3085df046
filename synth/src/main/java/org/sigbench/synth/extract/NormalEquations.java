package org.sigbench.synth.extract;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Gauss-Newton normal equations of a least-squares step, {@code A = J^T J} (lower triangle)
 * and {@code g = J^T r}, for a Jacobian J of m rows and n columns stored row-major with a row
 * stride of {@link #stride(int) stride(n)} (n rounded up to the SIMD lane count; the padding
 * columns are zero):
 *
 * <pre>
 *   A[i][j] = sum_(k = 0..m-1) J[k][i] J[k][j],   j &lt;= i;      g[i] = sum_k J[k][i] r[k]
 * </pre>
 *
 * The scalar loop it replaces ({@link #computeScalar}, kept as the reference) sums each entry
 * over the rows in ascending order, skipping the rows where {@code J[k][i] = 0}, one
 * multiplication and one addition per term (no fused multiply-add). {@link #compute} gives the
 * same bits: it adds, in row order, the terms of four rows at a time to the lanes
 * {@code j = 0..i} of {@code A[i]} held in a vector register (one vector multiply and one vector
 * add per term; lanes beyond i compute unused upper-triangle values) and does not skip zero
 * {@code J[k][i]}: such a term is a signed zero, and adding a signed zero to a sum that started at
 * +0 leaves it unchanged, as long as the Jacobian is finite. A non-finite entry makes its column's
 * diagonal non-finite in both versions; then {@link #compute} recomputes with the scalar loop, so
 * the two agree on every input. g is summed the same way in lanes over i (a non-finite residual
 * sends the whole computation to the scalar loop). g needs {@code stride(n)} entries.
 */
final class NormalEquations {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private NormalEquations() {
    }

    /** Row stride for n columns: n rounded up to a multiple of the lane count. */
    static int stride(int n) {
        return (n + L - 1) / L * L;
    }

    /**
     * Writes the lower triangle of {@code J^T J} into a (row-major, stride {@code stride(n)}) and
     * {@code J^T r} into g.
     */
    static void compute(double[] jac, double[] r, double[] a, double[] g, int m, int n) {
        int sp = stride(n);
        for (int k = 0; k < m; k++) {
            if (!Double.isFinite(r[k])) {
                computeScalar(jac, r, a, g, m, n);
                return;
            }
        }
        Arrays.fill(a, 0, n * sp, 0);
        Arrays.fill(g, 0, sp, 0);
        int k = 0;
        for (; k + 4 <= m; k += 4) {
            rows4(jac, r, k, a, g, n, sp);
        }
        for (; k < m; k++) {
            row1(jac, r, k, a, g, n, sp);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(a[i * sp + i])) {
                computeScalar(jac, r, a, g, m, n);
                return;
            }
        }
    }

    /**
     * Adds rows k..k+3 to A and g: each lane of A[i] (and of g) gets its four terms one after the
     * other, in row order, in a register.
     */
    private static void rows4(double[] jac, double[] r, int k, double[] a, double[] g, int n, int sp) {
        int ro = k * sp;
        int r1 = ro + sp;
        int r2 = r1 + sp;
        int r3 = r2 + sp;
        DoubleVector q0 = DoubleVector.broadcast(S, r[k]);
        DoubleVector q1 = DoubleVector.broadcast(S, r[k + 1]);
        DoubleVector q2 = DoubleVector.broadcast(S, r[k + 2]);
        DoubleVector q3 = DoubleVector.broadcast(S, r[k + 3]);
        for (int c = 0; c < n; c += L) {
            DoubleVector acc = DoubleVector.fromArray(S, g, c);
            acc = acc.add(DoubleVector.fromArray(S, jac, ro + c).mul(q0));
            acc = acc.add(DoubleVector.fromArray(S, jac, r1 + c).mul(q1));
            acc = acc.add(DoubleVector.fromArray(S, jac, r2 + c).mul(q2));
            acc = acc.add(DoubleVector.fromArray(S, jac, r3 + c).mul(q3));
            acc.intoArray(g, c);
        }
        for (int i = 0; i < n; i++) {
            double j0 = jac[ro + i];
            double j1 = jac[r1 + i];
            double j2 = jac[r2 + i];
            double j3 = jac[r3 + i];
            if (j0 == 0 && j1 == 0 && j2 == 0 && j3 == 0) {
                continue;
            }
            DoubleVector v0 = DoubleVector.broadcast(S, j0);
            DoubleVector v1 = DoubleVector.broadcast(S, j1);
            DoubleVector v2 = DoubleVector.broadcast(S, j2);
            DoubleVector v3 = DoubleVector.broadcast(S, j3);
            int ao = i * sp;
            for (int c = 0; c <= i; c += L) {
                DoubleVector acc = DoubleVector.fromArray(S, a, ao + c);
                acc = acc.add(DoubleVector.fromArray(S, jac, ro + c).mul(v0));
                acc = acc.add(DoubleVector.fromArray(S, jac, r1 + c).mul(v1));
                acc = acc.add(DoubleVector.fromArray(S, jac, r2 + c).mul(v2));
                acc = acc.add(DoubleVector.fromArray(S, jac, r3 + c).mul(v3));
                acc.intoArray(a, ao + c);
            }
        }
    }

    private static void row1(double[] jac, double[] r, int k, double[] a, double[] g, int n, int sp) {
        int ro = k * sp;
        DoubleVector q = DoubleVector.broadcast(S, r[k]);
        for (int c = 0; c < n; c += L) {
            DoubleVector acc = DoubleVector.fromArray(S, g, c);
            acc.add(DoubleVector.fromArray(S, jac, ro + c).mul(q)).intoArray(g, c);
        }
        for (int i = 0; i < n; i++) {
            double ji = jac[ro + i];
            if (ji == 0) {
                continue;
            }
            DoubleVector vi = DoubleVector.broadcast(S, ji);
            int ao = i * sp;
            for (int c = 0; c <= i; c += L) {
                DoubleVector acc = DoubleVector.fromArray(S, a, ao + c);
                acc.add(DoubleVector.fromArray(S, jac, ro + c).mul(vi)).intoArray(a, ao + c);
            }
        }
    }

    /** The scalar reference: row by row, lower triangle only. */
    static void computeScalar(double[] jac, double[] r, double[] a, double[] g, int m, int n) {
        int sp = stride(n);
        Arrays.fill(a, 0, n * sp, 0);
        Arrays.fill(g, 0, n, 0);
        for (int k = 0; k < m; k++) {
            int ro = k * sp;
            double rk = r[k];
            for (int i = 0; i < n; i++) {
                double ji = jac[ro + i];
                if (ji == 0) {
                    continue;
                }
                g[i] += ji * rk;
                int ao = i * sp;
                for (int j = 0; j <= i; j++) {
                    a[ao + j] += ji * jac[ro + j];
                }
            }
        }
    }
}
