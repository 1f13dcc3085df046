package org.sigbench.synth.ks;

/**
 * Geometric options of {@link KinematicSynthesis} (where the virtual targets go) and its output
 * rate. The timing is not an option: it comes from a {@link KsTiming} estimated on real samples.
 *
 * @param rate          sampling rate of the output, Hz
 * @param turnThreshold direction change (rad) over the curvature scale that makes a point a target
 * @param scale         curvature scale as a fraction of the path length (chords over +- this)
 * @param tolerance     an arc may stray at most this fraction of the path's size from the path
 *                      before its segment is split at the farthest point
 * @param shapePoints   points of the arc-length resampling used for the SNRt comparison
 */
public record KsOptions(double rate, double turnThreshold, double scale, double tolerance, int shapePoints) {

    public KsOptions {
        if (!(rate > 0) || !(turnThreshold > 0) || !(scale > 0) || !(tolerance > 0) || shapePoints < 8) {
            throw new IllegalArgumentException("invalid KS options: rate=" + rate + " turnThreshold=" + turnThreshold
                    + " scale=" + scale + " tolerance=" + tolerance + " shapePoints=" + shapePoints);
        }
    }

    /** Defaults: 100 Hz, 0.6 rad (34 degree) turns over +- 1 % of the path, 2 % tolerance, 256 shape points. */
    public static KsOptions defaults() {
        return new KsOptions(100, 0.6, 0.01, 0.02, 256);
    }

    public KsOptions withRate(double r) {
        return new KsOptions(r, turnThreshold, scale, tolerance, shapePoints);
    }

    /** The same geometry (rate and shape points aside). */
    public boolean sameGeometry(KsOptions o) {
        return turnThreshold == o.turnThreshold && scale == o.scale && tolerance == o.tolerance;
    }
}
