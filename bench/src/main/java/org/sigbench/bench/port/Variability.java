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
 * @param dsLevel     the DS variability level the synthesis back end derived from these figures
 *                    ({@link Synthesis#calibrate}), NaN before
 * @param dsNote      how the level was derived, for the report ("" before)
 */
public record Variability(double durationCv, double pathCv, double widthCv, double heightCv, double strokesCv,
                          int subjects, int samples, double dsLevel, String dsNote) {

    public Variability {
        dsNote = dsNote == null ? "" : dsNote;
    }

    /** The same estimate with the DS level set. */
    public Variability withDsLevel(double level, String note) {
        return new Variability(durationCv, pathCv, widthCv, heightCv, strokesCv, subjects, samples, level, note);
    }

    /** One line for reports. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "median intra-subject CV over %d subjects (%d genuine samples): duration %.3f, path length %.3f, "
                        + "width %.3f, height %.3f, speed bells %.3f",
                subjects, samples, durationCv, pathCv, widthCv, heightCv, strokesCv);
    }
}
