package org.sigbench.datasets.io;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV text, the one writer of the project (opencsv): RFC 4180 style, comma separator, {@code "} as
 * quote and as its own escape, {@code \n} line ends, and a field quoted only when it holds a comma,
 * a quote or a line break. Corpora ({@link InterchangeFormat}), report tables and the CLI's tables
 * all go through here, so they quote alike.
 */
public final class Csv {
    private Csv() {
    }

    /** The rows as CSV text, one line each. */
    public static String format(List<String[]> rows) {
        StringWriter sw = new StringWriter();
        try (CSVWriter w = new CSVWriter(sw, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
            w.writeAll(rows, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return sw.toString();
    }

    /** A header line and then the rows as CSV text. */
    public static String format(String[] header, List<String[]> rows) {
        List<String[]> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        return format(all);
    }
}
