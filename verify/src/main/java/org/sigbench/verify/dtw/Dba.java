package org.sigbench.verify.dtw;

/**
 * DTW barycenter averaging (Petitjean, Ketterlin and Gancarski, "A global averaging method for
 * dynamic time warping", Pattern Recognition 44(3), 2011; for signatures Okawa, "Time-series
 * averaging and local stability-weighted dynamic time warping for online signature verification",
 * Pattern Recognition 112, 2021): a mean template of several row-major series. Start from the
 * medoid (the series with the least summed DTW distance to the others, the first on ties); each
 * iteration aligns every series to the template ({@link DtwPath}) and replaces each template sample
 * by the mean of the samples aligned to it. The template keeps the medoid's length.
 */
public final class Dba {
    private Dba() {
    }

    /**
     * @param series     row-major series, {@code dims} columns each, at least one
     * @param lengths    their sample counts
     * @param dims       channels per sample
     * @param options    band and local cost of the alignments
     * @param iterations averaging iterations (0: the medoid itself)
     * @return the template, row-major, {@code dims} columns (length = array length / dims)
     */
    public static double[] average(double[][] series, int[] lengths, int dims, DtwOptions options, int iterations) {
        int k = series.length;
        if (k == 0) {
            throw new IllegalArgumentException("nothing to average");
        }
        DtwPath dtw = new DtwPath(options, dims);
        int medoid = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                if (j != i) {
                    dtw.align(series[i], lengths[i], series[j], lengths[j]);
                    sum += dtw.distance() / (lengths[i] + lengths[j]);
                }
            }
            if (sum < best) {
                best = sum;
                medoid = i;
            }
        }
        int n = lengths[medoid];
        double[] t = java.util.Arrays.copyOf(series[medoid], n * dims);
        for (int it = 0; it < iterations; it++) {
            double[] sum = new double[n * dims];
            int[] count = new int[n];
            for (int s = 0; s < k; s++) {
                int[] path = dtw.align(t, n, series[s], lengths[s]);
                for (int p = 0; p < path.length; p += 2) {
                    int i = path[p];
                    int j = path[p + 1];
                    count[i]++;
                    for (int c = 0; c < dims; c++) {
                        sum[i * dims + c] += series[s][j * dims + c];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < dims; c++) {
                    t[i * dims + c] = sum[i * dims + c] / count[i];
                }
            }
        }
        return t;
    }
}
