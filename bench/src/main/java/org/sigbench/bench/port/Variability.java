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
     * What the synthesis back end calibrated on real data ({@link Synthesis#calibrate}).
     *
     * @param fit  the calibration, with its fitted values and objectives
     * @param fs   the calibration of Full Synthesis identities and forgers on the same subjects
     *             ({@link org.sigbench.synth.calibrate.FsCalibrator}), null when not made
     * @param note how they were derived, for the report
     */
    public record DsSettings(org.sigbench.synth.calibrate.Calibrator.Result fit,
                             org.sigbench.synth.calibrate.FsCalibrator.Result fs, String note) {
        /** DS settings of real samples (levels, global and noise terms). */
        public org.sigbench.synth.ds.RealDsSettings ds() {
            return fit.ds();
        }

        /** Forger model of skilled forgeries. */
        public org.sigbench.synth.forgery.ForgeryOptions forger() {
            return fit.forger();
        }

        /** The within-session stroke-wise level. */
        public double level() {
            return ds().withinLevel();
        }
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
