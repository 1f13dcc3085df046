package org.sigbench.bench.report;

import java.util.List;

/**
 * A complete report: the README text, the tables and the plots, ready to be written.
 *
 * @param markdown README.md content
 * @param tables   CSV tables
 * @param plots    PNG figures
 */
public record Report(String markdown, List<Table> tables, List<Plot> plots) {
    public Report {
        tables = List.copyOf(tables);
        plots = List.copyOf(plots);
    }
}
