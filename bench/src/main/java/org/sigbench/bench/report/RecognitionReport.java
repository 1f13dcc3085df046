package org.sigbench.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sigbench.bench.suite.Condition;
import org.sigbench.bench.cells.RecognitionCell;
import org.sigbench.bench.cells.RecognitionResult;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.suite.Suite;
import org.sigbench.bench.suite.Targets;

/**
 * The report section of one recognition study (air-writing digits, mid-air gestures): its table
 * (Markdown and CSV), its protocol paragraph, and its target verdicts against
 * {@link Targets.RecognitionGaps}: |accuracy DS - accuracy of the real references DS was made from|
 * and accuracy(K = 1 plus duplicates) - accuracy(K = 1 alone), both measured within one cell.
 *
 * @param task    the recognition task (its cells' kind and id prefix: {@code air}, {@code gesture})
 * @param study   name of the study in tables and verdicts ({@code air-writing}, {@code gestures})
 * @param title   section heading
 * @param csv     CSV file name
 * @param subject what a subject is (writer, participant)
 * @param label   what a class is (digit, gesture)
 * @param section the suite's section
 */
record RecognitionReport(RecognitionCell.Task task, String study, String title, String csv, String subject, String label,
                         Suite.Recognition section) {

    /**
     * The sections of the recognition studies of a suite, in report order; their verdicts and
     * summary lines are judged now, into {@code verdicts} and {@code summaries}.
     */
    static List<StudySection> sections(Suite s, Map<String, CellResult> byId, List<TargetsReport.Verdict> verdicts,
                                       List<String> summaries) {
        List<StudySection> out = new ArrayList<>();
        for (RecognitionReport r : of(s)) {
            Table t = r.table(byId);
            summaries.addAll(r.judge(byId, s.targets().recognition(), verdicts));
            out.add(body -> body.section(t, r.protocol()));
        }
        return out;
    }

    /** The recognition sections of a suite, in report order (air-writing, then gestures). */
    static List<RecognitionReport> of(Suite s) {
        List<RecognitionReport> out = new ArrayList<>();
        if (s.airWriting() != null) {
            out.add(of(RecognitionCell.Task.AIR, s.airWriting()));
        }
        if (s.gestures() != null) {
            out.add(of(RecognitionCell.Task.GESTURE, s.gestures()));
        }
        return out;
    }

    /** The section of a task, with its wording. */
    static RecognitionReport of(RecognitionCell.Task task, Suite.Recognition section) {
        return task == RecognitionCell.Task.AIR
                ? new RecognitionReport(task, "air-writing", "3D air-writing (digits)", "air-writing.csv", "writer", "digit", section)
                : new RecognitionReport(task, "gestures", "3D mid-air gestures", "gestures.csv", "participant", "gesture", section);
    }

    /** What the references of a condition are. */
    private String references(Condition c) {
        int per = section.perReference();
        return switch (c) {
            case REAL -> "all real samples of the other " + subject + "s";
            case REAL_SINGLE -> "one real sample per " + label + " and " + subject;
            case DS -> per + " DS duplicates of that single real sample (no real reference)";
            case KS -> per + " KS re-timings of that single real sample (no real reference)";
            case K1 -> "K = 1: one real sample per " + label + ", all from one other " + subject;
            case K1_PLUS_DS -> "K = 1 plus " + per + " DS duplicates of each";
            case K1_PLUS_KS -> "K = 1 plus " + per + " KS re-timings of each";
            case MIMIC_DS -> "synthetic corpus (DS of each " + subject + "'s first sample per " + label + "), probes synthetic too";
            case MIMIC_KS -> "synthetic corpus (every sample re-timed by KS), probes synthetic too";
        };
    }

    /** The table: one row per computed condition. */
    Table table(Map<String, CellResult> byId) {
        List<List<String>> rows = new ArrayList<>();
        for (Condition cond : section.conditions()) {
            RecognitionResult r = result(byId, cond);
            if (r == null) {
                continue;
            }
            rows.add(List.of(section.corpus().name(), cond.token(), references(cond), Integer.toString(r.references()),
                    Integer.toString(r.probes()), ReportBuilder.pct(r.accuracy().value()),
                    ReportBuilder.pct(r.accuracy().lo()), ReportBuilder.pct(r.accuracy().hi()),
                    ReportBuilder.pct(baseline(r, cond)), baselineName(cond)));
        }
        return new Table(csv, title,
                "Recognition accuracy (" + label + "s) of a DTW 1-nearest-neighbour classifier, leave one " + subject
                        + " out, with real references, with synthetic references made from single real samples instead of "
                        + "them, with one real reference per " + label + " alone or plus its synthetic versions, and on a "
                        + "synthetic corpus that mimics the real one; `baseline` is the real-reference accuracy the "
                        + "condition is judged against, measured in the same cell.",
                List.of("corpus", "condition", "references_are", "references", "probes", "accuracy", "accuracy_lo",
                        "accuracy_hi", "baseline", "baseline_is"), rows);
    }

    /** The OK result of the cell of a condition, or null. */
    private RecognitionResult result(Map<String, CellResult> byId, Condition cond) {
        CellResult r = byId.get(RecognitionCell.id(task, cond));
        return r == null || !r.ok() ? null : r.result(RecognitionResult.class);
    }

    /** The baseline accuracy measured in the cell of {@code cond}, NaN when none. */
    private static double baseline(RecognitionResult r, Condition cond) {
        RecognitionResult.Accuracy a = switch (cond) {
            case DS, KS -> r.source();
            case K1_PLUS_DS, K1_PLUS_KS -> r.k1();
            default -> null;
        };
        return a == null ? Double.NaN : a.value();
    }

    private String baselineName(Condition cond) {
        return switch (cond) {
            case DS, KS -> "the real samples it was made from (real-single)";
            case K1_PLUS_DS, K1_PLUS_KS -> "K = 1 alone (k1)";
            default -> "";
        };
    }

    /** The protocol paragraph. */
    String protocol() {
        String corpusNote = task == RecognitionCell.Task.AIR ? "" : " The gesture corpus has one recording per participant and "
                + "gesture: `real-single` is `real`, and no participant repeats a gesture, so the corpus shows no within-"
                + "participant spread to calibrate DS on: DS keeps the synthesis back end's default settings (see the "
                + "calibration table). The variability figures of this corpus are the spread of each gesture between "
                + "participants, for information only.";
        return "Every sample is resampled to 64 points uniform in time; DTW distance and features from the verification "
                + "back end with a Sakoe-Chiba band of " + section.band() + " of the length; the probes of one " + subject
                + " are matched only against references of the other " + subject + "s. K = 1 conditions: each probe is "
                + "classified once per other " + subject + " that has every " + label + " of the corpus (its references: that "
                + subject + "'s sample of each " + label + "), and scores its fraction of correct trials. Synthetic "
                + "references of a " + subject + " use the calibration of the other half of the " + subject + "s (held "
                + "out), when the corpus allows one. Intervals: 95 % Wilson score intervals, n = number of probes." + corpusNote;
    }

    /** Target verdicts of this section, added to {@code verdicts}; returns the summary lines of the Targets section. */
    List<String> judge(Map<String, CellResult> byId, Targets.RecognitionGaps t, List<TargetsReport.Verdict> verdicts) {
        List<String> lines = new ArrayList<>();
        if (t == null) {
            return lines;
        }
        String corpus = section.corpus().label();
        for (Condition cond : section.conditions()) {
            boolean gap = cond == Condition.DS;
            boolean gain = cond == Condition.K1_PLUS_DS;
            if (!gap && !gain) {
                continue;
            }
            RecognitionResult r = result(byId, cond);
            boolean measured = r != null && Double.isFinite(baseline(r, cond));
            double acc = measured ? r.accuracy().value() : Double.NaN;
            double base = measured ? baseline(r, cond) : Double.NaN;
            String target = gap ? String.format(Locale.ROOT, "|DS - real| <= %s points", ReportBuilder.plain(t.maxDsGapPoints()))
                    : String.format(Locale.ROOT, "K=1+DS - K=1 > %s points", ReportBuilder.plain(t.minDuplicatesGainPoints()));
            String text = !measured ? "n/a" : String.format(Locale.ROOT, "%s %.2f %% against %s %.2f %% (%+.2f points)",
                    gap ? "DS" : "K=1+DS", acc, gap ? "real" : "K=1", base, acc - base);
            boolean ok = gap ? Math.abs(acc - base) <= t.maxDsGapPoints() : acc - base > t.minDuplicatesGainPoints();
            TargetsReport.Verdict v = new TargetsReport.Verdict(study, corpus, "dtw 1-NN", gap ? "ds" : "k1+ds", "", "", text,
                    target, true, TargetsReport.Outcome.of(measured, ok));
            verdicts.add(v);
            String what = String.format(Locale.ROOT, "Recognition, %s (%s)", study, target);
            lines.add(TargetsReport.tally(what, true, List.of(v), x -> x.corpus() + ": " + x.measured(), true));
        }
        return lines;
    }
}
