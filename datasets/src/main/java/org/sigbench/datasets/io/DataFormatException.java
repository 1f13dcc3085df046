package org.sigbench.datasets.io;

import java.nio.file.Path;

/**
 * A data file is malformed. The message always reads {@code <file>:<line>: <reason>} (or
 * {@code <file>: <reason>} when no single line is at fault), so a user can open the file at the
 * right place. Unchecked: a bad corpus file is a user error, not something callers recover from.
 */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Longest reason in a message, in characters. */
    public static final int MAX_REASON = 400;
    /** Longest file name in a message, in characters. */
    public static final int MAX_SOURCE = 300;
    private final String file;
    private final int line;

    /**
     * @param file   the offending file
     * @param line   1-based line number, or 0 when the fault is not tied to one line
     * @param reason what is wrong, in plain words
     */
    public DataFormatException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    public DataFormatException(Path file, int line, String reason, Throwable cause) {
        this(String.valueOf(file), line, reason, cause);
    }

    /**
     * @param source names the input (a file, or a built-in resource)
     * @param line   1-based line number, or 0 when the fault is not tied to one line
     * @param reason what is wrong; cut to {@value #MAX_REASON} characters, control characters shown as '?'
     * @param cause  the underlying exception, or null (its text is never part of the message)
     */
    public DataFormatException(String source, int line, String reason, Throwable cause) {
        super(StrictNumbers.excerpt(source, MAX_SOURCE) + (line > 0 ? ":" + line : "") + ": "
                + StrictNumbers.excerpt(reason, MAX_REASON), cause);
        this.file = source;
        this.line = line;
    }

    /** The offending file as given. */
    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the fault is not tied to one line. */
    public int line() {
        return line;
    }
}
