package org.sigbench.verify.metrics;

/**
 * Metrics of genuine probes against one impostor kind. Rates are fractions in [0, 1].
 *
 * @param kind         {@link ProbeKind#SKILLED} or {@link ProbeKind#RANDOM}
 * @param eer          EER with one global threshold, on the ROC convex hull: the headline EER of every
 *                     sigbench table (it does not depend on how ties and threshold steps fall, and
 *                     it is what bob.measure's {@code eer_rocch} and scikit-learn's convex-hull
 *                     curves give); {@link #eerFvc()} is reported beside it
 * @param eerCiLow     lower end of the subject-bootstrap percentile interval on {@code eer} (NaN if none)
 * @param eerCiHigh    upper end of that interval (NaN if none)
 * @param eerFvcLow    EERlow of Maio et al. (FVC2000), global threshold
 * @param eerFvcHigh   EERhigh of Maio et al.
 * @param eerThreshold the threshold of the FVC interval (accept when score >= it)
 * @param eerPerUser   mean over subjects of each subject's own ROCCH EER, i.e. per-user a-posteriori
 *                     thresholds: optimistic, reported for comparison with papers that use it
 * @param fnmrAtFmr1   FNMR at FMR <= 1 %, global threshold
 * @param fnmrAtFmr01  FNMR at FMR <= 0.1 %, global threshold
 * @param auc          area under the ROC
 * @param dPrime       decidability index d'
 * @param genuine      number of genuine comparisons
 * @param impostors    number of impostor comparisons
 * @param subjects     number of reference subjects
 */
public record ImpostorReport(ProbeKind kind, double eer, double eerCiLow, double eerCiHigh, double eerFvcLow,
                             double eerFvcHigh, double eerThreshold, double eerPerUser, double fnmrAtFmr1,
                             double fnmrAtFmr01, double auc, double dPrime, int genuine, int impostors,
                             int subjects) {
    /**
     * The threshold EER of Maio et al. (FVC2000), {@code (EERlow + EERhigh) / 2}: the figure most
     * papers quote (pyeer's and most toolkits' "EER"). It is never below {@link #eer()} by more
     * than rounding: the convex hull lies on or under the empirical curve.
     */
    public double eerFvc() {
        return (eerFvcLow + eerFvcHigh) / 2;
    }
}
