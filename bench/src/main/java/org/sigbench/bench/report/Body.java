package org.sigbench.bench.report;

import java.util.ArrayList;
import java.util.List;

/** What the {@link StudySection}s write into: the Markdown of the study sections, their tables and plots. */
final class Body {
    private final StringBuilder md = new StringBuilder();
    private final List<Table> tables = new ArrayList<>();
    private final List<Plot> plots = new ArrayList<>();
    private final boolean withPlots;

    /** @param withPlots whether the suite asks for plots */
    Body(boolean withPlots) {
        this.withPlots = withPlots;
    }

    /** Whether the sections should draw their plots. */
    boolean plots() {
        return withPlots;
    }

    /** Adds a plot. */
    void plot(Plot p) {
        plots.add(p);
    }

    /** Appends Markdown as it is. */
    void append(String markdown) {
        md.append(markdown);
    }

    /** A table's section: heading, sentence, CSV link, protocol text and the table; nothing for a null table. */
    void section(Table t, String protocol) {
        if (t == null) {
            return;
        }
        tables.add(t);
        md.append("## ").append(t.title()).append("\n\n").append(t.sentence()).append(" CSV: [`").append(t.file())
                .append("`](").append(t.file()).append(").\n\n");
        if (protocol != null && !protocol.isBlank()) {
            md.append(protocol).append("\n\n");
        }
        md.append(t.markdown()).append('\n');
    }

    String markdown() {
        return md.toString();
    }

    List<Table> tables() {
        return tables;
    }

    List<Plot> plotList() {
        return plots;
    }
}
