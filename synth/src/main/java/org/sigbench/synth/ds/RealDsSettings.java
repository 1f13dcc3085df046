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
 */
public record RealDsSettings(double withinLevel, double sessionLevel, double timeSd, double widthSd, double heightSd,
                             double noiseSd, double rotationSd) {
    public RealDsSettings {
        double max = DsOptions.maxLevel();
        if (!(withinLevel >= 0 && withinLevel <= max) || !(sessionLevel >= 0 && sessionLevel <= max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "DS levels must lie in [0, %.3f], got within %s, session %s", max, withinLevel, sessionLevel));
        }
        if (!(timeSd >= 0) || !(widthSd >= 0) || !(heightSd >= 0) || !(noiseSd >= 0) || !(rotationSd >= 0)
                || !Double.isFinite(timeSd + widthSd + heightSd + noiseSd + rotationSd)) {
            throw new IllegalArgumentException("DS sds must be finite and >= 0");
        }
    }

    /** Settings without a global rotation. */
    public RealDsSettings(double withinLevel, double sessionLevel, double timeSd, double widthSd, double heightSd,
                          double noiseSd) {
        this(withinLevel, sessionLevel, timeSd, widthSd, heightSd, noiseSd, 0);
    }

    /** Stroke-wise perturbation only, at one level, no session structure. */
    public static RealDsSettings strokeWise(double level) {
        return new RealDsSettings(level, 0, 0, 0, 0, 0, 0);
    }

    /** The same settings with other levels. */
    public RealDsSettings withLevels(double within, double session) {
        return new RealDsSettings(within, session, timeSd, widthSd, heightSd, noiseSd, rotationSd);
    }

    /** The same settings with other global and noise terms. */
    public RealDsSettings withGlobal(double time, double width, double height, double noise, double rotation) {
        return new RealDsSettings(withinLevel, sessionLevel, time, width, height, noise, rotation);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "within level %.4f, session level %.4f, time log-sd %.4f, x log-sd %.4f, "
                + "y log-sd %.4f, noise sd %.4g, rotation sd %.4f rad", withinLevel, sessionLevel, timeSd, widthSd, heightSd,
                noiseSd, rotationSd);
    }
}
