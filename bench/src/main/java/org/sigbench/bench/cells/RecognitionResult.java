package org.sigbench.bench.cells;

import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link RecognitionCell}: the DTW 1-NN accuracy of the condition and, where the
 * condition is judged against one, the baseline measured in the same cell.
 *
 * @param accuracy          accuracy of the condition with its 95 % Wilson interval
 * @param probes            probes classified
 * @param correct           summed per-probe scores (1 = correct)
 * @param references        references per probe
 * @param writers           writers (or participants) scored
 * @param source            for {@code ds} and {@code ks}: the accuracy of the real single samples
 *                          they were made from; else null
 * @param k1                for {@code k1-plus-*}: the accuracy of K = 1 alone; else null
 * @param referenceSubjects for the K = 1 conditions: the subjects with every label; else null
 * @param verification      the verification back end
 * @param perWriterAccuracy accuracy per writer
 */
public record RecognitionResult(Accuracy accuracy, int probes, double correct, int references, int writers,
                                Accuracy source, Accuracy k1, Integer referenceSubjects, String verification,
                                List<Double> perWriterAccuracy) implements StudyResult {
    public RecognitionResult {
        Objects.requireNonNull(accuracy, "accuracy");
        perWriterAccuracy = perWriterAccuracy == null ? List.of() : List.copyOf(perWriterAccuracy);
    }

    /**
     * An accuracy in percent with its 95 % Wilson score interval.
     *
     * @param value accuracy, 0-100
     * @param lo    lower end of the interval
     * @param hi    upper end of the interval
     */
    public record Accuracy(double value, double lo, double hi) implements java.io.Serializable {
    }
}
