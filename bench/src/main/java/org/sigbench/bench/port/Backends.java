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

    /** The option records of the synthesis back end ({@link SynthBackend#options()}), hashed into the cells that synthesise. */
    public static java.util.Map<String, Object> synthesisOptions() {
        return SynthBackend.options();
    }

    /** The option records of the verification back end for a verifier name or null ({@link VerifyBackend#options}). */
    public static java.util.Map<String, Object> verificationOptions(String verifier) {
        return VerifyBackend.options(verifier);
    }

    /** The verification back end. */
    public static Verification verification(int threads) {
        return new VerifyBackend(threads);
    }
}
