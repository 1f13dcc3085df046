package org.sigbench.verify.verifier;

import java.util.List;
import org.sigbench.datasets.Signature;

/**
 * Enrols references and scores probes. Implementations are thread-safe: {@link #enrol} and
 * {@link Model#score} may be called from many threads at once, and give the same values whatever
 * the thread count.
 */
public interface Verifier {
    /** Short name, such as {@code dtw}. */
    String name();

    /** A model of one subject from its reference signatures (at least one). */
    Model enrol(List<Signature> references);

    /**
     * A model of one subject from its real references (at least one) and extra references made from
     * them, such as synthetic duplicates ("training with duplicates"). A verifier may use the two
     * apart, for example templates from both but a score scale from the real ones only. Default:
     * {@link #enrol(List)} of the real references followed by the duplicates, so that without
     * duplicates both methods give the same model.
     */
    default Model enrol(List<Signature> references, List<Signature> duplicates) {
        if (duplicates.isEmpty()) {
            return enrol(references);
        }
        List<Signature> all = new java.util.ArrayList<>(references);
        all.addAll(duplicates);
        return enrol(all);
    }

    /** An enrolled subject. */
    interface Model {
        /** Similarity of a probe to the enrolled references: higher = more genuine; never NaN. */
        double score(Signature probe);

        /**
         * Scores of many probes, {@code out[i] = score(probes.get(i))} bit for bit; a model may
         * override it to compute the probes together (for example many DTW pairs at once).
         */
        default double[] scores(List<Signature> probes) {
            double[] out = new double[probes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = score(probes.get(i));
            }
            return out;
        }
    }
}
