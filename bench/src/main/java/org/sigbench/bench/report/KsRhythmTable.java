package org.sigbench.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sigbench.bench.cells.VerificationResult;
import org.sigbench.bench.run.CellResult;

/**
 * The KS rhythm calibration of each corpus (per fold: the measured intra-writer and forger
 * correlations, the fitted values and their objectives), read from the {@code ks_rhythm} text of
 * the corpus's first KS real-vs-synthetic cell (every KS cell of a corpus shares one calibration).
 */
final class KsRhythmTable {
    /** How the calibration is used, printed under the table. */
    static final String PROTOCOL = "Every KS cell of a corpus uses this calibration; the synthetic data of a "
                + "subject always comes from the calibration of the other fold.";

    private KsRhythmTable() {
    }

    /** The KS rhythm section. */
    static StudySection section(Map<String, CellResult> byId) {
        return body -> body.section(of(byId), PROTOCOL);
    }

    static Table of(Map<String, CellResult> byId) {
        List<List<String>> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CellResult r : byId.values()) {
            VerificationResult v = r.ok() ? r.result(VerificationResult.class) : null;
            // only KS cells carry the rhythm calibration
            String text = v == null ? null : v.ksRhythm();
            String corpus = r.param("corpus") + "~" + r.param("subjects");
            if (text == null || !seen.add(corpus)) {
                continue;
            }
            rows.add(List.of(r.param("corpus"), r.param("subjects"), text));
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Table("ks-rhythm.csv", "KS rhythm calibration (held out, 2 folds)",
                "How much of a writer's rhythm KS samples share (sigbench synth README, section KS): per fold, the "
                        + "intra-writer correlations measured by random-effects ANOVA of the real arc-time residuals, "
                        + "then lambda (the share of the gap to full consistency) by Brent on KS(refRef) + KS(refProbe) "
                        + "+ KS(random) + KS(probeOne), and for forgeries (lambda_f, c) by CMA-ES on KS(forgery) + "
                        + "KS(forgeryOne); the fitted values, objectives and what they were fitted on. No error rate "
                        + "enters any objective.",
                List.of("corpus", "subjects_limit", "calibration"), rows);
    }
}
