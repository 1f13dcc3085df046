package org.sigbench.bench.perceive;

/** A request the server refuses: HTTP status and a short message for the client. */
public final class BadRequest extends RuntimeException {
    private final int status;

    public BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
