package org.sigbench.bench.cells;

import java.util.Objects;

/**
 * The result of a {@link VerificationCell}: the protocol's error rates on the real corpus or one of
 * its synthetic variants.
 *
 * @param protocol  what the protocol measured
 * @param synthesis the synthesis back end, "" for the real corpus
 * @param ksRhythm  for a KS cell, the KS rhythm calibration of both folds; else null
 */
public record VerificationResult(ProtocolStats protocol, String synthesis, String ksRhythm) implements StudyResult {
    public VerificationResult {
        Objects.requireNonNull(protocol, "protocol");
        synthesis = synthesis == null ? "" : synthesis;
    }
}
