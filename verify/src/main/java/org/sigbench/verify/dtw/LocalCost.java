package org.sigbench.verify.dtw;

/** Local cost between two d-dimensional samples a and b. */
public enum LocalCost {
    /** {@code sum_k (a_k - b_k)^2}, summed in channel order. */
    SQUARED_EUCLIDEAN,
    /** {@code sum_k |a_k - b_k|} (Manhattan), summed in channel order. */
    ABSOLUTE;

    /**
     * The cost of sample i of the row-major series a against sample j of the row-major series b,
     * {@code dims} channels each, summed in channel order (the scalar form; {@link Dtw}'s kernels
     * compute the same sums column-wise in {@code ColumnCosts}).
     */
    public double between(double[] a, int i, double[] b, int j, int dims) {
        double s = 0;
        int ai = i * dims;
        int bj = j * dims;
        for (int k = 0; k < dims; k++) {
            double x = a[ai + k] - b[bj + k];
            s += this == ABSOLUTE ? Math.abs(x) : x * x;
        }
        return s;
    }
}
