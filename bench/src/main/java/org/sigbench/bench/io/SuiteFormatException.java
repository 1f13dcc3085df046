package org.sigbench.bench.io;

import org.sigbench.datasets.io.StrictNumbers;

/**
 * A suite file is malformed. The message reads {@code <file>:<line>: <reason>}, or
 * {@code <file>: field <path>: <reason>} when the fault is a value whose line is not known; it is cut
 * to a bounded length and never carries JDK exception text.
 */
public final class SuiteFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Longest message, in characters. */
    public static final int MAX_MESSAGE = 600;

    /**
     * @param where names the suite (its file, or the shipped resource)
     * @param line  1-based line, or 0 when unknown
     * @param reason what is wrong
     */
    public SuiteFormatException(String where, int line, String reason) {
        super(StrictNumbers.excerpt(where + (line > 0 ? ":" + line : "") + ": " + reason, MAX_MESSAGE));
    }
}
