package org.sigbench.bench.report;

import static org.sigbench.bench.report.VerificationReport.EER_NOTE;
import static org.sigbench.bench.report.ReportBuilder.num;
import static org.sigbench.bench.report.ReportBuilder.orNa;
import static org.sigbench.bench.report.ReportBuilder.pct;
import static org.sigbench.bench.report.ReportBuilder.plain;
import static org.sigbench.bench.report.ReportBuilder.signed;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.sigbench.bench.report.TargetsReport.Outcome;
import org.sigbench.bench.report.TargetsReport.Verdict;
import org.sigbench.bench.cells.DuplicatesCell;
import org.sigbench.bench.cells.DuplicatesResult;
import org.sigbench.bench.cells.ImpostorStats;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.suite.Suite;
import org.sigbench.bench.suite.Targets;

/**
 * The training-with-duplicates section: the EER table over M (with the oracle rows), its
 * protocol text, the EER-against-M plot, and the verdicts and summary lines of its targets.
 */
final class DuplicatesReport implements StudySection {
    private final Suite suite;
    private final Map<String, CellResult> byId;
    private final List<Verdict> verdicts;
    private final List<String> summaries;
    private final Table table;

    /** Builds the table; the verdicts and summary lines of its targets go to {@code verdicts} and {@code summaries}. */
    DuplicatesReport(Suite suite, Map<String, CellResult> byId, List<Verdict> verdicts, List<String> summaries) {
        this.suite = suite;
        this.byId = byId;
        this.verdicts = verdicts;
        this.summaries = summaries;
        this.table = table();
    }

    @Override
    public void write(Body body) {
        body.section(table, protocol());
        if (table != null && body.plots()) {
            Plot p = plot();
            if (p != null) {
                body.plot(p);
            }
        }
    }


    private Table table() {
        Suite.Duplicates d = suite.duplicates();
        if (d == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Suite.CorpusRef c : d.corpora()) {
            for (String v : d.verifiers()) {
                for (int k : d.refs()) {
                    for (String extra : d.oracle() && k == 1 ? List.of("ds", "oracle") : List.of("ds")) {
                        for (int m : d.duplicates()) {
                            if (extra.equals("oracle") && m == 0) {
                                continue;
                            }
                            DuplicatesResult r = result(c, v, k, m, extra.equals("oracle"));
                            if (r == null) {
                                continue;
                            }
                            for (String imp : List.of("skilled", "random")) {
                                ImpostorStats s = r.protocol().impostor(imp);
                                if (s == null) {
                                    continue;
                                }
                                rows.add(List.of(c.name(), v, Integer.toString(k), Integer.toString(m),
                                        m == 0 ? "none" : extra.equals("oracle") ? "real (oracle)" : "ds",
                                        num(r.enrolled(), 0), imp, pct(s.eer()), pct(s.eerFvc()), pct(s.eerLo()),
                                        pct(s.eerHi()), pct(s.fnmr1()), Integer.toString(c.subjects())));
                            }
                        }
                    }
                    Targets.DuplicatesGain g = suite.targets().duplicates();
                    if (g != null && g.refs().contains(k) && d.duplicates().stream().anyMatch(m -> m > 0)) {
                        duplicatesVerdict(c, v, k, g);
                    }
                }
            }
        }
        return new Table("duplicates.csv", "Training with duplicates",
                "Equal error rates on real probes when each of the K real references is joined by M DS duplicates of "
                        + "itself (K x (M + 1) enrolled samples); M = 0 is the real-only baseline. Oracle rows (K = 1): the "
                        + "one real reference is joined by M more real genuine samples of the subject instead (its next M, "
                        + "fewer when the subject would keep fewer than 5 genuine probes: enrolled is then the mean number "
                        + "used; the genuine probes are those of K = 1 minus the ones enrolled), the ceiling that "
                        + "duplicates aim at. " + EER_NOTE,
                List.of("corpus", "verifier", "refs", "duplicates", "extra", "enrolled", "impostor", "eer", "eer_fvc",
                        "eer_lo", "eer_hi", "fnmr_at_fmr1", "subjects_limit"), rows);
    }

    /**
     * The duplicates target for one corpus, verifier and K: the best M (lowest skilled EER over
     * M > 0; without skilled forgeries, lowest random EER) against M = 0. Steps: whether the corpus
     * has skilled forgeries, the best M ({@link #best}), then either "not measured" (a cell is
     * missing), the random rise alone (no skilled forgeries), or the skilled gain and the random
     * rise together ({@link #skilledVerdict}).
     */
    private void duplicatesVerdict(Suite.CorpusRef c, String v, int k, Targets.DuplicatesGain g) {
        DuplicatesResult base = result(c, v, k, 0, false);
        boolean baseOk = base != null && base.protocol().impostor("random") != null;
        // a corpus without skilled forgeries has no skilled EER in any of its cells
        boolean skilled = suite.duplicates().duplicates().stream().map(m -> result(c, v, k, m, false))
                .anyMatch(r -> r != null && r.protocol().impostor("skilled") != null);
        Case x = new Case(c, v, k, g, skilled);
        Best best = best(c, v, k, skilled ? "skilled" : "random");
        if (!baseOk || best.m() < 0 || skilled && base.protocol().impostor("skilled") == null) {
            notMeasured(x);
            return;
        }
        Rise rise = Rise.of(base, result(c, v, k, best.m(), false), best.m(), g);
        if (!skilled) {
            verdicts.add(x.verdict("random", rise.text(), x.riseTarget(), rise.outcome()));
            summaries.add(String.format(Locale.ROOT, "Training with duplicates (%s; no skilled forgeries, so only the "
                    + "random part applies): with the best M=%d %s - target %s.", x.label(), best.m(), rise.sentence(),
                    rise.outcome().text));
            return;
        }
        skilledVerdict(x, base, best, rise);
    }

    /** One corpus, verifier and K of the duplicates target, and the wording of its two targets. */
    private record Case(Suite.CorpusRef c, String v, int k, Targets.DuplicatesGain g, boolean skilled) {
        String label() {
            return String.format(Locale.ROOT, "%s, %s, K=%d", c.label(), v, k);
        }

        String gainTarget() {
            return "skilled EER at the best M >= " + plain(100 * g.minRelativeSkilledGain()) + " % lower than M=0";
        }

        String riseTarget() {
            return "random EER at " + (skilled ? "that" : "the best") + " M at most " + plain(g.maxRandomRise())
                    + " points higher than M=0";
        }

        Verdict verdict(String impostor, String observed, String target, Outcome outcome) {
            return new Verdict("duplicates", c.label(), v, "ds", Integer.toString(k), impostor, observed, target, true,
                    outcome);
        }
    }

    /** The best M > 0 and its EER; m = -1 when no M > 0 cell has a finite EER. */
    private record Best(int m, double eer) {
    }

    /** The OK result of a duplicates cell, or null. */
    private DuplicatesResult result(Suite.CorpusRef c, String v, int k, int m, boolean oracle) {
        CellResult r = byId.get(DuplicatesCell.id(ReportBuilder.corpus(c), v, k, m, oracle));
        return r == null || !r.ok() ? null : r.result(DuplicatesResult.class);
    }

    /** The M > 0 with the lowest finite {@code primary} EER (the first of equals). */
    private Best best(Suite.CorpusRef c, String v, int k, String primary) {
        int bestM = -1;
        double best = Double.NaN;
        for (int m : suite.duplicates().duplicates()) {
            DuplicatesResult r = result(c, v, k, m, false);
            double e = r != null ? r.protocol().eer(primary) : Double.NaN;
            if (m > 0 && Double.isFinite(e) && (!Double.isFinite(best) || e < best)) {
                best = e;
                bestM = m;
            }
        }
        return new Best(bestM, best);
    }

    /** The verdicts and the summary line when the M = 0 or M > 0 cells are missing. */
    private void notMeasured(Case x) {
        if (x.skilled()) {
            verdicts.add(x.verdict("skilled", "n/a", x.gainTarget(), Outcome.NOT_MEASURED));
        }
        verdicts.add(x.verdict("random", "n/a", x.riseTarget(), Outcome.NOT_MEASURED));
        summaries.add("Training with duplicates (" + x.label() + "): NOT MEASURED (the M = 0 or M > 0 cells are "
                + "missing; see the cell status).");
    }

    /**
     * The random EER's rise from M = 0 to the best M: {@code rise = EER_random(M) - EER_random(0)},
     * met when finite and at most {@code maxRandomRise} points (+ 1e-9).
     */
    private record Rise(boolean ok, String text, String sentence, Outcome outcome) {
        static Rise of(DuplicatesResult base, DuplicatesResult at, int bestM, Targets.DuplicatesGain g) {
            double r0 = base.protocol().eer("random");
            double rM = at.protocol().eer("random");
            double rise = rM - r0;
            boolean ok = Double.isFinite(rise) && rise <= g.maxRandomRise() + 1e-9;
            String text = String.format(Locale.ROOT, "%s %% (M=0) -> %s %% (M=%d), %s points", orNa(pct(r0)),
                    orNa(pct(rM)), bestM, Double.isFinite(rise) ? signed(rise) : "n/a");
            String sentence = String.format(Locale.ROOT, "the random EER goes from %s %% to %s %% (%s points; at most "
                    + "%s allowed)", orNa(pct(r0)), orNa(pct(rM)), Double.isFinite(rise) ? signed(rise) : "n/a",
                    plain(g.maxRandomRise()));
            return new Rise(ok, text, sentence, Outcome.of(Double.isFinite(rise), ok));
        }
    }

    /**
     * Skilled gain and random rise: the gain is met when {@code best <= (1 - minRelativeSkilledGain)
     * base + 1e-9} (no division: a base of 0 cannot fall, and 0 -> 0 meets a gain of 0); the
     * summary flags a best EER inside the baseline's 95 % interval as not significant.
     */
    private void skilledVerdict(Case x, DuplicatesResult base, Best best, Rise rise) {
        Targets.DuplicatesGain g = x.g();
        double s0 = base.protocol().eer("skilled");
        double s0Lo = base.protocol().impostor("skilled").eerLo();
        boolean gainOk = best.eer() <= (1 - g.minRelativeSkilledGain()) * s0 + 1e-9;
        String rel = !(s0 > 0) ? "no fall possible" : best.eer() <= s0
                ? String.format(Locale.ROOT, "%.1f %% lower", 100 * (s0 - best.eer()) / s0)
                : String.format(Locale.ROOT, "%.1f %% higher", 100 * (best.eer() - s0) / s0);
        verdicts.add(x.verdict("skilled", String.format(Locale.ROOT, "%s %% (M=0) -> %s %% (M=%d), %s", pct(s0),
                pct(best.eer()), best.m(), rel), x.gainTarget(), Outcome.of(true, gainOk)));
        verdicts.add(x.verdict("random", rise.text(), x.riseTarget(), rise.outcome()));
        Outcome all = rise.outcome() == Outcome.NOT_MEASURED ? Outcome.NOT_MEASURED
                : gainOk && rise.ok() ? Outcome.MET : Outcome.MISSED;
        List<String> why = new ArrayList<>();
        if (!gainOk) {
            why.add("skilled gain below " + plain(100 * g.minRelativeSkilledGain()) + " %");
        }
        if (rise.outcome() == Outcome.MISSED) {
            why.add("random rise above " + plain(g.maxRandomRise()) + " points");
        }
        summaries.add(String.format(Locale.ROOT, "Training with duplicates (%s): the skilled EER goes from %s %% with "
                        + "no duplicates to %s %% with the best M=%d (%s; at least %s %% lower required) and %s - target %s%s%s.",
                x.label(), pct(s0), pct(best.eer()), best.m(), rel, plain(100 * g.minRelativeSkilledGain()),
                rise.sentence(), all == Outcome.MISSED ? "MISSED" : all.text,
                why.isEmpty() ? "" : " (" + String.join("; ", why) + ")",
                gainOk && best.eer() >= s0Lo ? ", but the best skilled EER is within the 95 % interval of the baseline ("
                        + pct(s0Lo) + " %), so the gain is not significant" : ""));
    }

    String protocol() {
        return "Each real reference gets M duplicates from DS of that very sample, with the variability estimated from "
                + "the corpus (table above); the duplicates for a smaller M are the first ones of the largest M, so the "
                + "enrolment sets are nested. Probes (genuine, skilled, random) are real samples only; the protocol is "
                + "otherwise the one of the real-vs-synthetic table, with K x (M + 1) references. Every verifier is "
                + "told which references are real: DTW uses the duplicates as templates but takes its score scale from "
                + "the real references (dtw) or the real-to-duplicate distances (dtw-tuned); wd-features takes its "
                + "per-feature spread from them; svm and rf also train with duplicates of their development subjects "
                + "(verify/README.md, \"Verifier settings\").";
    }

    Plot plot() {
        Suite.Duplicates d = suite.duplicates();
        List<XYChart> charts = new ArrayList<>();
        for (Suite.CorpusRef c : d.corpora()) {
            for (String v : d.verifiers()) {
                XYChart ch = new XYChartBuilder().width(560).height(420).title(c.name() + ", " + v)
                        .xAxisTitle("duplicates per reference M").yAxisTitle("EER (%)").build();
                ch.getStyler().setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE)
                        .setLegendPosition(Styler.LegendPosition.InsideNE);
                boolean any = false;
                for (int k : d.refs()) {
                    for (String imp : List.of("skilled", "random")) {
                        List<Double> x = new ArrayList<>();
                        List<Double> y = new ArrayList<>();
                        for (int m : d.duplicates()) {
                            DuplicatesResult r = result(c, v, k, m, false);
                            if (r != null && r.protocol().impostor(imp) != null) {
                                x.add((double) m);
                                y.add(r.protocol().eer(imp));
                            }
                        }
                        if (!x.isEmpty()) {
                            ch.addSeries("K=" + k + " " + imp, x, y);
                            any = true;
                        }
                    }
                }
                if (any) {
                    charts.add(ch);
                }
            }
        }
        return charts.isEmpty() ? null : new Plot("duplicates.png", "EER against the number of duplicates per reference",
                charts, Math.min(2, charts.size()));
    }
}
