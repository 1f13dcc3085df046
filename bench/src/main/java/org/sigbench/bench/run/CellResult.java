package org.sigbench.bench.run;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stored result of one {@link Cell}: its typed result ({@link Payload}, a record per cell kind:
 * numbers, series, texts), a status and the time it took, with the configuration it was computed
 * with. Rates are percentages 0-100.
 *
 * @param id      the cell id
 * @param kind    the cell kind
 * @param hash    the cell's configuration hash when it was computed
 * @param params  the cell parameters
 * @param status  {@link #OK}, {@link #UNAVAILABLE} (a needed API or corpus is missing; the reason
 *                is in {@code message}) or {@link #FAILED}
 * @param message empty when OK, else the reason
 * @param seconds wall time of the computation
 * @param context the cell's context when it was computed (seed, data and code fingerprints,
 *                options: see {@link Cell}), kept so a stale result can say what changed
 * @param result  the typed result of the cell's kind; null when not OK
 */
public record CellResult(String id, String kind, String hash, SortedMap<String, String> params, String status,
                         String message, double seconds, SortedMap<String, String> context, Payload result)
        implements java.io.Serializable {
    public static final String OK = "ok";
    public static final String UNAVAILABLE = "unavailable";
    public static final String FAILED = "failed";

    public CellResult {
        Objects.requireNonNull(id, "id");
        if (!List.of(OK, UNAVAILABLE, FAILED).contains(status)) {
            throw new IllegalArgumentException("bad status " + status);
        }
        message = message == null ? "" : message;
        params = params == null ? new TreeMap<>() : new TreeMap<>(params);
        context = context == null ? new TreeMap<>() : new TreeMap<>(context);
    }

    public boolean ok() {
        return OK.equals(status);
    }

    /** The typed result when it is of the given record, else null. */
    public <T extends Payload> T result(Class<T> type) {
        return type.isInstance(result) ? type.cast(result) : null;
    }

    /** A parameter, or "" when absent. */
    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** Equal when everything but the seconds it took is equal (results do not depend on timing). */
    @Override
    public boolean equals(Object o) {
        return o instanceof CellResult r && id.equals(r.id) && kind.equals(r.kind) && hash.equals(r.hash)
                && params.equals(r.params) && status.equals(r.status) && message.equals(r.message)
                && context.equals(r.context) && Objects.equals(result, r.result);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, hash, status, result);
    }

    /** Collects the typed result of one cell computation. Not thread-safe. */
    public static final class Builder {
        private Payload result;

        /** The typed result of the cell. */
        public Builder result(Payload r) {
            result = r;
            return this;
        }

        public CellResult build(Cell cell, String status, String message, double seconds) {
            return new CellResult(cell.id(), cell.kind(), cell.hash(), cell.params(), status, message, seconds,
                    cell.context(), OK.equals(status) ? result : null);
        }
    }
}
