package org.sigbench.verify.features;

/** One per-sample function feature. Derivatives are with respect to time, in units per second. */
public enum Channel {
    /** Position, centred on the centroid and divided by the RMS radius (shape kept, size removed). */
    X, Y, Z,
    /** Velocity (Savitzky-Golay first derivative of the raw position). */
    VX, VY, VZ,
    /** Acceleration (Savitzky-Golay second derivative). */
    AX, AY, AZ,
    /** Speed {@code |v|} over all spatial dimensions. */
    SPEED,
    /** Path tangent angle in the x-y plane as cos and sin (two columns, no wrap-around). */
    ANGLE,
    /** Pen pressure, when the signature has a {@code pressure} channel (dropped otherwise). */
    PRESSURE,
    /** Pen azimuth, when the signature has an {@code azimuth} channel (dropped otherwise). */
    AZIMUTH,
    /** Pen altitude, when the signature has an {@code altitude} channel (dropped otherwise). */
    ALTITUDE;

    /** The recorded channel this one copies ({@code pressure}, {@code azimuth}, {@code altitude}), or null. */
    public String recorded() {
        return switch (this) {
            case PRESSURE -> "pressure";
            case AZIMUTH -> "azimuth";
            case ALTITUDE -> "altitude";
            default -> null;
        };
    }

    /** Columns this channel takes (2 for {@link #ANGLE}, else 1). */
    public int width() {
        return this == ANGLE ? 2 : 1;
    }

    /** True for channels that exist only in 3D (z and its derivatives). */
    public boolean only3d() {
        return this == Z || this == VZ || this == AZ;
    }
}
