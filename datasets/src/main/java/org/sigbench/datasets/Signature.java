package org.sigbench.datasets;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sigbench.datasets.stat.Median;

/**
 * One online signature (or any timed pen or fingertip movement): timestamps in seconds, a
 * position per sample, a pen-down flag per sample and optional named extra channels.
 *
 * <p>Invariants, checked by {@link #of}: at least 2 samples; all arrays of one length; timestamps
 * strictly increasing; every value finite; 2D signatures have z = 0 everywhere. The arrays are
 * copied in and copied out, so an instance can be shared across threads.
 */
public final class Signature {
    private final SignatureMeta meta;
    private final int dims;
    private final double[] t;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final boolean[] pen;
    private final Map<String, double[]> channels;

    private Signature(SignatureMeta meta, int dims, double[] t, double[] x, double[] y, double[] z,
                      boolean[] pen, Map<String, double[]> channels) {
        this.meta = meta;
        this.dims = dims;
        this.t = t;
        this.x = x;
        this.y = y;
        this.z = z;
        this.pen = pen;
        this.channels = channels;
    }

    /**
     * Validating factory.
     *
     * @param meta     metadata
     * @param dims     2 (tablet, z must be null or all zero) or 3
     * @param t        timestamps in seconds, strictly increasing
     * @param x        positions
     * @param y        positions
     * @param z        positions, or null for 2D
     * @param pen      pen-down flags, or null for "always down"
     * @param channels extra channels by name (pressure, azimuth, ...), may be null or empty
     * @throws InvalidSignatureException with the offending sample index when an invariant fails
     */
    public static Signature of(SignatureMeta meta, int dims, double[] t, double[] x, double[] y, double[] z,
                               boolean[] pen, Map<String, double[]> channels) {
        Objects.requireNonNull(meta, "meta");
        String who = "sample " + meta.id() + " (" + meta.source() + ")";
        if (dims != 2 && dims != 3) {
            throw new InvalidSignatureException(who + ": dims must be 2 or 3, got " + dims, -1);
        }
        Objects.requireNonNull(t, "t");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        int n = t.length;
        if (n < 2) {
            throw new InvalidSignatureException(who + ": a signature needs at least 2 samples, got " + n, n == 1 ? 0 : -1);
        }
        double[] zz = z == null ? new double[n] : z;
        boolean[] pp = pen == null ? filled(n) : pen;
        requireLength(who, "x", x, n);
        requireLength(who, "y", y, n);
        requireLength(who, "z", zz, n);
        if (pp.length != n) {
            throw new InvalidSignatureException(who + ": pen has " + pp.length + " values, t has " + n, -1);
        }
        requireFinite(who, "t", t);
        requireFinite(who, "x", x);
        requireFinite(who, "y", y);
        requireFinite(who, "z", zz);
        for (int i = 1; i < n; i++) {
            if (!(t[i] > t[i - 1])) {
                throw new InvalidSignatureException(who + ": timestamps must increase strictly, but t[" + i + "] = "
                        + t[i] + " s follows t[" + (i - 1) + "] = " + t[i - 1] + " s", i);
            }
        }
        if (dims == 2) {
            for (int i = 0; i < n; i++) {
                if (zz[i] != 0.0) {
                    throw new InvalidSignatureException(who + ": a 2D signature has z = 0, but z[" + i + "] = " + zz[i], i);
                }
            }
        }
        Map<String, double[]> ch = new LinkedHashMap<>();
        if (channels != null) {
            for (Map.Entry<String, double[]> e : channels.entrySet()) {
                String name = Objects.requireNonNull(e.getKey(), "channel name");
                if (name.isBlank() || RESERVED.contains(name)) {
                    throw new InvalidSignatureException(who + ": invalid channel name '" + name + "'", -1);
                }
                requireLength(who, name, e.getValue(), n);
                requireFinite(who, name, e.getValue());
                ch.put(name, e.getValue().clone());
            }
        }
        return new Signature(meta, dims, t.clone(), x.clone(), y.clone(), zz == z ? zz.clone() : zz,
                pp == pen ? pp.clone() : pp, Collections.unmodifiableMap(ch));
    }

    /** Column names that are not extra channels. */
    public static final Set<String> RESERVED = Set.of("t", "x", "y", "z", "pen");

    private static boolean[] filled(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    private static void requireLength(String who, String what, double[] a, int n) {
        if (a == null || a.length != n) {
            throw new InvalidSignatureException(who + ": " + what + " has " + (a == null ? "no" : a.length)
                    + " values, t has " + n, -1);
        }
    }

    private static void requireFinite(String who, String what, double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new InvalidSignatureException(who + ": " + what + "[" + i + "] is " + a[i] + ", not a finite number", i);
            }
        }
    }

    public SignatureMeta meta() {
        return meta;
    }

    /** 2 for tablet data (z = 0), 3 for in-air data. */
    public int dims() {
        return dims;
    }

    /** Number of samples, at least 2. */
    public int size() {
        return t.length;
    }

    /** Total duration in seconds, {@code t[n-1] - t[0]}. */
    public double duration() {
        return t[t.length - 1] - t[0];
    }

    public double t(int i) {
        return t[i];
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public double z(int i) {
        return z[i];
    }

    public boolean pen(int i) {
        return pen[i];
    }

    /** A copy of the timestamps, in seconds. */
    public double[] t() {
        return t.clone();
    }

    public double[] x() {
        return x.clone();
    }

    public double[] y() {
        return y.clone();
    }

    public double[] z() {
        return z.clone();
    }

    public boolean[] pen() {
        return pen.clone();
    }

    /** Names of the extra channels, in file order. */
    public Set<String> channelNames() {
        return channels.keySet();
    }

    /** A copy of one extra channel. */
    public double[] channel(String name) {
        double[] c = channels.get(name);
        if (c == null) {
            throw new IllegalArgumentException("sample " + meta.id() + " has no channel '" + name + "'");
        }
        return c.clone();
    }

    /** A copy of every extra channel, in file order. */
    public Map<String, double[]> channels() {
        Map<String, double[]> m = new LinkedHashMap<>();
        channels.forEach((k, v) -> m.put(k, v.clone()));
        return m;
    }

    /** The same samples with other metadata. */
    public Signature withMeta(SignatureMeta newMeta) {
        return new Signature(Objects.requireNonNull(newMeta), dims, t, x, y, z, pen, channels);
    }

    /** Median sampling rate in Hz, 1 / median(dt). */
    public double medianRate() {
        double[] dt = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            dt[i - 1] = t[i] - t[i - 1];
        }
        return 1.0 / Median.of(dt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && dims == s.dims && meta.equals(s.meta) && Arrays.equals(t, s.t)
                && Arrays.equals(x, s.x) && Arrays.equals(y, s.y) && Arrays.equals(z, s.z)
                && Arrays.equals(pen, s.pen) && channelsEqual(channels, s.channels);
    }

    private static boolean channelsEqual(Map<String, double[]> a, Map<String, double[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            if (!Arrays.equals(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(meta, dims, Arrays.hashCode(t), Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Signature[" + meta.id() + ", " + meta.kind().token() + ", " + size() + " samples, "
                + String.format(java.util.Locale.ROOT, "%.3f", duration()) + " s, " + dims + "D]";
    }
}
