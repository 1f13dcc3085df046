package org.sigbench.bench.cells;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code air/<condition>} or {@code gesture/<condition>}: one condition of a recognition study
 * (air-writing digits, mid-air gestures): DTW 1-NN, leave one writer out, with real, synthetic or
 * mixed references.
 *
 * @param task         air-writing or gestures (the kind and id prefix)
 * @param corpus       the real corpus
 * @param condition    the condition ({@code real}, {@code k1-plus-ds}, ...; see {@code suite.Suite.Recognition})
 * @param perReference synthetic samples made per real reference
 * @param band         the DTW band
 * @param context      seed, data, code and option fingerprints (see {@link org.sigbench.bench.run.Cell})
 */
public record RecognitionCell(Task task, CorpusKey corpus, String condition, int perReference, double band,
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
    public static String id(Task task, String condition) {
        return task.token() + "/" + condition;
    }

    @Override
    public String kind() {
        return task.token();
    }

    @Override
    public SortedMap<String, String> params() {
        return corpus.params("condition", condition, "perReference", Integer.toString(perReference), "band",
                Double.toString(band));
    }

    @Override
    public boolean usesSynthesis() {
        return synthesises(condition);
    }

    /** Whether a condition makes synthetic samples (all but {@code real}, {@code real-single} and {@code k1}). */
    public static boolean synthesises(String condition) {
        return !List.of("real", "real-single", "k1").contains(condition);
    }
}
