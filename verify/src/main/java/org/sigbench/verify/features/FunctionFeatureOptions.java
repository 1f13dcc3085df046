package org.sigbench.verify.features;

import java.util.List;
import java.util.Objects;

/**
 * Settings of {@link FunctionFeatures}.
 *
 * @param channels  channels in column order; 3D-only channels are dropped for 2D signatures, pressure
 *                  when not recorded
 * @param sgHalf    Savitzky-Golay half window h (window 2h+1 samples)
 * @param sgOrder   Savitzky-Golay polynomial order (>= 2 so that the second derivative exists)
 * @param zNormalise per-signature z-normalisation of every column (mean 0, standard deviation 1)
 */
public record FunctionFeatureOptions(List<Channel> channels, int sgHalf, int sgOrder, boolean zNormalise) {
    /**
     * Default for DTW: position, velocity, tangent angle and (when recorded) pressure, each column
     * z-normalised; SG window 7 samples, order 2. The usual online-signature DTW set (Fierrez et al.,
     * Pattern Recognition Letters 2007; Kholmatov and Yanikoglu 2005), the same for every corpus.
     */
    public static final FunctionFeatureOptions DEFAULT = new FunctionFeatureOptions(
            List.of(Channel.X, Channel.Y, Channel.Z, Channel.VX, Channel.VY, Channel.VZ, Channel.ANGLE, Channel.PRESSURE),
            3, 2, true);

    public FunctionFeatureOptions {
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("at least one channel is needed");
        }
        if (channels.stream().distinct().count() != channels.size()) {
            throw new IllegalArgumentException("channels repeat: " + channels);
        }
        if (sgHalf < 1) {
            throw new IllegalArgumentException("Savitzky-Golay half window must be >= 1, got " + sgHalf);
        }
        if (sgOrder < 2 || sgOrder > 2 * sgHalf) {
            throw new IllegalArgumentException("Savitzky-Golay order must be in [2, 2h], got " + sgOrder);
        }
    }

    public FunctionFeatureOptions withChannels(List<Channel> c) {
        return new FunctionFeatureOptions(c, sgHalf, sgOrder, zNormalise);
    }
}
