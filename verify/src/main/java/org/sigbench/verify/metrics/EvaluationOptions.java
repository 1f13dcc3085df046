package org.sigbench.verify.metrics;

/**
 * Settings of {@link Evaluation}.
 *
 * @param bootstrapReplicates subject-bootstrap replicates for the EER interval (0 = no interval)
 * @param confidence          two-sided level of the percentile interval, such as 0.95
 * @param seed                seed of the bootstrap stream
 */
public record EvaluationOptions(int bootstrapReplicates, double confidence, long seed) {
    /** 1000 replicates, 95 %, seed 1. */
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(1000, 0.95, 1);

    public EvaluationOptions {
        if (bootstrapReplicates < 0) {
            throw new IllegalArgumentException("bootstrap replicates must be >= 0, got " + bootstrapReplicates);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
    }

    public EvaluationOptions withSeed(long s) {
        return new EvaluationOptions(bootstrapReplicates, confidence, s);
    }

    public EvaluationOptions withReplicates(int b) {
        return new EvaluationOptions(b, confidence, seed);
    }
}
