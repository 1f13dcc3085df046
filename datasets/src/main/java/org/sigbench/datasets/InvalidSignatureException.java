package org.sigbench.datasets;

/**
 * A signature's values break an invariant. {@link #sampleIndex()} tells readers which sample
 * (0-based) is at fault so that they can name the line of the file.
 */
public final class InvalidSignatureException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int sampleIndex;

    public InvalidSignatureException(String message, int sampleIndex) {
        super(message);
        this.sampleIndex = sampleIndex;
    }

    /** 0-based index of the offending sample, or -1 when the fault is not tied to one sample. */
    public int sampleIndex() {
        return sampleIndex;
    }
}
