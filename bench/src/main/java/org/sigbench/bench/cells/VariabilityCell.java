package org.sigbench.bench.cells;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code variability/<corpus>}: the DS variability estimated from a real corpus and the synthesis
 * calibration of its two folds.
 *
 * @param corpus  the real corpus
 * @param context seed, data, code and option fingerprints (see {@link org.sigbench.bench.run.Cell})
 */
public record VariabilityCell(CorpusKey corpus, SortedMap<String, String> context) implements StudyCell {
    public static final String KIND = "variability";

    public VariabilityCell {
        context = new TreeMap<>(context);
    }

    @Override
    public String id() {
        return KIND + "/" + corpus.key();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SortedMap<String, String> params() {
        return corpus.params();
    }

    @Override
    public boolean usesSynthesis() {
        return true;
    }
}
