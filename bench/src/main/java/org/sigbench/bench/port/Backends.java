package org.sigbench.bench.port;

/**
 * Chooses the back ends: the adapters to the synth/extract and verify modules when their APIs are
 * present in this build, else {@code null} synthesis (synthetic cells are reported as unavailable)
 * and the {@link FallbackVerification}.
 */
public final class Backends {
    private Backends() {
    }

    /** The synthesis back end, or null when the synth module offers none. */
    public static Synthesis synthesis() {
        return null;
    }

    /** The verification back end. */
    public static Verification verification() {
        return new FallbackVerification();
    }
}
