package org.sigbench.verify.features;

/**
 * A multivariate series ready for DTW: {@code length} samples of {@code dims} columns, row-major
 * ({@code data[i*dims + k]}). The array is shared, not copied: treat it as read-only.
 */
public record FeatureSeries(double[] data, int length, int dims) {
    public FeatureSeries {
        if (length < 1 || dims < 1 || data.length != length * dims) {
            throw new IllegalArgumentException("series of " + length + " x " + dims + " needs " + length * dims
                    + " values, got " + data.length);
        }
    }
}
