package org.sigbench.verify.features;

import java.util.ArrayList;
import java.util.List;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.signal.SavitzkyGolay;

/**
 * Per-sample function features of a signature, for DTW. Positions are centred on their centroid
 * and divided by the RMS radius {@code sqrt(mean |p - c|^2)} (size and placement removed, shape
 * kept); velocity and acceleration come from a {@link SavitzkyGolay} differentiator of the raw
 * positions at the median sampling interval; the tangent angle is {@code atan2(vy, vx)} given as
 * cos and sin. With {@link FunctionFeatureOptions#zNormalise()} every column is then z-normalised
 * over the signature (a constant column becomes 0), as usual for signature DTW.
 */
public final class FunctionFeatures {
    private final FunctionFeatureOptions options;
    private final SavitzkyGolay sg;

    public FunctionFeatures(FunctionFeatureOptions options) {
        this.options = options;
        this.sg = SavitzkyGolay.reflected(options.sgHalf(), options.sgOrder());
    }

    public FunctionFeatureOptions options() {
        return options;
    }

    /**
     * The channels used for a signature, in column order: 3D-only channels are dropped for 2D
     * signatures and {@link Channel#PRESSURE} when the signature has no {@code pressure} channel.
     */
    public List<Channel> channelsFor(Signature s) {
        List<Channel> l = new ArrayList<>();
        for (Channel c : options.channels()) {
            if ((s.dims() == 3 || !c.only3d()) && (c.recorded() == null || s.channelNames().contains(c.recorded()))) {
                l.add(c);
            }
        }
        return l;
    }

    /**
     * Function features of one signature: the positions centred and scaled by the RMS radius, the
     * channels' columns ({@link #channelsFor}), then the columns interleaved sample by sample (and
     * z-normalised when the options say so).
     */
    public FeatureSeries compute(Signature s) {
        double[][] p = {s.x(), s.y(), s.z()};
        double[][] pos = normalisedPositions(p, s.size(), s.dims());
        return interleave(columns(s, p, pos), s.size());
    }

    /**
     * Positions centred on their centroid and divided by the RMS radius
     * {@code sqrt(sum_k sum_i (p_k[i] - mean p_k)^2 / n)} (left unscaled when it is 0); rows beyond
     * {@code dims} stay 0.
     */
    private static double[][] normalisedPositions(double[][] p, int n, int dims) {
        double[][] pos = new double[3][n];
        double r2 = 0;
        for (int k = 0; k < dims; k++) {
            double m = 0;
            for (double val : p[k]) {
                m += val;
            }
            m /= n;
            for (int i = 0; i < n; i++) {
                pos[k][i] = p[k][i] - m;
                r2 += pos[k][i] * pos[k][i];
            }
        }
        double rms = Math.sqrt(r2 / n);
        double inv = rms > 0 ? 1 / rms : 1;
        for (int k = 0; k < dims; k++) {
            for (int i = 0; i < n; i++) {
                pos[k][i] *= inv;
            }
        }
        return pos;
    }

    /** The columns of the signature's channels, in order (two for {@link Channel#ANGLE}). */
    private List<double[]> columns(Signature s, double[][] p, double[][] pos) {
        int n = s.size();
        double dt = 1.0 / s.medianRate();
        double[][] v = new double[3][];
        double[][] a = new double[3][];
        List<double[]> cols = new ArrayList<>();
        for (Channel c : channelsFor(s)) {
            switch (c) {
                case X -> cols.add(pos[0]);
                case Y -> cols.add(pos[1]);
                case Z -> cols.add(pos[2]);
                case VX, VY, VZ -> cols.add(deriv(v, p, c.ordinal() - Channel.VX.ordinal(), 1, dt));
                case AX, AY, AZ -> cols.add(deriv(a, p, c.ordinal() - Channel.AX.ordinal(), 2, dt));
                case SPEED -> {
                    double[] sp = new double[n];
                    for (int k = 0; k < s.dims(); k++) {
                        double[] vk = deriv(v, p, k, 1, dt);
                        for (int i = 0; i < n; i++) {
                            sp[i] += vk[i] * vk[i];
                        }
                    }
                    for (int i = 0; i < n; i++) {
                        sp[i] = Math.sqrt(sp[i]);
                    }
                    cols.add(sp);
                }
                case ANGLE -> {
                    double[] vx = deriv(v, p, 0, 1, dt);
                    double[] vy = deriv(v, p, 1, 1, dt);
                    double[] co = new double[n];
                    double[] si = new double[n];
                    for (int i = 0; i < n; i++) {
                        double th = Math.atan2(vy[i], vx[i]);
                        co[i] = Math.cos(th);
                        si[i] = Math.sin(th);
                    }
                    cols.add(co);
                    cols.add(si);
                }
                case PRESSURE, AZIMUTH, ALTITUDE -> cols.add(s.channel(c.recorded()));
            }
        }
        return cols;
    }

    /**
     * Row-major series of the columns ({@code out[i w + k] = col_k[i]}); with z-normalisation each
     * column becomes {@code (col - mean) / sd} (population sd; a column with sd <= 1e-12 becomes 0).
     */
    private FeatureSeries interleave(List<double[]> cols, int n) {
        int w = cols.size();
        double[] out = new double[n * w];
        for (int k = 0; k < w; k++) {
            double[] col = cols.get(k);
            double mean = 0;
            double sd = 1;
            if (options.zNormalise()) {
                for (double val : col) {
                    mean += val;
                }
                mean /= n;
                double ss = 0;
                for (double val : col) {
                    ss += (val - mean) * (val - mean);
                }
                sd = Math.sqrt(ss / n);
            }
            double f = sd > 1e-12 ? 1 / sd : 0;
            for (int i = 0; i < n; i++) {
                out[i * w + k] = options.zNormalise() ? (col[i] - mean) * f : col[i];
            }
        }
        return new FeatureSeries(out, n, w);
    }

    /** Derivative of order q of position row k, computed once per signature (cached in cache[k]). */
    private double[] deriv(double[][] cache, double[][] p, int k, int q, double dt) {
        if (cache[k] == null) {
            cache[k] = sg.apply(p[k], q, dt);
        }
        return cache[k];
    }
}
