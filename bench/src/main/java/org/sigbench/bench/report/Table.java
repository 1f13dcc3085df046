package org.sigbench.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A result table: written as {@code <file>} (CSV, opencsv) and as Markdown in the README.
 *
 * @param file     CSV file name
 * @param title    heading
 * @param sentence one sentence on what the table shows
 * @param header   column names (CSV header)
 * @param rows     cells as text (rates in percent)
 */
public record Table(String file, String title, String sentence, List<String> header, List<List<String>> rows) {
    public Table {
        header = List.copyOf(header);
        List<List<String>> r = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(file + ": row has " + row.size() + " cells, header " + header.size());
            }
            r.add(List.copyOf(row));
        }
        rows = List.copyOf(r);
    }

    /** GitHub-flavoured Markdown. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header)).append(" |\n");
        sb.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            sb.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
        }
        return sb.toString();
    }
}
