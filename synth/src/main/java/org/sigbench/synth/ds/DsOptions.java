package org.sigbench.synth.ds;

/**
 * Variability of duplicates. Stroke-wise, each parameter gets an independent uniform draw u in
 * {@code level * [lo, hi]}: {@code D (1 + u)}, {@code mu (1 + u)}, {@code sigma (1 + u)} (the
 * relative ranges of the 2D literature, design note section 3), {@code t0 + u exp(mu)} (t0 shifted
 * relative to the stroke's own time scale, our choice: a shift relative to t0 itself would grow
 * along the signature) and {@code theta + u pi} (angles shifted by a fraction of pi, our choice:
 * relative scaling of an angle depends on the arbitrary zero direction). Target-wise, every
 * virtual target and arc point moves by N(0, (level targetSd h)^2) in x and y and
 * N(0, (level zSd h)^2) in z, h being the plan's height. In 3D each stroke's plane turns about a
 * random axis by N(0, (level planeSd)^2) rad. Globally, each duplicate gets one tempo factor
 * exp(N(0, (level tempoSd)^2)) (every t0 and exp(mu) scale with it) and one size factor
 * exp(N(0, (level sizeSd)^2)) (every D scales with it): independent per-stroke perturbations
 * average out over a signature, and without these a subject's duplicates vary far less in
 * duration and size than real repetitions do (within-subject sd of ln duration: leap-airsig 0.129,
 * SVC2004 Task2 0.085; per-stroke terms alone at level 0.5: 0.016 and 0.034).
 *
 * <p>{@link #level} is the single knob to calibrate against real intra-subject variation
 * ({@link #withLevel}); 1 spans the literature's admissible ranges, 0 gives exact copies. The
 * default is 0.5: the admissible ranges are the extremes a duplicate may reach, not typical
 * variation, and at level 1 the duplicates' speed gets spikier than real samples (median over
 * samples of p95 / median speed: leap-airsig real 2.45, synthetic 3.12 at level 1, 2.48 at 0.5;
 * SVC2004 Task2 real 2.50, synthetic 3.98 at level 1, 2.71 at 0.5; seed 7, 20 identities x 3).
 *
 * @param level      scale of every range and sd below; default 0.5
 * @param strokeWise perturb the lognormal parameters; default true
 * @param targetWise perturb the virtual targets; default true
 * @param dLo        relative D range, default [-0.10, 0.10]
 * @param t0Lo       t0 range in units of exp(mu), default [-0.085, 0.0825]
 * @param muLo       relative mu range, default [-0.3775, 0.3950]
 * @param sigmaLo    relative sigma range, default [-0.2875, 0.3250]
 * @param thetaSLo   thetaS range in units of pi, default [-0.015, 0.030]
 * @param thetaELo   thetaE range in units of pi, default [-0.015, 0.0275]
 * @param targetSd   sd of target moves as a fraction of the plan's height; default 0.015
 * @param zSd        sd of z moves as a fraction of the plan's height (3D); default 0.03
 * @param planeSd    sd of the plane rotation, rad (3D); default 0.05 (about 3 degrees)
 * @param tempoSd    sd of the log tempo factor; default 0.2 (0.1 at the default level, which
 *                   brings the within-subject duration spread to the real ones')
 * @param sizeSd     sd of the log size factor; default 0.16 (0.08 at the default level; real
 *                   within-subject sd of ln width: leap-airsig 0.10, SVC2004 Task2 0.09)
 */
public record DsOptions(double level, boolean strokeWise, boolean targetWise,
                        double dLo, double dHi, double t0Lo, double t0Hi, double muLo, double muHi,
                        double sigmaLo, double sigmaHi, double thetaSLo, double thetaSHi,
                        double thetaELo, double thetaEHi, double targetSd, double zSd, double planeSd,
                        double tempoSd, double sizeSd) {

    public DsOptions {
        if (!(level >= 0) || !Double.isFinite(level)) {
            throw new IllegalArgumentException("variability level must be >= 0, got " + level);
        }
        if (dLo > dHi || t0Lo > t0Hi || muLo > muHi || sigmaLo > sigmaHi || thetaSLo > thetaSHi || thetaELo > thetaEHi) {
            throw new IllegalArgumentException("every range needs lo <= hi");
        }
        if (dLo * level <= -1 || sigmaLo * level <= -1) {
            throw new IllegalArgumentException("level * lower D or sigma range must stay above -1");
        }
        if (!(targetSd >= 0) || !(zSd >= 0) || !(planeSd >= 0) || !(tempoSd >= 0) || !(sizeSd >= 0)) {
            throw new IllegalArgumentException("sds must be >= 0");
        }
    }

    /** The literature's 2D ranges at level 0.5 (see the class comment), both perturbations. */
    public static DsOptions defaults() {
        return literature().withLevel(DEFAULT_LEVEL);
    }

    /** Default variability level. */
    public static final double DEFAULT_LEVEL = 0.5;

    /** The literature's 2D ranges at level 1, both perturbations. */
    public static DsOptions literature() {
        return new DsOptions(1.0, true, true, -0.10, 0.10, -0.085, 0.0825, -0.3775, 0.3950, -0.2875, 0.3250,
                -0.015, 0.030, -0.015, 0.0275, 0.015, 0.03, 0.05, 0.2, 0.16);
    }

    /**
     * The largest level the literature ranges admit (D and sigma must stay positive), with a 10 %
     * margin: {@code 0.9 / max(-dLo, -sigmaLo)} of {@link #literature()}.
     */
    public static double maxLevel() {
        DsOptions d = literature();
        return 0.9 / Math.max(-d.dLo(), -d.sigmaLo());
    }

    /** The same ranges at another variability level. */
    public DsOptions withLevel(double newLevel) {
        return new DsOptions(newLevel, strokeWise, targetWise, dLo, dHi, t0Lo, t0Hi, muLo, muHi, sigmaLo, sigmaHi,
                thetaSLo, thetaSHi, thetaELo, thetaEHi, targetSd, zSd, planeSd, tempoSd, sizeSd);
    }

    /** Only one kind of perturbation (or both, or none). */
    public DsOptions withModes(boolean newStrokeWise, boolean newTargetWise) {
        return new DsOptions(level, newStrokeWise, newTargetWise, dLo, dHi, t0Lo, t0Hi, muLo, muHi, sigmaLo, sigmaHi,
                thetaSLo, thetaSHi, thetaELo, thetaEHi, targetSd, zSd, planeSd, tempoSd, sizeSd);
    }
}
