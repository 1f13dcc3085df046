package org.sigbench.bench.run;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A plain cell: its kind and parameters as strings (the scale study's tiles, test cells). The
 * study's cells are the typed records of {@code org.sigbench.bench.cells}.
 *
 * @param id      unique, path-like id ({@code [A-Za-z0-9._/~-]})
 * @param kind    study kind
 * @param params  the cell's parameters, sorted by name
 * @param context everything else the result depends on, sorted by name (see {@link Cell})
 */
public record MapCell(String id, String kind, SortedMap<String, String> params, SortedMap<String, String> context)
        implements Cell {

    public MapCell {
        Cell.checkId(id);
        Objects.requireNonNull(kind, "kind");
        params = new TreeMap<>(params);
        context = new TreeMap<>(context);
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
}
