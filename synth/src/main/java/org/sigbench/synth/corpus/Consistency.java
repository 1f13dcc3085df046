package org.sigbench.synth.corpus;

import org.sigbench.synth.ds.DsOptions;

/**
 * How consistent an FS identity is across its genuine samples, beyond its duplicate level
 * ({@link GeneratorOptions#ds()}): its sessions. (A spread of consistency between identities, a
 * per-identity level factor with a log-sd measured from the spread over subjects of their median
 * genuine distance, was tried and removed: on 20 subjects the estimate came out 0.46 on one half of
 * svc2004 and 0 on the other, and the held-out skilled EERs moved 5-10 points away from the real ones.)
 *
 * @param sessionLevel level ({@link DsOptions#withLevel}) of a session's plan about the identity's
 *                     plan ({@code Duplicator.perturbPlan}): when above 0, an identity's genuine
 *                     samples fall into two sessions (the first {@code ceil(genuine / 2)} samples,
 *                     then the rest) whose samples share their session's plan; 0: one session
 */
public record Consistency(double sessionLevel) {
    /** One session. */
    public static final Consistency NONE = new Consistency(0);

    public Consistency {
        if (!(sessionLevel >= 0 && sessionLevel <= DsOptions.maxLevel())) {
            throw new IllegalArgumentException("sessionLevel must lie in [0, " + DsOptions.maxLevel() + "], got "
                    + sessionLevel);
        }
    }
}
