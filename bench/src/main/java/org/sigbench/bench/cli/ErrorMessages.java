package org.sigbench.bench.cli;

import java.io.UncheckedIOException;
import java.util.regex.PatternSyntaxException;
import org.sigbench.bench.io.SuiteFormatException;
import org.sigbench.datasets.io.DataFormatException;
import org.sigbench.datasets.io.StrictNumbers;

/**
 * The one line the CLI prints for a failed command: the project's own messages (which name the file
 * and the line or field) as they are, and for anything else a plain sentence with the exception's
 * kind, never a JDK message such as {@code Index -1 out of bounds} or {@code For input string}.
 */
final class ErrorMessages {
    /** Longest error line, in characters. */
    static final int MAX = 1000;

    private ErrorMessages() {
    }

    static String of(Throwable ex) {
        String m = ex.getMessage();
        String text;
        if (ex instanceof DataFormatException || ex instanceof SuiteFormatException) {
            text = m;
        } else if (ex instanceof PatternSyntaxException p) {
            text = "not a valid regular expression (" + p.getDescription() + ")";
        } else if (ex instanceof NumberFormatException || ex instanceof IndexOutOfBoundsException
                || ex instanceof NullPointerException || ex instanceof ClassCastException || m == null || m.isBlank()) {
            text = "internal error (" + ex.getClass().getSimpleName() + "); run with SIGBENCH_DEBUG=1 for the stack trace";
        } else if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
                || ex instanceof UncheckedIOException || ex instanceof UnsupportedOperationException) {
            text = m;
        } else {
            text = ex.getClass().getSimpleName() + ": " + m;
        }
        String first = text.lines().findFirst().orElse("");
        return StrictNumbers.excerpt(first, MAX);
    }
}
