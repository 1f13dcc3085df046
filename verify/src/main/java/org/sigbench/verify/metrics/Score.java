package org.sigbench.verify.metrics;

import java.util.Objects;

/**
 * One comparison: a probe scored against the model enrolled for {@code referenceSubject}.
 *
 * @param referenceSubject subject whose references were enrolled (the claimed identity)
 * @param probeSubject     subject who wrote the probe; for a skilled forgery the subject it
 *                         imitates is the reference subject and the forger is unknown
 * @param probeId          sample id of the probe
 * @param kind             genuine, skilled or random
 * @param score            similarity, higher = more genuine; never NaN
 */
public record Score(String referenceSubject, String probeSubject, String probeId, ProbeKind kind, double score) {
    public Score {
        Objects.requireNonNull(referenceSubject, "referenceSubject");
        Objects.requireNonNull(probeSubject, "probeSubject");
        Objects.requireNonNull(probeId, "probeId");
        Objects.requireNonNull(kind, "kind");
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score of probe " + probeId + " against " + referenceSubject + " is NaN");
        }
        if (kind == ProbeKind.GENUINE && !probeSubject.equals(referenceSubject)) {
            throw new IllegalArgumentException("genuine probe " + probeId + " belongs to " + probeSubject
                    + ", not to " + referenceSubject);
        }
        if (kind == ProbeKind.RANDOM && probeSubject.equals(referenceSubject)) {
            throw new IllegalArgumentException("random-forgery probe " + probeId + " belongs to the reference subject "
                    + referenceSubject);
        }
    }
}
