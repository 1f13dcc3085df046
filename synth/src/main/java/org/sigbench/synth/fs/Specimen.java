package org.sigbench.synth.fs;

import org.sigbench.synth.model.SigmaLognormal;

/**
 * A movement ready to be sampled: the Sigma-Lognormal strokes and the pen flag of each stroke
 * (stroke j of {@code movement.strokes()} has {@code pen[j]}).
 */
public record Specimen(int dims, SigmaLognormal movement, boolean[] pen) {
    public Specimen {
        if (pen.length != movement.strokes().size()) {
            throw new IllegalArgumentException("one pen flag per stroke: " + pen.length + " flags, "
                    + movement.strokes().size() + " strokes");
        }
    }

    /** The plan executed as planned. */
    public static Specimen of(Plan p) {
        return new Specimen(p.dims(), p.toMovement(), p.pen().clone());
    }
}
