package org.sigbench.synth.corpus;

import org.sigbench.synth.ds.DsOptions;

/**
 * How consistent an FS identity is across its genuine samples, beyond its duplicate level
 * ({@link GeneratorOptions#ds()}).
 *
 * @param sessionLevel level ({@link DsOptions#withLevel}) of a session's plan about the identity's
 *                     plan ({@code Duplicator.perturbPlan}): when above 0, an identity's genuine
 *                     samples fall into two sessions (the first {@code ceil(genuine / 2)} samples,
 *                     then the rest) whose samples share their session's plan; 0: one session
 * @param writerSd     log-sd of an identity's consistency: its duplicate and session levels are
 *                     times {@code exp(N(0, writerSd^2))}, drawn once per identity (capped at the
 *                     largest level); 0: every identity equally consistent
 */
public record Consistency(double sessionLevel, double writerSd) {
    /** One session, every identity alike. */
    public static final Consistency NONE = new Consistency(0, 0);

    public Consistency {
        if (!(sessionLevel >= 0 && sessionLevel <= DsOptions.maxLevel())) {
            throw new IllegalArgumentException("sessionLevel must lie in [0, " + DsOptions.maxLevel() + "], got "
                    + sessionLevel);
        }
        if (!(writerSd >= 0) || !Double.isFinite(writerSd)) {
            throw new IllegalArgumentException("writerSd must be finite and >= 0, got " + writerSd);
        }
    }
}
