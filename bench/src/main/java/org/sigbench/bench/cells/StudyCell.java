package org.sigbench.bench.cells;

import org.sigbench.bench.run.Cell;

/**
 * A cell of the study, one record per kind: each owns its id (the same strings as the stored cells
 * and reports have always used), its kind, the parameters its {@link Cell#hash()} covers and its
 * context (seed, data, code and option fingerprints, built by {@code study.Study}).
 */
public sealed interface StudyCell extends Cell
        permits VariabilityCell, VerificationCell, DuplicatesCell, RecognitionCell, RealismCell, ThroughputCell {

    /** Whether the result depends on the synthesis back end (then its code and options are hashed). */
    boolean usesSynthesis();
}
