package org.sigbench.synth.extract;

/**
 * The reconstruction quality of the Kinematic Theory literature, in dB, with the trajectory
 * centred (its mean removed) in the numerator:
 *
 * <pre>
 *   SNRv = 10 log10( sum_(d,i) v_d,i^2 / sum_(d,i) (v_d,i - v^_d,i)^2 )
 *   SNRt = 10 log10( sum_(d,i) (p_d,i - mean_d)^2 / sum_(d,i) (p_d,i - p^_d,i)^2 )
 * </pre>
 *
 * over the first {@code dims} channels of observation (v, p) and reconstruction (v^, p^) on the
 * same grid. The one SNR of the extractor: the fit's stopping rule and the reported figures.
 */
final class Snr {
    private Snr() {
    }

    /** {SNRv, SNRt} in dB. */
    static double[] of(double[][] obsV, double[][] obsP, double[][] recV, double[][] recP, int dims, int n) {
        double sv = 0;
        double ev = 0;
        double sp = 0;
        double ep = 0;
        for (int d = 0; d < dims; d++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += obsP[d][i];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                double a = obsV[d][i];
                double e = a - recV[d][i];
                sv += a * a;
                ev += e * e;
                double c = obsP[d][i] - mean;
                double f = obsP[d][i] - recP[d][i];
                sp += c * c;
                ep += f * f;
            }
        }
        return new double[] {10 * Math.log10(sv / ev), 10 * Math.log10(sp / ep)};
    }
}
