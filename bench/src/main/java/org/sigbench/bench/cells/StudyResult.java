package org.sigbench.bench.cells;

import org.sigbench.bench.run.Payload;

/** The typed result of a {@link StudyCell}: one record per cell kind, stored as JSON in the cell store. */
public sealed interface StudyResult extends Payload
        permits VariabilityResult, VerificationResult, DuplicatesResult, RecognitionResult, RealismResult, ThroughputResult {
}
