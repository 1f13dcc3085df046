package org.sigbench.synth.corpus;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.fs.Draw;
import org.sigbench.synth.fs.Specimen;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;

/**
 * Samples a specimen into a {@link Signature}: a uniform clock at {@code rate} Hz from the first
 * stroke's {@code t0 + exp(mu - 3 sigma)} to the last moving stroke's {@code t0 + exp(mu + 3 sigma)}
 * (99.7 % of each lognormal), timestamps shifted to start at 0 s. The pen flag of a sample is the
 * flag of the stroke whose speed peak is nearest in time (the plan decides pen-up transitions; the
 * trajectory is continuous, as tablets and the Leap record hovering too). Optional white noise of
 * sd {@code noiseSd} on each coordinate (z only in 3D). 2D specimens give z = 0.
 */
public final class SignatureSampler {
    /** Sigmas kept on each side of a lognormal when choosing the sampled time span. */
    public static final double SPAN_SIGMAS = 3.0;

    private SignatureSampler() {
    }

    /** The sampled time span {start, end} of a specimen. */
    public static double[] span(SigmaLognormal m) {
        double a = Double.POSITIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        for (Stroke k : m.strokes()) {
            a = Math.min(a, k.supportStart(SPAN_SIGMAS));
            b = Math.max(b, k.supportEnd(SPAN_SIGMAS));
        }
        return new double[] {a, b};
    }

    /** Samples the specimen over its {@link #span}; rng draws the noise (unused when noiseSd is 0). */
    public static Signature sample(Specimen s, double rate, double noiseSd, SignatureMeta meta, UniformRandomProvider rng) {
        return sample(s, span(s.movement()), rate, noiseSd, meta, rng);
    }

    /** Samples the specimen over {@code window} = {start, end} (movement clock, s). */
    public static Signature sample(Specimen s, double[] window, double rate, double noiseSd, SignatureMeta meta,
                                   UniformRandomProvider rng) {
        SigmaLognormal m = s.movement();
        double[] t = SigmaLognormal.grid(window[0], window[1], rate);
        Trajectory tr = m.sample(t);
        int n = t.length;
        List<Stroke> ks = m.strokes();
        double[] peaks = new double[ks.size()];
        for (int j = 0; j < peaks.length; j++) {
            peaks[j] = ks.get(j).peakTime();
        }
        boolean[] pen = new boolean[n];
        double[] x = tr.x();
        double[] y = tr.y();
        double[] z = tr.z();
        double[] tt = new double[n];
        for (int i = 0; i < n; i++) {
            pen[i] = s.pen()[nearest(peaks, t[i])];
            tt[i] = i / rate;
            if (noiseSd > 0) {
                x[i] += noiseSd * Draw.gauss(rng);
                y[i] += noiseSd * Draw.gauss(rng);
                if (s.dims() == 3) {
                    z[i] += noiseSd * Draw.gauss(rng);
                }
            }
            if (s.dims() == 2) {
                z[i] = 0;
            }
        }
        return Signature.of(meta, s.dims(), tt, x, y, s.dims() == 3 ? z : null, pen, null);
    }

    private static int nearest(double[] peaks, double t) {
        int best = 0;
        double bd = Double.MAX_VALUE;
        for (int j = 0; j < peaks.length; j++) {
            double d = Math.abs(peaks[j] - t);
            if (d < bd) {
                bd = d;
                best = j;
            }
        }
        return best;
    }
}
