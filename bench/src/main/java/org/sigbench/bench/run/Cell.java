package org.sigbench.bench.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sigbench.datasets.random.Streams;

/**
 * One unit of benchmark work whose result is stored on its own: a study kind and its parameters
 * (corpus, variant, verifier, K, M, ...). The id is a readable path ({@code rvs/svc2004-task2/ds/dtw/k5})
 * and the file name of the result; {@link #hash()} fingerprints everything the result depends on,
 * so a resumed run reuses a stored result only when its configuration is unchanged. The study's
 * cells are the typed records of {@code org.sigbench.bench.cells}; {@link #of} makes a plain one
 * (the scale study, tests).
 *
 * <p>{@link #params()} are the cell's parameters as shown and hashed, sorted by name;
 * {@link #context()} is everything else the result depends on, sorted by name; hashed but not shown
 * in tables: seed, bootstrap, the data fingerprint of its corpus, and from
 * {@code io.CellConfiguration} the code fingerprints of the modules it depends on
 * ({@code code.<module>}) and the canonical JSON of its option records ({@code options.<group>});
 * no hand-bumped version (see {@code study.Study}).
 */
public interface Cell extends java.io.Serializable {
    /** The unique, path-like id ({@code [A-Za-z0-9._/~-]}). */
    String id();

    /** The study kind ({@code rvs}, {@code dup}, {@code air}, {@code realism}, {@code throughput}, ...). */
    String kind();

    /** The cell's parameters, sorted by name. */
    SortedMap<String, String> params();

    /** Everything else the result depends on, sorted by name (see the type's comment). */
    SortedMap<String, String> context();

    /** Builds a plain cell from unsorted maps. */
    static Cell of(String id, String kind, Map<String, String> params, Map<String, String> context) {
        return new MapCell(id, kind, new TreeMap<>(params), new TreeMap<>(context));
    }

    /** Parameters from name, value pairs, sorted by name. */
    static SortedMap<String, String> params(String... nameValue) {
        if (nameValue.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name, value pairs");
        }
        SortedMap<String, String> p = new TreeMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            p.put(nameValue[i], nameValue[i + 1]);
        }
        return p;
    }

    /** The id, or a clear error when it is not a safe relative path. */
    static String checkId(String id) {
        java.util.Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9._/~-]+") || id.contains("..") || id.startsWith("/")) {
            throw new IllegalArgumentException("bad cell id '" + id + "'");
        }
        return id;
    }

    /**
     * Whether the cell runs alone, after all others, so nothing competes for the cores (timing
     * measurements); false by default.
     */
    default boolean exclusive() {
        return false;
    }

    /** SHA-256 (hex) of the kind, parameters and context in a canonical text form. */
    default String hash() {
        StringBuilder sb = new StringBuilder(kind()).append('\n');
        params().forEach((k, v) -> sb.append("p:").append(k).append('=').append(v).append('\n'));
        context().forEach((k, v) -> sb.append("c:").append(k).append('=').append(v).append('\n'));
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The configuration the {@link #hash()} covers as canonical JSON (sorted keys, one line):
     * {@code {"context": {...}, "kind": ..., "params": {...}}}.
     */
    default String configuration() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind());
        m.put("params", params());
        m.put("context", context());
        try {
            return Canonical.MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cell " + id() + " cannot be written as JSON", e);
        }
    }

    /**
     * A 64-bit stream id for this cell, from its id only (not the thread or the order it runs in),
     * to seed {@code org.sigbench.datasets.random.Streams.of(seed, streamId, index)}.
     */
    default long streamId() {
        return streamId(id());
    }

    /** A 64-bit stream id for any string key: {@link Streams#hash(String)} (FNV-1a 64 of its UTF-8 bytes). */
    static long streamId(String key) {
        return Streams.hash(key);
    }

    /** The mapper of {@link #configuration()}. */
    final class Canonical {
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

        private Canonical() {
        }
    }
}
