package org.sigbench.bench.run;

import java.util.List;
import java.util.Optional;

/**
 * Where a {@link Runner} keeps cell results so a run can resume: the seam between running cells and
 * storing them ({@code io.CellStore} keeps them as checksummed JSON files). Defined here, next to its
 * user, so that {@code run} does not depend on {@code io}.
 */
public interface ResultStore {
    /** The stored result of the cell when it can be reused (OK and computed for the cell's current hash). */
    Optional<CellResult> reusable(Cell cell);

    /** Stores a result (atomically: a reader sees the old one or the whole new one). */
    void save(CellResult r);

    /** Stored results refused so far and why, one line each, for the user. */
    List<String> notes();
}
