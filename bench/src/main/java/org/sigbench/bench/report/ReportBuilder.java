package org.sigbench.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sigbench.bench.report.TargetsReport.Verdict;
import org.sigbench.bench.cells.CorpusKey;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.suite.Suite;
import org.sigbench.bench.suite.Targets;

/**
 * Assembles the report of a run from its cell results: the header, the Targets section (the
 * verdicts are written from the numbers, never by hand, against the suite's {@link Targets}, which
 * name verifiers and variants, never corpora; gathered by {@link TargetsReport}), the study
 * sections in report order (each a {@link StudySection} that owns its tables, protocol text,
 * verdicts and plots), the figures, the cell status and the provenance.
 */
public final class ReportBuilder {

    private final Suite suite;
    private final Map<String, CellResult> byId = new LinkedHashMap<>();
    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<String> dupSummaries = new ArrayList<>();
    private final List<String> recognitionSummaries = new ArrayList<>();
    private String appendix = "";

    public ReportBuilder(Suite suite, List<CellResult> results) {
        this.suite = suite;
        for (CellResult r : results) {
            byId.put(r.id(), r);
        }
    }

    /**
     * Markdown appended after the study sections: sections the caller reads from elsewhere (the
     * perception test, {@code perceive.PerceptionSection#of}), so report building reads no file.
     */
    public ReportBuilder withAppendix(String markdown) {
        this.appendix = java.util.Objects.requireNonNull(markdown, "markdown");
        return this;
    }

    /**
     * The whole report: the header, the Targets section (its verdicts come from the study
     * sections, so those are built first), the failed cells, the study sections, the figures, the
     * cell status and the provenance.
     */
    public Report build(Provenance prov) {
        StringBuilder md = new StringBuilder(header(prov));
        Body body = studySections();
        List<Table> tables = new ArrayList<>(body.tables());
        List<Plot> plots = body.plotList();
        Table status = statusTable();
        tables.add(status);

        TargetsReport targetsReport = new TargetsReport(suite, verdicts, dupSummaries, recognitionSummaries);
        Table targets = targetsReport.table();
        tables.add(targets);
        md.append(targetsReport.section(targets));
        md.append(failedCells());
        md.append(body.markdown());
        md.append(figures(plots));
        md.append("## Cell status\n\n").append(status.sentence()).append(" CSV: [`").append(status.file()).append("`](")
                .append(status.file()).append(").\n\n").append(status.markdown()).append('\n');
        md.append(provenance(prov));
        return new Report(md.toString(), tables, plots);
    }

    /** Title, description, how to regenerate, wall time and cells computed or reused. */
    private String header(Provenance prov) {
        StringBuilder md = new StringBuilder();
        md.append("# sigbench report: suite `").append(suite.name()).append("`\n\n");
        if (!suite.description().isBlank()) {
            md.append(suite.description()).append("\n\n");
        }
        md.append("Regenerate with `").append(prov.command()).append("` (same seed, same tables, whatever `--threads`). ")
                .append("Rates are percentages. Wall time: ").append(String.format(Locale.ROOT, "%.1f", prov.wallSeconds()))
                .append(" s on ").append(prov.cores()).append(" cores (").append(prov.computed()).append(" cells computed, ")
                .append(prov.reused()).append(" reused from an earlier run).\n\n");
        return md.toString();
    }

    /**
     * Every study's section in report order, into the body; the sections are made first, in the
     * order that fixes the order of their target verdicts (real vs synthetic, duplicates, realism,
     * recognition), then written.
     */
    private Body studySections() {
        StudySection rvs = new VerificationReport(suite, byId, verdicts);
        StudySection duplicates = new DuplicatesReport(suite, byId, verdicts, dupSummaries);
        StudySection realism = new RealismReport(suite, byId, verdicts);
        List<StudySection> recognition = RecognitionReport.sections(suite, byId, verdicts, recognitionSummaries);
        List<StudySection> order = new ArrayList<>(List.of(rvs, VariabilityTable.section(byId), KsRhythmTable.section(byId),
                duplicates));
        order.addAll(recognition);
        order.add(realism);
        order.add(ThroughputTable.section(byId));
        Body body = new Body(suite.outputs().plots());
        order.forEach(s -> s.write(body));
        body.append(appendix);
        return body;
    }

    /** The line naming the cells that did not produce results (at most 8), or "" when all did. */
    private String failedCells() {
        long bad = byId.values().stream().filter(r -> !r.ok()).count();
        if (bad == 0) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        md.append("**").append(bad).append(" cell(s) did not produce results** (see the cell status table): ");
        List<String> msgs = new ArrayList<>();
        for (CellResult r : byId.values()) {
            if (!r.ok()) {
                msgs.add("`" + r.id() + "` " + r.status() + ": " + r.message());
            }
            if (msgs.size() >= 8) {
                msgs.add("...");
                break;
            }
        }
        md.append(String.join("; ", msgs)).append("\n\n");
        return md.toString();
    }

    /** The list of figures, or "" without plots. */
    private static String figures(List<Plot> plots) {
        if (plots.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Figures\n\n");
        for (Plot p : plots) {
            md.append("- [").append(p.title()).append("](").append(p.file()).append(")\n");
        }
        md.append('\n');
        return md.toString();
    }


    // ------------------------------------------------------------------ status, provenance

    private Table statusTable() {
        List<List<String>> rows = new ArrayList<>();
        for (CellResult r : byId.values()) {
            rows.add(List.of(r.id(), r.status(), String.format(Locale.ROOT, "%.1f", r.seconds()), r.message()));
        }
        return new Table("cells.csv", "Cell status", "Every cell of the suite, its status and the seconds it took to compute.",
                List.of("cell", "status", "seconds", "message"), rows);
    }

    private String provenance(Provenance p) {
        double cellSeconds = byId.values().stream().mapToDouble(CellResult::seconds).sum();
        StringBuilder sb = new StringBuilder("## Provenance\n\n");
        sb.append("- command: `").append(p.command()).append("`\n");
        sb.append("- started (UTC): ").append(p.started()).append("; wall time ")
                .append(String.format(Locale.ROOT, "%.1f s", p.wallSeconds())).append('\n');
        sb.append("- cells: ").append(p.computed()).append(" computed, ").append(p.reused()).append(" reused (computed by an "
                + "earlier run of the same configuration; `--fresh` recomputes all)\n");
        sb.append("- compute time of the cells, summed (each stored with its result, reused ones included): ")
                .append(String.format(Locale.ROOT, "%.0f s", cellSeconds)).append(" (cells run ").append(p.threads())
                .append(" at a time, each using up to ").append(p.threads()).append(" threads)\n");
        sb.append("- git commit: ").append(p.git()).append('\n');
        sb.append("- JVM: ").append(p.jvm()).append("; OS: ").append(p.os()).append("; cores: ").append(p.cores())
                .append("; worker threads: ").append(p.threads()).append('\n');
        sb.append("- back ends: ").append(p.backends()).append('\n');
        sb.append("- code fingerprints (SHA-256 of each module's compiled classes and resources; in the hash of every "
                + "cell that depends on the module, so changed code recomputes it):\n");
        for (String c : p.code()) {
            sb.append("  - ").append(c).append('\n');
        }
        sb.append("- data sets:\n");
        for (String d : p.dataSets()) {
            sb.append("  - ").append(d).append('\n');
        }
        sb.append("- suite (also in [`suite.json`](suite.json)), options in [`options.json`](options.json):\n\n```json\n")
                .append(p.suiteJson().strip()).append("\n```\n");
        return sb.toString();
    }

    /** The corpus of the cells on a suite's corpus. */
    static CorpusKey corpus(Suite.CorpusRef c) {
        return new CorpusKey(c.name(), c.subjects());
    }

    /** The corpus key of a suite's corpus in ids and file names ({@link CorpusKey#key()}). */
    static String key(Suite.CorpusRef c) {
        return corpus(c).key();
    }

    /** A target value without trailing zeros: 2, 0.5, 85. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    static String orNa(String s) {
        return s.isEmpty() ? "n/a" : s;
    }

    static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "";
    }

    static String num(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }

    static String sci(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "";
    }
}
