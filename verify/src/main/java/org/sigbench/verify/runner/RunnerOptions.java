package org.sigbench.verify.runner;

/**
 * Settings of {@link ProtocolRunner}.
 *
 * @param threads worker threads (results do not depend on it)
 * @param folds   folds of the subject split for writer-independent verifiers (>= 2): subject i of
 *                the protocol (corpus order) is in fold {@code i mod folds}; each fold is evaluated by
 *                a verifier trained on the other folds, so every subject is evaluated exactly once
 * @param seed    training seed (fold f uses {@code seed + f})
 */
public record RunnerOptions(int threads, int folds, long seed) {
    public RunnerOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + folds);
        }
    }

    /** All cores, 2 folds, seed 1. */
    public static RunnerOptions defaults() {
        return new RunnerOptions(Runtime.getRuntime().availableProcessors(), 2, 1);
    }

    public RunnerOptions withThreads(int t) {
        return new RunnerOptions(t, folds, seed);
    }

    public RunnerOptions withSeed(long s) {
        return new RunnerOptions(threads, folds, s);
    }
}
