package org.sigbench.bench.perceive;

import java.util.Set;

/**
 * One trial of a test, as the manifest (server side only) records it.
 *
 * @param id      opaque id (what the browser sees)
 * @param variant {@code real}, or the synthetic variant ({@code fs}, {@code ds}, {@code ks})
 * @param source  where the sample came from (real sample id, or what it was made from)
 */
public record TrialSpec(String id, String variant, String source) {
    /** The variant of real samples. */
    public static final String REAL = "real";
    /** Synthetic variants a test may use. */
    public static final Set<String> SYNTHETIC = Set.of("fs", "ds", "ks");

    public TrialSpec {
        if (id == null || !TestFolder.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("trial id '" + id + "' is not 16 lowercase hex digits");
        }
        if (!REAL.equals(variant) && !SYNTHETIC.contains(variant)) {
            throw new IllegalArgumentException("trial " + id + ": unknown variant '" + variant + "'");
        }
    }

    public boolean real() {
        return REAL.equals(variant);
    }
}
