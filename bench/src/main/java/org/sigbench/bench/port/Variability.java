package org.sigbench.bench.port;

/**
 * Intra-subject variability of a real corpus, estimated from its genuine samples and handed to DS.
 * Each figure is the median over subjects (with at least 2 genuine samples) of the coefficient of
 * variation (standard deviation / mean) of a per-sample measure among the subject's genuine samples.
 *
 * @param durationCv  CV of the duration (s)
 * @param pathCv      CV of the path length
 * @param widthCv     CV of the bounding-box width (x extent)
 * @param heightCv    CV of the bounding-box height (y extent)
 * @param strokesCv   CV of the number of speed bells (speed minima + 1)
 * @param subjects    subjects used
 * @param samples     genuine samples used
 * @param ds          the DS settings the synthesis back end derived from these figures
 *                    ({@link Synthesis#calibrate}); null before
 */
public record Variability(double durationCv, double pathCv, double widthCv, double heightCv, double strokesCv,
                          int subjects, int samples, DsSettings ds) {

    /**
     * DS settings derived from the real variability.
     *
     * @param level    stroke-wise perturbation level
     * @param timeSd   sd of the log of a global time stretch per duplicate
     * @param widthSd  sd of the log of a global x scale per duplicate
     * @param heightSd sd of the log of a global y scale per duplicate (z follows y in 3D)
     * @param noiseSd  sd of white sensor noise added to each coordinate (corpus units)
     * @param note     how they were derived, for the report
     */
    public record DsSettings(double level, double timeSd, double widthSd, double heightSd, double noiseSd, String note) {
    }

    /** The same estimate with DS settings. */
    public Variability withDs(DsSettings settings) {
        return new Variability(durationCv, pathCv, widthCv, heightCv, strokesCv, subjects, samples, settings);
    }

    /** The DS level, NaN before calibration. */
    public double dsLevel() {
        return ds == null ? Double.NaN : ds.level();
    }
    /** One line for reports. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "median intra-subject CV over %d subjects (%d genuine samples): duration %.3f, path length %.3f, "
                        + "width %.3f, height %.3f, speed bells %.3f",
                subjects, samples, durationCv, pathCv, widthCv, heightCv, strokesCv);
    }
}
