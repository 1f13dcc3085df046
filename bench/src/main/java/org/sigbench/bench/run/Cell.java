package org.sigbench.bench.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sigbench.datasets.random.Streams;

/**
 * One unit of benchmark work whose result is stored on its own: a study kind and its parameters
 * (corpus, variant, verifier, K, M, ...). The id is a readable path ({@code rvs/svc2004-task2/ds/dtw/k5})
 * and the file name of the result; {@link #hash()} fingerprints everything the result depends on,
 * so a resumed run reuses a stored result only when its configuration is unchanged.
 *
 * @param id      unique, path-like id ({@code [A-Za-z0-9._/~-]})
 * @param kind    study kind ({@code rvs}, {@code dup}, {@code air}, {@code realism}, {@code throughput})
 * @param params  the cell's parameters, sorted by name
 * @param context everything else the result depends on, sorted by name; hashed but not shown in
 *                tables: seed, bootstrap, the data fingerprint of its corpus, and from
 *                {@code io.CellConfiguration} the code fingerprints of the modules it depends on
 *                ({@code code.<module>}) and the canonical JSON of its option records
 *                ({@code options.<group>}); no hand-bumped version (see {@code Study})
 */
public record Cell(String id, String kind, SortedMap<String, String> params, SortedMap<String, String> context)
        implements java.io.Serializable {

    public Cell {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9._/~-]+") || id.contains("..") || id.startsWith("/")) {
            throw new IllegalArgumentException("bad cell id '" + id + "'");
        }
        Objects.requireNonNull(kind, "kind");
        params = new TreeMap<>(params);
        context = new TreeMap<>(context);
    }

    /** Builds a cell from unsorted maps. */
    public static Cell of(String id, String kind, Map<String, String> params, Map<String, String> context) {
        return new Cell(id, kind, new TreeMap<>(params), new TreeMap<>(context));
    }

    /** A parameter, or a clear error when it is missing. */
    public String param(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new IllegalArgumentException("cell " + id + " has no parameter '" + name + "'");
        }
        return v;
    }

    /** An integer parameter. */
    public int intParam(String name) {
        return Integer.parseInt(param(name));
    }

    /** SHA-256 (hex) of the kind, parameters and context in a canonical text form. */
    public String hash() {
        StringBuilder sb = new StringBuilder(kind).append('\n');
        params.forEach((k, v) -> sb.append("p:").append(k).append('=').append(v).append('\n'));
        context.forEach((k, v) -> sb.append("c:").append(k).append('=').append(v).append('\n'));
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A 64-bit stream id for this cell, from its id only (not the thread or the order it runs in),
     * to seed {@code org.sigbench.datasets.random.Streams.of(seed, streamId, index)}.
     */
    public long streamId() {
        return streamId(id);
    }

    /** A 64-bit stream id for any string key: {@link Streams#hash(String)} (FNV-1a 64 of its UTF-8 bytes). */
    public static long streamId(String key) {
        return Streams.hash(key);
    }
}
