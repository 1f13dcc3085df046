package org.sigbench.verify.io;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.verify.metrics.ErrorCurve;
import org.sigbench.verify.metrics.ProbeKind;

/**
 * ROC/DET points as CSV, one row per operating point and impostor kind:
 * {@code impostor,threshold,fmr,fnmr,det_fmr,det_fnmr}. Rates are percentages; the DET columns are
 * the normal deviates probit(rate) (empty where the rate is 0 or 100 %, which lie at infinity on a
 * DET plot). Accept when score >= threshold; the first row of a kind has threshold {@code Infinity}.
 */
public final class CurveFile {
    /** CSV header. */
    public static final String HEADER = "impostor,threshold,fmr,fnmr,det_fmr,det_fnmr";

    private CurveFile() {
    }

    /** Writes atomically ({@link AtomicFiles}: temporary file, then a move). */
    public static void write(Path file, Map<ProbeKind, ErrorCurve> curves) {
        NormalDistribution nd = new NormalDistribution(null, 0, 1);
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        curves.forEach((kind, c) -> {
            for (ErrorCurve.Point p : c.points()) {
                b.append(kind.token()).append(',').append(p.threshold()).append(',').append(100 * p.fmr()).append(',')
                        .append(100 * p.fnmr()).append(',').append(probit(nd, p.fmr())).append(',')
                        .append(probit(nd, p.fnmr())).append('\n');
            }
        });
        AtomicFiles.write(file, b.toString());
    }

    private static String probit(NormalDistribution nd, double r) {
        return r > 0 && r < 1 ? Double.toString(nd.inverseCumulativeProbability(r)) : "";
    }
}
