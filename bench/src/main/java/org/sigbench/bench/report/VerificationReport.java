package org.sigbench.bench.report;

import static org.sigbench.bench.report.ReportBuilder.orNa;
import static org.sigbench.bench.report.ReportBuilder.pct;
import static org.sigbench.bench.report.ReportBuilder.plain;
import static org.sigbench.bench.report.ReportBuilder.signed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.sigbench.bench.cells.CorpusKey;
import org.sigbench.bench.cells.DuplicatesResult;
import org.sigbench.bench.cells.ImpostorStats;
import org.sigbench.bench.cells.ProtocolStats;
import org.sigbench.bench.cells.Variant;
import org.sigbench.bench.cells.VerificationCell;
import org.sigbench.bench.cells.VerificationResult;
import org.sigbench.bench.report.TargetsReport.Outcome;
import org.sigbench.bench.report.TargetsReport.Verdict;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.suite.Suite;
import org.sigbench.bench.suite.Targets;

/**
 * The real-versus-synthetic section: the EER table of every corpus, verifier, K and variant against
 * the real corpus (with the verdicts of the suite's EER-gap targets, added when the section is
 * made), the protocol text and the DET plots.
 */
final class VerificationReport implements StudySection {
    /** Which EER is the headline, for table captions. */
    static final String EER_NOTE = "eer: on the ROC convex hull, the headline (targets use it); *_fvc: the threshold EER "
            + "of FVC2000, (EERlow + EERhigh) / 2, which most papers quote; both with one global threshold.";

    private final Suite suite;
    private final Map<String, CellResult> byId;
    private final List<Verdict> verdicts;
    private final Table table;

    /** Builds the table; its target verdicts go to {@code verdicts}. */
    VerificationReport(Suite suite, Map<String, CellResult> byId, List<Verdict> verdicts) {
        this.suite = suite;
        this.byId = byId;
        this.verdicts = verdicts;
        this.table = table();
    }

    @Override
    public void write(Body body) {
        body.section(table, protocol());
        if (table != null && body.plots()) {
            detPlots().forEach(body::plot);
        }
    }

    private Table table() {
        Suite.RealVsSynthetic r = suite.realVsSynthetic();
        if (r == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Suite.CorpusRef c : r.corpora()) {
            for (String v : r.verifiers()) {
                for (int k : r.refs()) {
                    ImpostorRates real = rates(ReportBuilder.corpus(c), Variant.REAL, v, k);
                    for (String variant : r.variants()) {
                        ImpostorRates syn = rates(ReportBuilder.corpus(c), Variant.of(variant), v, k);
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

    private String protocol() {
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
            String key = ReportBuilder.key(c);
            for (String v : r.verifiers()) {
                List<XYChart> charts = new ArrayList<>();
                for (int k : r.refs()) {
                    for (String imp : List.of("skilled", "random")) {
                        XYChart ch = DetChart.chart(c.name() + ", " + v + ", K=" + k + ", " + imp + " forgeries");
                        boolean any = false;
                        List<String> variants = new ArrayList<>(List.of("real"));
                        variants.addAll(r.variants());
                        for (String variant : variants) {
                            ImpostorStats res = rates(ReportBuilder.corpus(c), Variant.of(variant), v, k).of(imp);
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
}
