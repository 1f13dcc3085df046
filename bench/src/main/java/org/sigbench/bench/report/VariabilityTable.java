package org.sigbench.bench.report;

import static org.sigbench.bench.report.ReportBuilder.num;
import static org.sigbench.bench.report.ReportBuilder.sci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sigbench.bench.cells.FoldFit;
import org.sigbench.bench.cells.VariabilityResult;
import org.sigbench.bench.run.CellResult;

/**
 * The calibration of the synthesizer per corpus and fold (the {@code variability} cells): the DS
 * levels, global and sensor terms, the forger model, their objectives, and one row of details.
 */
final class VariabilityTable {
    /** Columns of the table. */
    static final List<String> COLUMNS = List.of("corpus", "subjects_limit", "fold", "calibrated_on", "within_level",
            "session_level", "time_log_sd", "x_log_sd", "y_log_sd", "noise_sd", "rotation_sd", "levels_objective_start",
            "levels_objective", "forger_shape_factor", "forger_interval_cv", "forger_fluency", "forger_split2",
            "forger_rhythm_fidelity", "forger_slow_min", "forger_slow_max", "forger_objective_start", "forger_objective",
            "fs_level", "fs_session_level", "fs_level_objective_start", "fs_level_objective", "fs_shape_factor", "fs_forger_objective_start",
            "fs_forger_objective");

    /** What the table shows and how it was measured, printed under it. */
    static final String PROTOCOL = "Each coefficient of variation (standard deviation / mean) is computed among the "
                + "genuine samples of one subject (air-writing: one writer and one digit; gestures, one recording per participant and gesture: one gesture over all participants), then the median over subjects "
                + "is taken. Measures come from the resampled (200 Hz), Gaussian-smoothed (12 ms) trajectory: duration, "
                + "path length, bounding-box width and height, number of speed bells (speed minima at least 40 ms apart, "
                + "plus one). The DS back end's settings (`ds_options` says exactly how) come from its calibration: "
                + "global time and size log-sds and sensor noise in closed form, the within-session and session levels "
                + "and the forger model fitted on the distributions of DTW distances (the columns above and the "
                + "sentence of the table). No error rate enters.";

    private VariabilityTable() {
    }

    /** The calibration section. */
    static StudySection section(Map<String, CellResult> byId) {
        return body -> body.section(of(byId), PROTOCOL);
    }

    /** The row of one fold: what was fitted, blank where nothing was. */
    private static List<String> foldRow(String corpus, String subjects, int f, FoldFit fit) {
        FoldFit.DsFit d = fit.dsOrNone();
        FoldFit.ForgerFit g = fit.forgerOrNone();
        FoldFit.FsFit s = fit.fsOrNone();
        return List.of(corpus, subjects, Integer.toString(f), f == 1 ? "even-indexed" : "odd-indexed",
                num(d.withinLevel(), 4), num(d.sessionLevel(), 4), num(d.timeSd(), 4), num(d.widthSd(), 4),
                num(d.heightSd(), 4), sci(d.noiseSd()), num(d.rotationSd(), 4),
                num(d.levelsObjectiveStart(), 3), num(d.levelsObjective(), 3),
                num(g.shapeFactor(), 3), num(g.intervalCv(), 3), num(g.fluency(), 3), num(g.split2(), 3),
                num(g.rhythmFidelity(), 3), num(g.slowMin(), 3), num(g.slowMax(), 3),
                num(g.objectiveStart(), 3), num(g.objective(), 3),
                num(s.level(), 4), num(s.sessionLevel(), 4), num(s.levelObjectiveStart(), 3), num(s.levelObjective(), 3),
                num(s.shapeFactor(), 3), num(s.forgerObjectiveStart(), 3), num(s.forgerObjective(), 3));
    }

    static Table of(Map<String, CellResult> byId) {
        List<List<String>> rows = new ArrayList<>();
        for (CellResult r : byId.values()) {
            VariabilityResult v = r.ok() ? r.result(VariabilityResult.class) : null;
            if (v == null) {
                continue;
            }
            for (int f = 1; f <= 2; f++) {
                rows.add(foldRow(r.param("corpus"), r.param("subjects"), f, v.folds().get(f - 1)));
            }
            List<String> details = new ArrayList<>(List.of(r.param("corpus"), r.param("subjects"), "details",
                    v.dsOptions()));
            while (details.size() < COLUMNS.size()) {
                details.add("");
            }
            rows.add(details);
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Table("variability.csv", "Calibration of the synthesizer (held out, 2 folds)",
                "What the DS synthesizer and the forger model were fitted to, per fold: each fold is calibrated on its "
                        + "subjects (even or odd index in the corpus) and used only for synthetic data standing for the "
                        + "other fold's subjects. Levels: CMA-ES (Brent in one dimension) on KS(refRef) + KS(refProbe) + "
                        + "KS(random) + KS(probeOne); forger: CMA-ES on KS(forgery) + KS(forgeryOne) + KS(forgeryTempo) + "
                        + "KS(forgeryBells); FS (FsCalibrator): the identities' duplicate and session levels by CMA-ES on the "
                        + "levels' terms, then a factor on the DS forger's shape errors by Brent on the forger's terms, FS identities "
                        + "against the real subjects (refProbe, forgery, random: normalised as the DTW verifier normalises a "
                        + "probe's distances to K references; probeOne, forgeryOne: raw distance to the first "
                        + "reference, what a K = 1 verifier sees); objectives at "
                        + "the start and at the fit (sums of two-sample Kolmogorov-Smirnov statistics; 0 = same "
                        + "distributions). No error rate enters any objective.",
                COLUMNS, rows);
    }
}
