package org.sigbench.bench.perceive;

import org.sigbench.datasets.Signature;
import org.sigbench.datasets.signal.LinearResampling;

/**
 * Turns any sample, real or synthetic, into a {@link Stimulus} the same way: linear interpolation
 * onto {@code points} time stamps evenly spread over the sample's duration (so the sampling rate
 * and point count of the source are gone), then centring on the bounding box and one common scale
 * into [0, 1]. Pen-up flags and extra channels are dropped (the synthesis makes none).
 */
public final class Resampler {
    /** Default number of points per stimulus. */
    public static final int DEFAULT_POINTS = 240;

    private Resampler() {
    }

    public static Stimulus resample(Signature s, String id, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("need at least 2 points per stimulus, got " + points);
        }
        double[] src = s.t();
        double t0 = src[0];
        double duration = src[src.length - 1] - t0;
        double[] at = new double[points];
        double[] t = new double[points];
        for (int i = 0; i < points; i++) {
            at[i] = t0 + duration * i / (points - 1);
            t[i] = at[i] - t0;
        }
        double[][] ch = {LinearResampling.at(src, s.x(), at), LinearResampling.at(src, s.y(), at), LinearResampling.at(src, s.z(), at)};
        int dims = s.dims();
        double scale = 0;
        double[] mid = new double[3];
        for (int c = 0; c < dims; c++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : ch[c]) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            mid[c] = (lo + hi) / 2;
            scale = Math.max(scale, hi - lo);
        }
        scale = scale > 0 ? scale : 1;
        for (int c = 0; c < dims; c++) {
            for (int i = 0; i < points; i++) {
                ch[c][i] = Math.clamp(0.5 + (ch[c][i] - mid[c]) / scale, 0.0, 1.0);
            }
        }
        return new Stimulus(id, dims, duration, t, ch[0], ch[1], dims == 3 ? ch[2] : null);
    }
}
