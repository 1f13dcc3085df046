package org.sigbench.synth.fs;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Small random draws used by the synthesis code; the generator is always passed in. */
public final class Draw {
    private Draw() {
    }

    /** Standard normal. */
    public static double gauss(UniformRandomProvider rng) {
        return ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }

    /** Uniform in [a, b). */
    public static double uniform(UniformRandomProvider rng, double a, double b) {
        return a + (b - a) * rng.nextDouble();
    }

    /** Standard normal clipped to [-c, c]. */
    public static double clippedGauss(UniformRandomProvider rng, double c) {
        double e = gauss(rng);
        return Math.max(-c, Math.min(c, e));
    }
}
