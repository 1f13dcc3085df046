package org.sigbench.bench.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellResult;

/**
 * The work folder of a run: one JSON file per cell result under {@code <out>/cells/}, written
 * atomically as soon as the cell is done. A stored result is reused only when it is OK and its
 * hash equals the cell's current {@link Cell#hash()}; anything else (missing, failed, stale,
 * unreadable) is recomputed.
 */
public final class CellStore {
    private final Path dir;

    public CellStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The file of a cell result. */
    public Path file(String cellId) {
        return dir.resolve(cellId + ".json");
    }

    /** The stored result of the cell when it is reusable. */
    public Optional<CellResult> reusable(Cell cell) {
        Optional<CellResult> r = read(cell.id());
        return r.filter(x -> x.ok() && x.hash().equals(cell.hash()));
    }

    /** The stored result, whatever its status or hash; empty when absent or unreadable. */
    public Optional<CellResult> read(String cellId) {
        Path f = file(cellId);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SuiteReader.mapper().readValue(f.toFile(), CellResult.class));
        } catch (IOException e) {
            // a torn or foreign file: recompute rather than fail (writes are atomic, so this is rare)
            return Optional.empty();
        }
    }

    /** Stores a result atomically. */
    public void save(CellResult r) {
        try {
            AtomicFiles.write(file(r.id()), SuiteReader.mapper().writeValueAsBytes(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
