package org.sigbench.bench.cells;

import java.util.List;

/**
 * The error rates of one impostor type (skilled or random forgeries) in one protocol run; rates are
 * percentages 0-100.
 *
 * @param eer      EER on the ROC convex hull (the headline)
 * @param eerFvc   the threshold EER of FVC2000, (EERlow + EERhigh) / 2
 * @param eerLo    lower end of the 95 % subject-bootstrap interval of the EER
 * @param eerHi    upper end of that interval
 * @param fnmr1    FNMR at FMR = 1 %
 * @param genuine  genuine scores
 * @param impostor impostor scores
 * @param detFmr   FMR of the DET points (at most {@code StudyExecutor.DET_POINTS})
 * @param detFnmr  FNMR of the DET points
 */
public record ImpostorStats(double eer, double eerFvc, double eerLo, double eerHi, double fnmr1, int genuine,
                            int impostor, List<Double> detFmr, List<Double> detFnmr) implements java.io.Serializable {
    public ImpostorStats {
        detFmr = detFmr == null ? List.of() : List.copyOf(detFmr);
        detFnmr = detFnmr == null ? List.of() : List.copyOf(detFnmr);
    }

    /** The DET FMR as an array. */
    public double[] fmr() {
        return detFmr.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The DET FNMR as an array. */
    public double[] fnmr() {
        return detFnmr.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
