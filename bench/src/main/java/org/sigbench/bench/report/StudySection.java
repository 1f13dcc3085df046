package org.sigbench.bench.report;

/**
 * One study's part of the report (real vs synthetic, calibration, duplicates, recognition,
 * realism, throughput): it computes its tables, verdicts and plots from the cell results and the
 * suite, and writes them; {@link ReportBuilder} only puts the sections in order.
 */
@FunctionalInterface
interface StudySection {
    /** Writes this section's headings, tables, protocol text and plots, in report order. */
    void write(Body body);
}
