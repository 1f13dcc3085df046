package org.sigbench.synth.ks;

/**
 * Options of {@link KinematicSynthesis}.
 *
 * @param rate           sampling rate of the output, Hz
 * @param meanStrokeTime mean stroke time T, s: the 1 %-99 % progress span {@code exp(mu) 2 sinh(2.326 sigma)}
 *                       (design note: 0.12-0.14)
 * @param overlap        fraction of a stroke's time overlapped by the next one (design note: 0.1-0.3)
 * @param timeJitter     relative sd of each stroke's time (CPG rhythm variability)
 * @param sigma          mean sigma of the lognormals
 * @param sigmaJitter    sd of sigma
 * @param turnThreshold  direction change (rad) over the curvature scale that makes a point a target
 * @param scale          curvature scale as a fraction of the path length (chords over +- this)
 * @param tolerance      an arc may stray at most this fraction of the path's size from the path
 *                       before its segment is split at the farthest point
 * @param shapePoints    points of the arc-length resampling used for the SNRt comparison
 */
public record KsOptions(double rate, double meanStrokeTime, double overlap, double timeJitter, double sigma,
                        double sigmaJitter, double turnThreshold, double scale, double tolerance, int shapePoints) {

    public KsOptions {
        if (!(rate > 0) || !(meanStrokeTime > 0) || !(overlap >= 0 && overlap < 1) || !(timeJitter >= 0)
                || !(sigma > 0) || !(sigmaJitter >= 0) || !(turnThreshold > 0) || !(scale > 0) || !(tolerance > 0)
                || shapePoints < 8) {
            throw new IllegalArgumentException("invalid KS options: rate=" + rate + " meanStrokeTime=" + meanStrokeTime
                    + " overlap=" + overlap + " timeJitter=" + timeJitter + " sigma=" + sigma + " sigmaJitter="
                    + sigmaJitter + " turnThreshold=" + turnThreshold + " scale=" + scale + " tolerance=" + tolerance
                    + " shapePoints=" + shapePoints);
        }
    }

    /** Defaults: 100 Hz, T = 0.13 s, overlap 0.2, 10 % time jitter, sigma 0.25 +- 0.03, 35 degree turns. */
    public static KsOptions defaults() {
        return new KsOptions(100, 0.13, 0.2, 0.1, 0.25, 0.03, 0.6, 0.01, 0.02, 256);
    }

    public KsOptions withRate(double r) {
        return new KsOptions(r, meanStrokeTime, overlap, timeJitter, sigma, sigmaJitter, turnThreshold, scale,
                tolerance, shapePoints);
    }
}
