package org.sigbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.io.DataFormatException;

/** The CLI's error line: project messages as they are, JDK exception text never. */
class ErrorMessagesTest {
    @Test
    void projectMessagesPassJdkTextDoesNot() {
        DataFormatException d = new DataFormatException(Path.of("a.txt"), 3, "column x (1) is not a number: '1d'");
        assertEquals("a.txt:3: column x (1) is not a number: '1d'", ErrorMessages.of(d));
        String nfe = ErrorMessages.of(new NumberFormatException("For input string: \"99999999999\""));
        assertEquals("internal error (NumberFormatException); run with SIGBENCH_DEBUG=1 for the stack trace", nfe);
        String ioob = ErrorMessages.of(new ArrayIndexOutOfBoundsException("Index -1 out of bounds for length 6"));
        assertTrue(ioob.startsWith("internal error (ArrayIndexOutOfBoundsException)"), ioob);
        assertTrue(ErrorMessages.of(new NullPointerException()).startsWith("internal error (NullPointerException)"));
        PatternSyntaxException p = null;
        try {
            Pattern.compile("(?<subject");
        } catch (PatternSyntaxException e) {
            p = e;
        }
        String regex = ErrorMessages.of(p);
        assertTrue(regex.startsWith("not a valid regular expression (") && !regex.contains("\n"), regex);
        assertEquals(ErrorMessages.MAX + 3, ErrorMessages.of(new IllegalArgumentException("x".repeat(5000))).length());
    }
}
