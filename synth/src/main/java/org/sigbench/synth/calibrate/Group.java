package org.sigbench.synth.calibrate;

import java.util.List;
import org.sigbench.datasets.Signature;

/**
 * One subject's samples as the calibration sees them, in the corpus order (the first genuine
 * samples are the references).
 *
 * @param genuine   genuine samples, at least 3 to be used
 * @param forgeries skilled forgeries of the subject (may be empty)
 */
public record Group(List<Signature> genuine, List<Signature> forgeries) {
    public Group {
        genuine = List.copyOf(genuine);
        forgeries = List.copyOf(forgeries);
    }
}
