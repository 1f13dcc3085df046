package org.sigbench.bench.cells;

import java.util.Objects;
import java.util.SortedMap;
import org.sigbench.bench.run.Cell;

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

    /** The parameters {@code corpus} and {@code subjects} of a cell on this corpus, and the given name, value pairs. */
    SortedMap<String, String> params(String... nameValue) {
        SortedMap<String, String> p = Cell.params(nameValue);
        p.put("corpus", name);
        p.put("subjects", Integer.toString(subjects));
        return p;
    }
}
