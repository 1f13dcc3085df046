package org.sigbench.synth.model;

/**
 * Sampled kinematics of a movement: times, positions and velocities, as parallel arrays. Plain
 * holder for kernel output; the arrays are owned by the record and must not be shared further.
 */
public record Trajectory(double[] t, double[] x, double[] y, double[] z, double[] vx, double[] vy, double[] vz) {

    public int size() {
        return t.length;
    }

    /** Speed |v| at each sample. */
    public double[] speed() {
        double[] s = new double[t.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.sqrt(vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
        }
        return s;
    }
}
