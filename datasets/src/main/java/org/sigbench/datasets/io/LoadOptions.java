package org.sigbench.datasets.io;

/**
 * Options for the readers that have no clock of their own, and for loss-free SVC2004 loading.
 *
 * @param airsigFrameRateHz  leap-airsig: the Leap tracking frame rate; time = (frame_id - first
 *                           frame_id) / rate. Default {@value #DEFAULT_AIRSIG_FRAME_RATE_HZ} Hz: the
 *                           only measured rate of a Leap controller in our data (the
 *                           leap-airwriting-digits frame dumps report 104-106 fps). Rows mostly step
 *                           by 2 frames, so the effective sampling rate is about 52 Hz.
 * @param digitsRateHz       leap-airwriting-digits: nominal rate of the trail points, time = index /
 *                           rate. Default {@value #DEFAULT_DIGITS_RATE_HZ} Hz (the device ran at about
 *                           105 fps; the app saved fewer trail points than frames, so this is nominal).
 * @param keepRawChannels    SVC2004: also keep the raw tablet clock ({@code clock_ms}) and the raw
 *                           {@code button} value as extra channels, making the load loss-free
 */
public record LoadOptions(double airsigFrameRateHz, double digitsRateHz, boolean keepRawChannels) {
    public static final double DEFAULT_AIRSIG_FRAME_RATE_HZ = 105.0;
    public static final double DEFAULT_DIGITS_RATE_HZ = 100.0;

    public LoadOptions {
        if (!(airsigFrameRateHz > 0 && Double.isFinite(airsigFrameRateHz))) {
            throw new IllegalArgumentException("airsig frame rate must be a positive number of Hz, got " + airsigFrameRateHz);
        }
        if (!(digitsRateHz > 0 && Double.isFinite(digitsRateHz))) {
            throw new IllegalArgumentException("digits rate must be a positive number of Hz, got " + digitsRateHz);
        }
    }

    /** The documented defaults. */
    public static LoadOptions defaults() {
        return new LoadOptions(DEFAULT_AIRSIG_FRAME_RATE_HZ, DEFAULT_DIGITS_RATE_HZ, false);
    }

    public LoadOptions withAirsigFrameRate(double hz) {
        return new LoadOptions(hz, digitsRateHz, keepRawChannels);
    }

    public LoadOptions withDigitsRate(double hz) {
        return new LoadOptions(airsigFrameRateHz, hz, keepRawChannels);
    }

    public LoadOptions withRawChannels(boolean keep) {
        return new LoadOptions(airsigFrameRateHz, digitsRateHz, keep);
    }
}
