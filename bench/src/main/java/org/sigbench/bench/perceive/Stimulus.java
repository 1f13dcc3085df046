package org.sigbench.bench.perceive;

/**
 * One stimulus as a browser receives it: points on a uniform time grid, positions normalised into
 * the unit box (centre 0.5, same scale on every axis, so the shape keeps its proportions).
 *
 * @param id       opaque trial id
 * @param dims     2 or 3
 * @param duration seconds from the first to the last point
 * @param t        time stamps in seconds, from 0
 * @param x        positions in [0, 1]
 * @param y        positions in [0, 1] (up)
 * @param z        positions in [0, 1], or null for 2D
 */
public record Stimulus(String id, int dims, double duration, double[] t, double[] x, double[] y, double[] z) {
    public Stimulus {
        if (dims != 2 && dims != 3) {
            throw new IllegalArgumentException("stimulus " + id + ": dims must be 2 or 3, got " + dims);
        }
        if (t.length != x.length || t.length != y.length || (dims == 3 && (z == null || z.length != t.length))) {
            throw new IllegalArgumentException("stimulus " + id + ": channels of different lengths");
        }
    }

    public int size() {
        return t.length;
    }
}
