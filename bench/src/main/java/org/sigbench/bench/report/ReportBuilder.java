package org.sigbench.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.sigbench.bench.report.TargetsReport.Outcome;
import org.sigbench.bench.report.TargetsReport.Verdict;
import org.sigbench.bench.cells.CorpusKey;
import org.sigbench.bench.cells.DuplicatesResult;
import org.sigbench.bench.cells.ImpostorStats;
import org.sigbench.bench.cells.ProtocolStats;
import org.sigbench.bench.cells.Variant;
import org.sigbench.bench.cells.ThroughputCell;
import org.sigbench.bench.cells.ThroughputResult;
import org.sigbench.bench.cells.VerificationCell;
import org.sigbench.bench.cells.VerificationResult;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.suite.Suite;
import org.sigbench.bench.suite.Targets;

/**
 * Builds the report of a run from its cell results: every table (Markdown and CSV), a sentence on
 * what each shows, the target verdicts (written from the numbers, never by hand, against the
 * suite's {@link Targets}, which name verifiers and variants, never corpora; gathered by
 * {@link TargetsReport}), the protocol details, the DET and distribution plots, and the provenance.
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
        List<Table> tables = new ArrayList<>();
        List<Plot> plots = new ArrayList<>();
        StringBuilder md = new StringBuilder(header(prov));
        StringBuilder body = new StringBuilder();
        studySections(body, tables, plots);
        Table status = statusTable();
        tables.add(status);

        TargetsReport targetsReport = new TargetsReport(suite, verdicts, dupSummaries, recognitionSummaries);
        Table targets = targetsReport.table();
        tables.add(targets);
        md.append(targetsReport.section(targets));
        md.append(failedCells());
        md.append(body);
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
     * Every study's section (table, protocol text) into body and tables, and its plots, in report
     * order; the sections add their target verdicts and summary lines as they are built.
     */
    private void studySections(StringBuilder body, List<Table> tables, List<Plot> plots) {
        Table variability = VariabilityTable.of(byId);
        Table ksRhythm = KsRhythmTable.of(byId);
        Table rvs = rvsTable();
        DuplicatesReport duplicates = new DuplicatesReport(suite, byId, verdicts, dupSummaries);
        Table dup = duplicates.table();
        List<RecognitionReport> recognition = RecognitionReport.of(suite);
        RealismReport realism = suite.realism() == null ? null : new RealismReport(suite, byId);
        Table ks = realism == null ? null : realism.ksTable();
        Table clf = realism == null ? null : realism.classifierTable(verdicts);
        Table thr = throughputTable();
        section(body, tables, rvs, rvsProtocol());
        if (rvs != null && suite.outputs().plots()) {
            plots.addAll(detPlots());
        }
        section(body, tables, variability, "Each coefficient of variation (standard deviation / mean) is computed among the "
                + "genuine samples of one subject (air-writing: one writer and one digit; gestures, one recording per participant and gesture: one gesture over all participants), then the median over subjects "
                + "is taken. Measures come from the resampled (200 Hz), Gaussian-smoothed (12 ms) trajectory: duration, "
                + "path length, bounding-box width and height, number of speed bells (speed minima at least 40 ms apart, "
                + "plus one). The DS back end's settings (`ds_options` says exactly how) come from its calibration: "
                + "global time and size log-sds and sensor noise in closed form, the within-session and session levels "
                + "and the forger model fitted on the distributions of DTW distances (the columns above and the "
                + "sentence of the table). No error rate enters.");
        section(body, tables, ksRhythm, "Every KS cell of a corpus uses this calibration; the synthetic data of a "
                + "subject always comes from the calibration of the other fold.");
        section(body, tables, dup, duplicates.protocol());
        if (dup != null && suite.outputs().plots()) {
            Plot p = duplicates.plot();
            if (p != null) {
                plots.add(p);
            }
        }
        for (RecognitionReport r : recognition) {
            section(body, tables, r.table(byId), r.protocol());
            recognitionSummaries.addAll(r.judge(byId, suite.targets().recognition(), verdicts));
        }
        section(body, tables, ks, "Kinematic measures as in the variability table, plus peak speed (units/s), speed minima "
                + "per second and the log dimensionless jerk (Hogan and Sternad 2009; scale-free, higher is smoother), "
                + "over all samples (genuine and forgeries) of the real corpus and of the synthetic variant. "
                + "Two-sample Kolmogorov-Smirnov test from commons-math3; a small D (and a large p) means similar distributions.");
        if (ks != null && suite.outputs().plots()) {
            plots.addAll(realism.distributionPlots());
        }
        section(body, tables, clf, RealismReport.CLASSIFIER_PROTOCOL);
        section(body, tables, thr, "JMH benchmarks of `org.sigbench.bench.jmh`, run through the JMH Runner API with the "
                + "suite's short settings in the same run. Baseline arms are methods named *baseline*, *naive* or "
                + "*smile*; speed-up = baseline time / time (average-time modes). Indicative only on a shared machine: "
                + "re-measure with `./sigbench jmh` on a quiet one.");
        body.append(appendix);
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

    private static void section(StringBuilder md, List<Table> tables, Table t, String protocol) {
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

    // ------------------------------------------------------------------ real vs synthetic

    /** Which EER is the headline, for table captions. */
    static final String EER_NOTE = "eer: on the ROC convex hull, the headline (targets use it); *_fvc: the threshold EER "
            + "of FVC2000, (EERlow + EERhigh) / 2, which most papers quote; both with one global threshold.";

    private Table rvsTable() {
        Suite.RealVsSynthetic r = suite.realVsSynthetic();
        if (r == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Suite.CorpusRef c : r.corpora()) {
            String key = key(c);
            for (String v : r.verifiers()) {
                for (int k : r.refs()) {
                    ImpostorRates real = rates(corpus(c), Variant.REAL, v, k);
                    for (String variant : r.variants()) {
                        ImpostorRates syn = rates(corpus(c), Variant.of(variant), v, k);
                        Targets.EerGap gap = suite.targets().eerGap(v, variant).orElse(null);
                        for (String imp : List.of("skilled", "random")) {
                            ImpostorStats ir = real.of(imp);
                            ImpostorStats is = syn.of(imp);
                            if (ir == null && is == null) {
                                continue;
                            }
                            double er = ir != null ? ir.eer() : Double.NaN;
                            double es = is != null ? is.eer() : Double.NaN;
                            double diff = es - er;
                            String target = "";
                            String verdict = "";
                            if (gap != null) {
                                Outcome o = Outcome.of(Double.isFinite(diff), Math.abs(diff) <= gap.maxPoints());
                                verdicts.add(new Verdict("real vs synthetic", c.label(), v, variant, Integer.toString(k), imp,
                                        String.format(Locale.ROOT, "real %s, synthetic %s", orNa(pct(er)), orNa(pct(es)))
                                                + (Double.isFinite(diff) ? " (" + signed(diff) + " points)" : ""),
                                        "|EER synthetic - EER real| <= " + plain(gap.maxPoints()) + " points", gap.gate(), o));
                                target = "|diff| <= " + plain(gap.maxPoints()) + (gap.gate() ? "" : " (" + TargetsReport.NO_GATE + ")");
                                verdict = o.text;
                            }
                            rows.add(List.of(c.name(), variant, v, Integer.toString(k), imp, pct(er),
                                    pct(ir != null ? ir.eerLo() : Double.NaN),
                                    pct(ir != null ? ir.eerHi() : Double.NaN), pct(es),
                                    pct(is != null ? is.eerLo() : Double.NaN),
                                    pct(is != null ? is.eerHi() : Double.NaN),
                                    Double.isFinite(diff) ? signed(diff) : "",
                                    Integer.toString(c.subjects()), target, verdict,
                                    pct(ir != null ? ir.eerFvc() : Double.NaN),
                                    pct(is != null ? is.eerFvc() : Double.NaN)));
                        }
                    }
                }
            }
        }
        return new Table("real-vs-synthetic.csv", "Real versus synthetic",
                "Equal error rates of each verifier on each real corpus and on its synthetic variants (FS: new identities "
                        + "with the corpus profile and calibrated levels, sessions and forgers; DS: duplicates of each "
                        + "subject's first genuine sample, and skilled forgeries of it by the calibrated forger model; "
                        + "KS: every real trajectory re-timed), under the same protocol, with 95 % bootstrap intervals; "
                        + "the question is whether synthetic data is as hard as real data. " + EER_NOTE,
                List.of("corpus", "variant", "verifier", "refs", "impostor", "eer_real", "eer_real_lo", "eer_real_hi",
                        "eer_synthetic", "eer_synthetic_lo", "eer_synthetic_hi", "difference", "subjects_limit", "target",
                        "target_met", "eer_real_fvc", "eer_synthetic_fvc"), rows);
    }

    private String rvsProtocol() {
        Set<String> notes = new LinkedHashSet<>();
        Set<String> backends = new LinkedHashSet<>();
        for (CellResult r : byId.values()) {
            ProtocolStats p = !r.ok() ? null : r.result() instanceof VerificationResult v ? v.protocol()
                    : r.result() instanceof DuplicatesResult d ? d.protocol() : null;
            if (p != null) {
                notes.add(p.protocol());
                backends.add(p.verification());
                if (r.result() instanceof VerificationResult v && !v.synthesis().isEmpty()) {
                    backends.add("synthesis: " + v.synthesis());
                }
            }
        }
        return "Channels: real and synthetic samples are compared on the trajectory (x, y, and z in 3D) and pen "
                + "flags only; extra channels of the real corpora (pressure, pen angles) are dropped, because the "
                + "Sigma-Lognormal synthesis does not produce them, so EERs here differ from `sigbench verify` on the "
                + "raw corpus. Protocol: the first K genuine samples of each subject enrol it; genuine probes are its other genuine "
                + "samples; skilled forgeries (where the corpus has them) and random forgeries (genuine samples of other "
                + "subjects) are scored and reported separately, never pooled. EER with a global threshold over all "
                + "subjects (not per-user a-posteriori); 95 % interval by bootstrap over subjects (" + suite.bootstrap()
                + " replicates). Back ends: " + String.join("; ", backends) + ". `subjects_limit` 0 = all subjects."
                + "\n\nScore normalisation and verifier settings, as the back ends state them:\n\n- "
                + String.join("\n- ", notes);
    }

    private List<Plot> detPlots() {
        Suite.RealVsSynthetic r = suite.realVsSynthetic();
        List<Plot> out = new ArrayList<>();
        for (Suite.CorpusRef c : r.corpora()) {
            String key = key(c);
            for (String v : r.verifiers()) {
                List<XYChart> charts = new ArrayList<>();
                for (int k : r.refs()) {
                    for (String imp : List.of("skilled", "random")) {
                        XYChart ch = DetChart.chart(c.name() + ", " + v + ", K=" + k + ", " + imp + " forgeries");
                        boolean any = false;
                        List<String> variants = new ArrayList<>(List.of("real"));
                        variants.addAll(r.variants());
                        for (String variant : variants) {
                            ImpostorStats res = rates(corpus(c), Variant.of(variant), v, k).of(imp);
                            if (res != null && !res.detFmr().isEmpty()) {
                                DetChart.add(ch, variant.equals("real") ? "real" : variant.toUpperCase(Locale.ROOT) + " synthetic",
                                        res.fmr(), res.fnmr(), variant.equals("real"));
                                any = true;
                            }
                        }
                        if (any) {
                            charts.add(ch);
                        }
                    }
                }
                if (!charts.isEmpty()) {
                    out.add(new Plot("det-" + key.replace('~', '_') + "-" + v + ".png",
                            "DET curves, " + c.label() + ", " + v + ": real and synthetic", charts, Math.min(2, charts.size())));
                }
            }
        }
        return out;
    }

    /** The rates of one verification cell, by impostor type; none when the cell is missing or not OK. */
    private ImpostorRates rates(CorpusKey corpus, Variant variant, String verifier, int k) {
        CellResult r = byId.get(VerificationCell.id(corpus, variant, verifier, k));
        VerificationResult v = r == null || !r.ok() ? null : r.result(VerificationResult.class);
        return new ImpostorRates(v == null ? null : v.protocol());
    }

    /** The impostor rates of a protocol run, or none. */
    record ImpostorRates(ProtocolStats protocol) {
        /** The rates of one impostor type, null when absent. */
        ImpostorStats of(String type) {
            return protocol == null ? null : protocol.impostor(type);
        }
    }

    // ------------------------------------------------------------------ throughput

    private Table throughputTable() {
        CellResult r = byId.get(ThroughputCell.KIND + "/jmh");
        ThroughputResult t = r == null || !r.ok() ? null : r.result(ThroughputResult.class);
        return t == null ? null : ThroughputTable.of(t);
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

    static String key(Suite.CorpusRef c) {
        return c.subjects() == 0 ? c.name() : c.name() + "~" + c.subjects();
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
