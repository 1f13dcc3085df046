package org.sigbench.synth.forgery;

/**
 * Knobs of the forger model ({@link Forger}). Forgers of handwritten signatures are known to write
 * slower, with more strokes and with shape errors (design note section 3); the defaults put a
 * synthetic forgery at about 1.35x the genuine duration and 0.75x its speed, with about 1.2x the
 * strokes: SVC2004 Task2 forgeries versus genuine samples have duration 2.76 s / 2.08 s, speed
 * 0.75x and 1.09x the speed minima (medians; {@code Profile}).
 *
 * @param forgersPerSubject distinct forgers per victim; forgery i is by forger i mod this. Default 4.
 * @param slowMin           forger's rhythm: the CPG interval is the genuine one times U(slowMin, slowMax).
 *                          Default 1.05.
 * @param slowMax           Default 1.35.
 * @param split2            chance that a genuine arc is executed as 2 shorter arcs. Default 0.15.
 * @param split3            chance of 3 arcs. Default 0.02. (Expected strokes per arc: 1.19.)
 * @param fluency           exp(mu) of each forged stroke relative to the genuine one, times the
 *                          slow-down; below 1 strokes overlap less, so speed dips between them
 *                          (less fluent). Default 0.8.
 * @param intervalCv        coefficient of variation of the forger's interval (an irregular rhythm).
 *                          Default 0.2.
 * @param shapeSd           sd of each target's and arc point's shape error, fraction of the height.
 *                          Default 0.01 (on top of the duplicate's own target noise; larger values lengthen the path,
 *                          which real forgeries do not show).
 * @param scaleLogSd        log-sd of the forger's global x and y scale. Default 0.07.
 * @param rotationSd        sd of the forger's global rotation (rad). Default 0.05.
 * @param shearSd           sd of the forger's slant change (x += shear y). Default 0.1.
 * @param rhythmFidelity    how much of the target's rhythm the forger keeps, in [0, 1]: the interval
 *                          before arc j is {@code slow (I_j^f I^(1-f))}, I_j the genuine interval
 *                          before arc j and I the genuine median interval (0: the forger's own
 *                          uniform rhythm; 1: the target's rhythm, slowed down). Default 0.
 */
public record ForgeryOptions(int forgersPerSubject, double slowMin, double slowMax, double split2, double split3,
                             double fluency, double intervalCv, double shapeSd, double scaleLogSd,
                             double rotationSd, double shearSd, double rhythmFidelity) {
    public ForgeryOptions {
        if (forgersPerSubject < 1) {
            throw new IllegalArgumentException("forgersPerSubject must be >= 1");
        }
        if (!(slowMin > 0 && slowMin <= slowMax)) {
            throw new IllegalArgumentException("need 0 < slowMin <= slowMax");
        }
        if (!(split2 >= 0 && split3 >= 0 && split2 + split3 <= 1)) {
            throw new IllegalArgumentException("split2 and split3 are probabilities with sum <= 1");
        }
        if (!(fluency > 0) || !(intervalCv >= 0) || !(shapeSd >= 0) || !(scaleLogSd >= 0) || !(rotationSd >= 0)
                || !(shearSd >= 0)) {
            throw new IllegalArgumentException("fluency > 0 and sds >= 0");
        }
        if (!(rhythmFidelity >= 0 && rhythmFidelity <= 1)) {
            throw new IllegalArgumentException("rhythmFidelity must lie in [0, 1], got " + rhythmFidelity);
        }
    }

    /** Documented defaults. */
    public static ForgeryOptions defaults() {
        return new ForgeryOptions(4, 1.05, 1.35, 0.15, 0.02, 0.8, 0.2, 0.01, 0.07, 0.05, 0.1, 0);
    }
}
