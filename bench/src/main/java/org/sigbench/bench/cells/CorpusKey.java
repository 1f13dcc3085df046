package org.sigbench.bench.cells;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The corpus of a cell: a corpus name and how many of its first subjects the cell uses.
 *
 * @param name     corpus name
 * @param subjects the first N subjects, 0 = all
 */
public record CorpusKey(String name, int subjects) implements java.io.Serializable {
    public CorpusKey {
        Objects.requireNonNull(name, "name");
        if (subjects < 0) {
            throw new IllegalArgumentException("subjects must be >= 0, got " + subjects);
        }
    }

    /** The key in ids and caches: the name, or {@code <name>~N} for the first N subjects. */
    public String key() {
        return subjects == 0 ? name : name + "~" + subjects;
    }

    /** The parameters {@code corpus} and {@code subjects} of a cell on this corpus. */
    SortedMap<String, String> params() {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("corpus", name);
        p.put("subjects", Integer.toString(subjects));
        return p;
    }
}
