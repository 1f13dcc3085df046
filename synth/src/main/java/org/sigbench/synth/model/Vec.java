package org.sigbench.synth.model;

/** Small 3-vector helpers for geometry set-up code (not for hot loops). */
public final class Vec {
    public static final double[] X = {1, 0, 0};
    public static final double[] Y = {0, 1, 0};
    public static final double[] Z = {0, 0, 1};

    private Vec() {
    }

    public static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    public static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    public static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    public static double[] scale(double[] a, double k) {
        return new double[] {a[0] * k, a[1] * k, a[2] * k};
    }

    public static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    /** A unit vector orthogonal to the unit vector a; in the xy plane when a is. */
    public static double[] anyOrthogonal(double[] a) {
        double[] c = Math.abs(a[2]) < 0.9 ? cross(Z, a) : cross(a, X);
        return scale(c, 1 / norm(c));
    }
}
