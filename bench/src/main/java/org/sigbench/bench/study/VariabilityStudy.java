package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.List;
import org.sigbench.bench.cells.FoldFit;
import org.sigbench.bench.cells.VariabilityCell;
import org.sigbench.bench.cells.VariabilityResult;
import org.sigbench.bench.port.Synthesis;
import org.sigbench.bench.port.Variability;

/**
 * The calibration study ({@code variability} cells): the real variability figures of fold 1 and,
 * per fold, every value the synthesis back end fitted with its objectives.
 */
final class VariabilityStudy {
    private VariabilityStudy() {
    }

    /**
     * Computes one cell.
     *
     * @param synthesis the synthesis back end, or null (then only the real figures)
     */
    static VariabilityResult run(StudyExecutor ex, Synthesis synthesis, VariabilityCell cell) {
        Variability v = ex.calibration(cell.corpus(), 0);
        StringBuilder text = new StringBuilder();
        List<FoldFit> folds = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            Variability c = ex.calibration(cell.corpus(), f);
            if (c.ds() == null) {
                folds.add(FoldFit.NONE);
                if (synthesis != null) {
                    text.append(f == 0 ? "" : " || ").append("fold ").append(f + 1).append(": ").append(synthesis.describe(c))
                            .append(" (no subject has 3 samples of one class: no within-subject spread to fit DS on)");
                }
                continue;
            }
            folds.add(fit(c.ds()));
            text.append(f == 0 ? "" : " || ").append("fold ").append(f + 1).append(" (calibrated on ").append(f == 0
                    ? "even" : "odd").append("-indexed subjects; used for the other fold): ").append(synthesis.describe(c));
        }
        return new VariabilityResult(v.durationCv(), v.pathCv(), v.widthCv(), v.heightCv(), v.strokesCv(), v.subjects(),
                v.samples(), v.describe(), folds, synthesis == null ? "" : text.toString());
    }

    /** What the back end fitted on one fold, read from its settings (a mechanical copy). */
    private static FoldFit fit(Variability.DsSettings s) {
        var ds = s.ds();
        var fit = s.fit();
        FoldFit.DsFit d = new FoldFit.DsFit(ds.withinLevel(), ds.sessionLevel(), ds.timeSd(), ds.widthSd(), ds.heightSd(),
                ds.noiseSd(), ds.rotationSd(), fit.levels().objective(), fit.levels().startObjective());
        FoldFit.ForgerFit forger = null;
        if (fit.forgers() != null) {
            var fo = s.forger();
            forger = new FoldFit.ForgerFit(fit.forgers().objective(), fit.forgers().startObjective(),
                    fit.forgers().values()[0], fo.intervalCv(), fo.fluency(), fo.split2(), fo.rhythmFidelity(),
                    fo.slowMin(), fo.slowMax());
        }
        FoldFit.FsFit fsFit = null;
        var fs = s.fs();
        if (fs != null) {
            boolean forgers = fs.forgers() != null;
            fsFit = new FoldFit.FsFit(fs.level(), fs.consistency().sessionLevel(), fs.levels().objective(),
                    fs.levels().startObjective(), forgers ? fs.forgers().values()[0] : Double.NaN,
                    forgers ? fs.forgers().objective() : Double.NaN, forgers ? fs.forgers().startObjective() : Double.NaN);
        }
        return new FoldFit(d, forger, fsFit);
    }
}
