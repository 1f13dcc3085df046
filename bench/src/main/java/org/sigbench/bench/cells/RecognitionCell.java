package org.sigbench.bench.cells;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sigbench.bench.suite.Condition;

/**
 * {@code air/<condition>} or {@code gesture/<condition>}: one condition of a recognition study
 * (air-writing digits, mid-air gestures): DTW 1-NN, leave one writer out, with real, synthetic or
 * mixed references.
 *
 * @param task         air-writing or gestures (the kind and id prefix)
 * @param corpus       the real corpus
 * @param condition    the condition (its token in the id: {@code real}, {@code k1-plus-ds}, ...)
 * @param perReference synthetic samples made per real reference
 * @param band         the DTW band
 * @param context      seed, data, code and option fingerprints (see {@link org.sigbench.bench.run.Cell})
 */
public record RecognitionCell(Task task, CorpusKey corpus, Condition condition, int perReference, double band,
                              SortedMap<String, String> context) implements StudyCell {

    /** The recognition studies. */
    public enum Task {
        /** Air-writing digits. */
        AIR,
        /** Mid-air gestures. */
        GESTURE;

        /** The kind and id prefix: {@code air}, {@code gesture}. */
        public String token() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RecognitionCell {
        context = new TreeMap<>(context);
    }

    @Override
    public String id() {
        return id(task, condition);
    }

    /** The id of the cell of a task and condition. */
    public static String id(Task task, Condition condition) {
        return task.token() + "/" + condition.token();
    }

    @Override
    public String kind() {
        return task.token();
    }

    @Override
    public SortedMap<String, String> params() {
        return corpus.params("condition", condition.token(), "perReference", Integer.toString(perReference), "band",
                Double.toString(band));
    }

    @Override
    public boolean usesSynthesis() {
        return condition.synthesises();
    }
}
