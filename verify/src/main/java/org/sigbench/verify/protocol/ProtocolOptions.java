package org.sigbench.verify.protocol;

/**
 * Settings of {@link Protocol}.
 *
 * @param references     K, the number of genuine references per subject (the first K genuine samples
 *                       in corpus order, i.e. by repetition)
 * @param randomProbeIndex which genuine sample of every other subject is the random-forgery probe
 *                       (0-based index among that subject's genuine samples; default 0, the first;
 *                       a subject with fewer samples gives its last one)
 */
public record ProtocolOptions(int references, int randomProbeIndex) {
    public ProtocolOptions {
        if (references < 1) {
            throw new IllegalArgumentException("at least one reference is needed, got " + references);
        }
        if (randomProbeIndex < 0) {
            throw new IllegalArgumentException("random probe index must be >= 0, got " + randomProbeIndex);
        }
    }

    /** K references, random probes = first genuine sample of every other subject. */
    public static ProtocolOptions of(int references) {
        return new ProtocolOptions(references, 0);
    }
}
