package org.sigbench.verify.dtw;

/**
 * Local stability of a template's samples (Impedovo and Pirlo's direct matching points, as used by
 * Okawa's LS-DTW, Pattern Recognition 112, 2021): align every series to the template
 * ({@link DtwPath}); template sample i is a direct matching point of a series when the path matches
 * it to exactly one sample j and j to no other template sample. The stability of i is the fraction
 * of series for which it is one, in [0, 1].
 */
public final class LocalStability {
    private LocalStability() {
    }

    /**
     * @param template row-major template of n samples
     * @param series   row-major series aligned to it, at least one
     * @return the stability of each template sample
     */
    public static double[] of(double[] template, int n, double[][] series, int[] lengths, int dims, DtwOptions options) {
        DtwPath dtw = new DtwPath(options, dims);
        double[] out = new double[n];
        for (int s = 0; s < series.length; s++) {
            int[] path = dtw.align(template, n, series[s], lengths[s]);
            int[] perRow = new int[n];
            int[] perColumn = new int[lengths[s]];
            for (int p = 0; p < path.length; p += 2) {
                perRow[path[p]]++;
                perColumn[path[p + 1]]++;
            }
            for (int p = 0; p < path.length; p += 2) {
                if (perRow[path[p]] == 1 && perColumn[path[p + 1]] == 1) {
                    out[path[p]]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] /= series.length;
        }
        return out;
    }

    /**
     * Row weights from stabilities: {@code w_i = max(0.05, 1 + lambda (ls_i - mean ls))}, so the
     * weights average about 1; lambda > 0 weighs stable samples more, lambda < 0 less, 0 gives all 1.
     */
    public static double[] weights(double[] stability, double lambda) {
        double mean = 0;
        for (double v : stability) {
            mean += v;
        }
        mean /= stability.length;
        double[] w = new double[stability.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(0.05, 1 + lambda * (stability[i] - mean));
        }
        return w;
    }
}
