package org.sigbench.bench.cells;

import java.util.Objects;

/**
 * The result of a {@link DuplicatesCell}: the protocol's error rates with the extra references.
 *
 * @param protocol what the protocol measured
 * @param realRefs K, the real references per subject
 * @param enrolled references enrolled per subject (the mean for an oracle cell)
 */
public record DuplicatesResult(ProtocolStats protocol, int realRefs, double enrolled) implements StudyResult {
    public DuplicatesResult {
        Objects.requireNonNull(protocol, "protocol");
    }
}
