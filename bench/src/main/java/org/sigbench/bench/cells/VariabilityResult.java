package org.sigbench.bench.cells;

import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link VariabilityCell}: the real variability figures of the first calibration
 * fold and what the synthesis back end fitted on each fold.
 *
 * @param durationCv median within-subject coefficient of variation of the duration
 * @param pathCv     that of the path length
 * @param widthCv    that of the bounding-box width
 * @param heightCv   that of the bounding-box height
 * @param strokesCv  that of the number of speed bells
 * @param subjects   subjects the figures come from
 * @param samples    samples they come from
 * @param estimate   how the figures were estimated
 * @param folds      the calibration of fold 1 (even-indexed subjects) and fold 2 (odd-indexed)
 * @param dsOptions  the synthesis back end's description of both folds' settings; "" without a back end
 */
public record VariabilityResult(double durationCv, double pathCv, double widthCv, double heightCv, double strokesCv,
                                int subjects, int samples, String estimate, List<FoldFit> folds, String dsOptions)
        implements StudyResult {
    public VariabilityResult {
        Objects.requireNonNull(estimate, "estimate");
        folds = List.copyOf(folds);
        dsOptions = dsOptions == null ? "" : dsOptions;
    }
}
