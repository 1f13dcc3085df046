package org.sigbench.bench.report;

import static org.sigbench.bench.report.ReportBuilder.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sigbench.bench.suite.Suite;
import org.sigbench.bench.suite.Targets;

/**
 * The Targets section of a report: the verdicts the study sections gave against the suite's
 * {@link Targets} ({@link Verdict}, one per corpus, verifier, variant, K and impostor type), as a
 * table and as one line per target. A line tallies its verdicts: "n of m cells met the target",
 * then the missed ones, then those not measured (a cell missing), for a gated target; "within the
 * bound" and "outside" for a target reported without a gate.
 */
final class TargetsReport {
    /** What the table and the Targets section say of a target that is reported without a gate. */
    static final String NO_GATE = "reported, no gate";

    private final Suite suite;
    private final List<Verdict> verdicts;
    private final List<String> dupSummaries;
    private final List<String> recognitionSummaries;

    /**
     * @param verdicts             every verdict of the study sections
     * @param dupSummaries         the duplicates section's summary lines
     * @param recognitionSummaries the recognition sections' summary lines
     */
    TargetsReport(Suite suite, List<Verdict> verdicts, List<String> dupSummaries, List<String> recognitionSummaries) {
        this.suite = suite;
        this.verdicts = verdicts;
        this.dupSummaries = dupSummaries;
        this.recognitionSummaries = recognitionSummaries;
    }

    /** How a target fared on one combination of corpus, verifier, variant, K and impostor type. */
    enum Outcome {
        MET("met"), MISSED("missed"), NOT_MEASURED("not measured");

        final String text;

        Outcome(String text) {
            this.text = text;
        }

        static Outcome of(boolean measured, boolean ok) {
            return !measured ? NOT_MEASURED : ok ? MET : MISSED;
        }
    }

    /**
     * One target verdict: one row of the targets table.
     *
     * @param study    real vs synthetic, realism or duplicates
     * @param corpus   corpus label
     * @param verifier verifier ("" for realism)
     * @param variant  synthetic variant
     * @param refs     K ("" for realism)
     * @param impostor skilled or random ("" for realism)
     * @param measured the numbers, as text
     * @param target   the target, as text
     * @param gate     a pass criterion (else reported, no gate)
     * @param outcome  met, missed or not measured
     */
    record Verdict(String study, String corpus, String verifier, String variant, String refs, String impostor,
                   String measured, String target, boolean gate, Outcome outcome) {
        List<String> row() {
            return List.of(study, corpus, verifier, variant, refs, impostor, measured, target, gate ? "gate" : NO_GATE,
                    outcome.text);
        }
    }

    Table table() {
        return new Table("targets.csv", "Target verdicts",
                "Every target of the suite applied to every corpus, verifier, variant, K and impostor type computed.",
                List.of("study", "corpus", "verifier", "variant", "refs", "impostor", "measured", "target", "gate",
                        "verdict"), verdicts.stream().map(Verdict::row).toList());
    }

    /** The Targets section: one line per target (gated or reported, no gate), then every verdict. */
    String section(Table table) {
        StringBuilder md = new StringBuilder("## Targets\n\n");
        Targets tg = suite.targets();
        md.append("The suite's targets (`targets` in [`suite.json`](suite.json)) name verifiers and variants, not "
                + "corpora: each applies to every corpus, K and impostor type the suite computes. Gated targets are "
                + "the pass criteria; the others are " + NO_GATE + ".\n\n");
        List<String> lines = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        for (Targets.EerGap g : tg.realVsSynthetic()) {
            List<Verdict> vs = verdicts.stream().filter(x -> x.study().equals("real vs synthetic")
                    && g.verifiers().contains(x.verifier()) && g.variants().contains(x.variant())).toList();
            String what = String.format(Locale.ROOT, "Real vs synthetic (%s; %s; |EER synthetic - EER real| <= %s points)",
                    String.join(", ", g.verifiers()), upper(g.variants()), plain(g.maxPoints()));
            if (vs.isEmpty()) {
                if (suite.realVsSynthetic() != null) {
                    notApplicable.add("real vs synthetic " + String.join("/", g.verifiers()) + " " + upper(g.variants()));
                }
                continue;
            }
            lines.add(tally(what, g.gate(), vs, x -> String.format(Locale.ROOT, "%s %s %s K=%s %s: %s", x.corpus(),
                    x.variant().toUpperCase(Locale.ROOT), x.verifier(), x.refs(), x.impostor(), x.measured()), false));
        }
        for (var e : tg.realism().entrySet()) {
            List<Verdict> vs = verdicts.stream().filter(x -> x.study().equals("realism") && x.variant().equals(e.getKey()))
                    .toList();
            if (vs.isEmpty()) {
                if (suite.realism() != null) {
                    notApplicable.add("realism " + e.getKey().toUpperCase(Locale.ROOT));
                }
                continue;
            }
            String what = String.format(Locale.ROOT, "Realism (%s; classifier two-sample accuracy < %s %%)",
                    e.getKey().toUpperCase(Locale.ROOT), plain(e.getValue()));
            lines.add(tally(what, true, vs, x -> x.corpus() + " " + x.measured().replace("classifier accuracy ", ""), true));
        }
        if (tg.duplicates() != null && suite.duplicates() != null && dupSummaries.isEmpty()) {
            notApplicable.add("training with duplicates (K in " + tg.duplicates().refs() + ", M > 0)");
        }
        lines.addAll(dupSummaries);
        lines.addAll(recognitionSummaries);
        if (lines.isEmpty()) {
            md.append("No target applies to the cells of this suite.\n\n");
        } else {
            for (String l : lines) {
                md.append("- ").append(l).append('\n');
            }
            if (!notApplicable.isEmpty()) {
                md.append("- No cell of this suite for: ").append(String.join("; ", notApplicable)).append(".\n");
            }
            md.append('\n');
            if (corporaLimited()) {
                md.append("Some corpora are limited to their first subjects in this suite; the targets are meant for "
                        + "whole corpora.\n\n");
            }
            md.append(table.sentence()).append(" CSV: [`").append(table.file()).append("`](").append(table.file())
                    .append(").\n\n").append(table.markdown()).append('\n');
        }
        return md.toString();
    }

    /** "what (gate): n of m cells met the target. Missed: ..." or the no-gate equivalent. */
    static String tally(String what, boolean gate, List<Verdict> vs,
                 Function<Verdict, String> describe, boolean listMet) {
        long met = vs.stream().filter(x -> x.outcome() == Outcome.MET).count();
        List<Verdict> measured = vs.stream().filter(x -> x.outcome() != Outcome.NOT_MEASURED).toList();
        StringBuilder s = new StringBuilder(what).append(gate ? " (gate): " : " (" + NO_GATE + "): ");
        if (!measured.isEmpty()) {
            s.append(String.format(Locale.ROOT, gate ? "%d of %d cells met the target." : "%d of %d cells within the bound.",
                    met, measured.size()));
        }
        List<String> missed = vs.stream().filter(x -> x.outcome() == Outcome.MISSED).map(describe).toList();
        if (!missed.isEmpty()) {
            s.append(gate ? " Missed: " : " Outside: ").append(String.join("; ", missed)).append('.');
        }
        List<String> metList = vs.stream().filter(x -> x.outcome() == Outcome.MET).map(describe).toList();
        if (listMet && !metList.isEmpty()) {
            s.append(gate ? " Met: " : " Within: ").append(String.join("; ", metList)).append('.');
        }
        List<String> unmeasured = vs.stream().filter(x -> x.outcome() == Outcome.NOT_MEASURED).map(describe).toList();
        if (!unmeasured.isEmpty()) {
            s.append(measured.isEmpty() ? "" : " ").append("NOT MEASURED (a cell is missing; see the cell status): ")
                    .append(String.join("; ", unmeasured)).append('.');
        }
        return s.toString();
    }

    /** Whether some corpus of a study with targets is limited to its first subjects. */
    private boolean corporaLimited() {
        List<Suite.CorpusRef> all = new ArrayList<>();
        if (suite.realVsSynthetic() != null) {
            all.addAll(suite.realVsSynthetic().corpora());
        }
        if (suite.duplicates() != null) {
            all.addAll(suite.duplicates().corpora());
        }
        if (suite.realism() != null) {
            all.addAll(suite.realism().corpora());
        }
        return all.stream().anyMatch(c -> c.subjects() > 0);
    }

    private static String upper(List<String> variants) {
        return String.join(", ", variants.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList());
    }
}
