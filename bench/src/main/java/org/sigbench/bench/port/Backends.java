package org.sigbench.bench.port;

/**
 * The back ends of a run: the adapters to the synth and verify modules ({@link SynthBackend},
 * {@link VerifyBackend}).
 */
public final class Backends {
    private Backends() {
    }

    /** The synthesis back end. */
    public static Synthesis synthesis(int threads) {
        return new SynthBackend(threads);
    }

    /** The verification back end. */
    public static Verification verification(int threads) {
        return new VerifyBackend(threads);
    }
}
