package org.sigbench.synth.ds;

import java.util.Locale;

/**
 * Settings of DS of a real sample ({@code org.sigbench.synth.extract.RealDuplicates}): a two-level
 * perturbation of the sample's extracted Sigma-Lognormal strokes plus global and sensor terms.
 *
 * <p>Model: for every synthetic session s, a session base {@code B_s = perturbStrokes(base,
 * sessionLevel)} (shared by the samples of that session); every duplicate i of session s is
 * {@code perturbStrokes(B_s, withinLevel)}, sampled at the real sample's rate, then stretched in
 * time by {@code exp(N(0, timeSd^2))}, scaled in x and y about its centroid by
 * {@code exp(N(0, widthSd^2))} and {@code exp(N(0, heightSd^2))} (z follows y), turned about its
 * centroid (2D: by an angle {@code N(0, rotationSd^2)}; 3D: by the rotation vector
 * {@code N(0, rotationSd^2 I)}), and given white sensor noise {@code N(0, noiseSd^2)} per coordinate. {@link DsOptions} gives the relative ranges
 * that a level scales (the literature's 2D ranges).
 *
 * @param withinLevel  stroke-wise level of each duplicate about its session base, >= 0
 * @param sessionLevel stroke-wise level of a session base about the real sample, >= 0 (0: no
 *                     session structure)
 * @param timeSd       log-sd of the global time stretch, >= 0
 * @param widthSd      log-sd of the global x scale, >= 0
 * @param heightSd     log-sd of the global y scale, >= 0
 * @param noiseSd      sd of the sensor noise, corpus units, >= 0
 * @param rotationSd   sd of the global rotation per axis, rad, >= 0
 * @param writerSd     log-sd of a writer's consistency: each real sample duplicated (each writer
 *                     of a DS corpus) has both levels times {@code exp(N(0, writerSd^2))}, drawn
 *                     once for all its duplicates (capped at the largest level), >= 0 (0: every
 *                     writer equally consistent)
 */
public record RealDsSettings(double withinLevel, double sessionLevel, double timeSd, double widthSd, double heightSd,
                             double noiseSd, double rotationSd, double writerSd) {
    public RealDsSettings {
        double max = DsOptions.maxLevel();
        if (!(withinLevel >= 0 && withinLevel <= max) || !(sessionLevel >= 0 && sessionLevel <= max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "DS levels must lie in [0, %.3f], got within %s, session %s", max, withinLevel, sessionLevel));
        }
        if (!(timeSd >= 0) || !(widthSd >= 0) || !(heightSd >= 0) || !(noiseSd >= 0) || !(rotationSd >= 0)
                || !(writerSd >= 0) || !Double.isFinite(timeSd + widthSd + heightSd + noiseSd + rotationSd + writerSd)) {
            throw new IllegalArgumentException("DS sds must be finite and >= 0");
        }
    }

    /** Settings without a global rotation and with equally consistent writers. */
    public RealDsSettings(double withinLevel, double sessionLevel, double timeSd, double widthSd, double heightSd,
                          double noiseSd) {
        this(withinLevel, sessionLevel, timeSd, widthSd, heightSd, noiseSd, 0, 0);
    }

    /** Stroke-wise perturbation only, at one level, no session structure. */
    public static RealDsSettings strokeWise(double level) {
        return new RealDsSettings(level, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The same settings with other levels. */
    public RealDsSettings withLevels(double within, double session) {
        return new RealDsSettings(within, session, timeSd, widthSd, heightSd, noiseSd, rotationSd, writerSd);
    }

    /** The same settings with other global and noise terms. */
    public RealDsSettings withGlobal(double time, double width, double height, double noise, double rotation) {
        return new RealDsSettings(withinLevel, sessionLevel, time, width, height, noise, rotation, writerSd);
    }

    /** The same settings with another writer consistency spread. */
    public RealDsSettings withWriterSd(double sd) {
        return new RealDsSettings(withinLevel, sessionLevel, timeSd, widthSd, heightSd, noiseSd, rotationSd, sd);
    }

    /**
     * The settings of one writer: both levels times {@code exp(writerSd z)}, each capped at
     * {@link DsOptions#maxLevel()}, writer spread 0; {@code z} a standard normal draw made once per writer.
     */
    public RealDsSettings forWriter(double z) {
        if (writerSd == 0) {
            return this;
        }
        double f = Math.exp(writerSd * z);
        double max = DsOptions.maxLevel();
        return new RealDsSettings(Math.min(max, withinLevel * f), Math.min(max, sessionLevel * f), timeSd, widthSd,
                heightSd, noiseSd, rotationSd, 0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "within level %.4f, session level %.4f, time log-sd %.4f, x log-sd %.4f, "
                + "y log-sd %.4f, noise sd %.4g, rotation sd %.4f rad, writer log-sd %.4f", withinLevel, sessionLevel, timeSd,
                widthSd, heightSd, noiseSd, rotationSd, writerSd);
    }
}
