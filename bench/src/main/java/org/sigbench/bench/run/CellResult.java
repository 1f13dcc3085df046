package org.sigbench.bench.run;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stored result of one {@link Cell}: named numbers ({@code values}), named series (DET points,
 * feature samples for distribution plots), named texts (what was estimated, which API computed
 * it), a status and the time it took. Rates are percentages 0-100.
 *
 * @param id      the cell id
 * @param kind    the cell kind
 * @param hash    the cell's configuration hash when it was computed
 * @param params  the cell parameters
 * @param status  {@link #OK}, {@link #UNAVAILABLE} (a needed API or corpus is missing; the reason
 *                is in {@code message}) or {@link #FAILED}
 * @param message empty when OK, else the reason
 * @param values  named numbers
 * @param series  named arrays
 * @param texts   named texts
 * @param seconds wall time of the computation
 * @param context the cell's context when it was computed (seed, data and code fingerprints,
 *                options: see {@link Cell}), kept so a stale result can say what changed
 * @param result  the typed result of the cell's kind; null when not OK
 */
public record CellResult(String id, String kind, String hash, SortedMap<String, String> params, String status,
                         String message, SortedMap<String, Double> values, SortedMap<String, double[]> series,
                         SortedMap<String, String> texts, double seconds, SortedMap<String, String> context,
                         Payload result)
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
        values = values == null ? new TreeMap<>() : new TreeMap<>(values);
        series = series == null ? new TreeMap<>() : new TreeMap<>(series);
        texts = texts == null ? new TreeMap<>() : new TreeMap<>(texts);
        context = context == null ? new TreeMap<>() : new TreeMap<>(context);
    }

    /** A result without a recorded context. */
    public CellResult(String id, String kind, String hash, SortedMap<String, String> params, String status,
                      String message, SortedMap<String, Double> values, SortedMap<String, double[]> series,
                      SortedMap<String, String> texts, double seconds) {
        this(id, kind, hash, params, status, message, values, series, texts, seconds, null, null);
    }

    /** The typed result when it is of the given record, else null. */
    public <T extends Payload> T result(Class<T> type) {
        return type.isInstance(result) ? type.cast(result) : null;
    }

    public boolean ok() {
        return OK.equals(status);
    }

    /** A value, or NaN when absent. */
    public double value(String name) {
        Double v = values.get(name);
        return v == null ? Double.NaN : v;
    }

    /** A series, or an empty array when absent. */
    public double[] seriesOrEmpty(String name) {
        double[] s = series.get(name);
        return s == null ? new double[0] : s.clone();
    }

    /** A text, or "" when absent. */
    public String text(String name) {
        return texts.getOrDefault(name, "");
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** Accumulates the outputs of one cell computation. Not thread-safe. */
    public static final class Builder {
        private final SortedMap<String, Double> values = new TreeMap<>();
        private final SortedMap<String, double[]> series = new TreeMap<>();
        private final SortedMap<String, String> texts = new TreeMap<>();
        private Payload result;

        /** The typed result of the cell. */
        public Builder result(Payload r) {
            result = r;
            return this;
        }

        public Builder value(String name, double v) {
            values.put(name, v);
            return this;
        }

        public Builder series(String name, double[] s) {
            series.put(name, s.clone());
            return this;
        }

        public Builder text(String name, String s) {
            texts.put(name, s);
            return this;
        }

        /** Copies every entry of another result (used when a cell nests another's numbers). */
        public Builder values(Map<String, Double> m, String prefix) {
            m.forEach((k, v) -> values.put(prefix + k, v));
            return this;
        }

        public CellResult build(Cell cell, String status, String message, double seconds) {
            return new CellResult(cell.id(), cell.kind(), cell.hash(), cell.params(), status, message, values,
                    series, texts, seconds, cell.context(), result);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CellResult r)) {
            return false;
        }
        if (!(id.equals(r.id) && kind.equals(r.kind) && hash.equals(r.hash) && params.equals(r.params)
                && status.equals(r.status) && message.equals(r.message) && values.equals(r.values)
                && texts.equals(r.texts) && context.equals(r.context) && Objects.equals(result, r.result) && series.keySet().equals(r.series.keySet()))) {
            return false;
        }
        for (String k : series.keySet()) {
            if (!Arrays.equals(series.get(k), r.series.get(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, hash, status, values);
    }
}
