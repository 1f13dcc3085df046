package org.sigbench.bench.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.run.ResultStore;
import org.sigbench.datasets.io.AtomicFiles;

/**
 * The work folder of a run: one JSON file per cell result under {@code <out>/cells/}, written
 * atomically as soon as the cell is done. Each file is {@code {"sha256": ..., "cell": {...}}}: the
 * SHA-256 of the cell's canonical JSON, so an edited or truncated file is detected. A stored result
 * is reused only when it is OK, its checksum holds and its hash equals the cell's current
 * {@link Cell#hash()} (which covers the data, code and option fingerprints, see
 * {@code org.sigbench.bench.study.Study}); anything else (missing, failed, stale, edited,
 * truncated, unreadable, or of an older format) is recomputed, and {@link #notes()} says which stored
 * files were refused and why (for a stale one, which parameters or context entries changed, such as
 * {@code code.synth}). The typed result inside ({@link CellResult#result()}) names its record class, so a
 * file whose record changed shape fails to read and is computed again.
 */
public final class CellStore implements ResultStore {
    /** Cells hold any double (NaN and infinities included), so they use a plain mapper, not the suites' strict one. */
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper
            .builder().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private final Path dir;
    private final List<String> notes = new ArrayList<>();

    public CellStore(Path dir) {
        this.dir = dir;
    }

    /** The envelope of a stored cell. */
    record Stored(String sha256, CellResult cell) {
    }

    public Path dir() {
        return dir;
    }

    /** The file of a cell result. */
    public Path file(String cellId) {
        return dir.resolve(cellId + ".json");
    }

    /**
     * The stored result of the cell when it is reusable. A stored OK result computed with another
     * configuration (its hash differs: parameters, seed, data, code or options) is refused with a
     * note naming what changed; a stored failed or unavailable result is simply computed again.
     */
    @Override
    public Optional<CellResult> reusable(Cell cell) {
        Optional<CellResult> r = read(cell.id()).filter(CellResult::ok);
        if (r.isPresent() && !r.get().hash().equals(cell.hash())) {
            note(cell.id(), "was computed with another configuration (" + changes(r.get(), cell) + ")");
            return Optional.empty();
        }
        return r;
    }

    /** What differs between a stored result's configuration and the cell's: parameter and context names. */
    private static String changes(CellResult stored, Cell cell) {
        if (stored.context().isEmpty()) {
            return "recorded before configurations were stored";
        }
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        if (!stored.kind().equals(cell.kind())) {
            names.add("kind");
        }
        differing(stored.params(), cell.params(), names);
        differing(stored.context(), cell.context(), names);
        return names.isEmpty() ? "hash differs" : "changed: " + String.join(", ", names);
    }

    private static void differing(java.util.Map<String, String> a, java.util.Map<String, String> b,
                                  java.util.Set<String> names) {
        java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(a.get(k), b.get(k))) {
                names.add(k);
            }
        }
    }

    /** Stored files refused so far (edited, truncated, unreadable), one line each, for the user. */
    @Override
    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    private synchronized void note(String cellId, String why) {
        notes.add("cell " + cellId + ": stored result " + why + "; recomputed");
    }

    /** The stored result, whatever its status or hash; empty when absent, unreadable or failing its checksum. */
    public Optional<CellResult> read(String cellId) {
        Path f = file(cellId);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode tree = MAPPER.readTree(f.toFile());
            if (tree == null || !tree.has("sha256") || !tree.has("cell")) {
                note(cellId, "has no checksum (older format or foreign file)");
                return Optional.empty();
            }
            if (tree.get("cell").isObject() && !tree.get("cell").has("context")) {
                // written before cells stored their configuration: its checksum covers another form
                note(cellId, "was recorded before configurations were stored");
                return Optional.empty();
            }
            if (tree.get("cell").isObject() && tree.get("cell").has("values")) {
                // written before results were typed records: named numbers, series and texts
                note(cellId, "was recorded before results were typed records");
                return Optional.empty();
            }
            Stored s = MAPPER.treeToValue(tree, Stored.class);
            if (s.cell() == null || !sha256(canonical(s.cell())).equals(s.sha256())) {
                note(cellId, "fails its checksum (edited or damaged)");
                return Optional.empty();
            }
            return Optional.of(s.cell());
        } catch (IOException | IllegalArgumentException e) {
            note(cellId, "is unreadable (truncated or not JSON)");
            return Optional.empty();
        }
    }

    /** Stores a result atomically, with its checksum. */
    @Override
    public void save(CellResult r) {
        try {
            Stored s = new Stored(sha256(canonical(r)), r);
            AtomicFiles.write(file(r.id()), MAPPER.writeValueAsBytes(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] canonical(CellResult r) throws IOException {
        return MAPPER.writeValueAsBytes(r);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
