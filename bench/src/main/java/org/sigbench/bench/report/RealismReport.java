package org.sigbench.bench.report;

import static org.sigbench.bench.report.ReportBuilder.key;
import static org.sigbench.bench.report.ReportBuilder.num;
import static org.sigbench.bench.report.ReportBuilder.orNa;
import static org.sigbench.bench.report.ReportBuilder.pct;
import static org.sigbench.bench.report.ReportBuilder.plain;
import static org.sigbench.bench.report.ReportBuilder.sci;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sigbench.bench.realism.Kinematics;
import org.sigbench.bench.report.TargetsReport.Outcome;
import org.sigbench.bench.report.TargetsReport.Verdict;
import org.sigbench.bench.cells.RealismCell;
import org.sigbench.bench.cells.RealismResult;
import org.sigbench.bench.cells.Variant;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.suite.Suite;

/**
 * The realism section: distributions of the kinematic measures (two-sample KS per measure, CDF
 * plots) and the classifier two-sample test with its verdicts against the suite's targets.
 */
final class RealismReport implements StudySection {
    /** What the classifier table measures and how; printed under the table. */
    static final String CLASSIFIER_PROTOCOL = "A Random Forest (Smile) on global features per sample (the six kinematic "
            + "measures above, bounding-box width and height, aspect ratio) tries to tell real from synthetic; classes "
            + "are balanced by subsampling, accuracy is k-fold cross-validated balanced accuracy, and 50 % means the "
            + "classifier cannot tell them apart. The headline `accuracy` uses folds by writer: every sample of a "
            + "writer (its real samples and, for DS and KS, its synthetic ones) falls in one fold, so the forest is "
            + "tested on writers it has not seen. Samples of one writer are not independent, and with folds drawn "
            + "sample by sample (`accuracy_rows_split`, shown for comparison) the forest can learn each writer's "
            + "cluster, which is how tightly the writer's samples sit together, rather than what sets synthetic "
            + "movements apart; that column is the test as it was run before, and the gap between the two columns "
            + "measures that leak. `top_features` lists the three largest mean Gini importances of the grouped "
            + "forest (shares of 1). The number of points per second is deliberately not a feature: it reveals the "
            + "recording format (tablet pen-up gaps versus a uniform grid), not the movement.";

    /** What the distributions table measures, printed under it. */
    static final String KS_PROTOCOL = "Kinematic measures as in the variability table, plus peak speed (units/s), speed minima "
                + "per second and the log dimensionless jerk (Hogan and Sternad 2009; scale-free, higher is smoother), "
                + "over all samples (genuine and forgeries) of the real corpus and of the synthetic variant. "
                + "Two-sample Kolmogorov-Smirnov test from commons-math3; a small D (and a large p) means similar distributions.";

    private final Suite suite;
    private final Map<String, CellResult> byId;
    private final Table ks;
    private final Table classifier;

    /**
     * Builds the tables (none when the suite has no realism section); the verdicts of the
     * classifier targets go to {@code verdicts}.
     */
    RealismReport(Suite suite, Map<String, CellResult> byId, List<Verdict> verdicts) {
        this.suite = suite;
        this.byId = byId;
        this.ks = suite.realism() == null ? null : ksTable();
        this.classifier = suite.realism() == null ? null : classifierTable(verdicts);
    }

    @Override
    public void write(Body body) {
        body.section(ks, KS_PROTOCOL);
        if (ks != null && body.plots()) {
            distributionPlots().forEach(body::plot);
        }
        body.section(classifier, CLASSIFIER_PROTOCOL);
    }

    private RealismResult cell(Suite.CorpusRef c, String variant) {
        CellResult r = byId.get(RealismCell.id(ReportBuilder.corpus(c), Variant.of(variant)));
        return r == null || !r.ok() ? null : r.result(RealismResult.class);
    }

    private Table ksTable() {
        List<List<String>> rows = new ArrayList<>();
        for (Suite.CorpusRef c : suite.realism().corpora()) {
            for (String v : suite.realism().variants()) {
                RealismResult r = cell(c, v);
                if (r == null) {
                    continue;
                }
                for (String f : Kinematics.NAMES) {
                    RealismResult.Measure m = r.measures().get(f);
                    rows.add(List.of(c.name(), v, f, num(m.realMedian(), 4), num(m.synthMedian(), 4), num(m.ksD(), 3),
                            sci(m.ksP())));
                }
            }
        }
        return new Table("realism-ks.csv", "Realism: distributions of kinematic measures",
                "Medians of each kinematic measure in the real corpus and in each synthetic variant, with the two-sample "
                        + "Kolmogorov-Smirnov statistic D and its p-value.",
                List.of("corpus", "variant", "measure", "median_real", "median_synthetic", "ks_d", "p_value"), rows);
    }

    /** The classifier table; adds one verdict per corpus and variant that the suite sets a target for. */
    private Table classifierTable(List<Verdict> verdicts) {
        List<List<String>> rows = new ArrayList<>();
        for (Suite.CorpusRef c : suite.realism().corpora()) {
            for (String v : suite.realism().variants()) {
                RealismResult r = cell(c, v);
                Double max = suite.targets().realism().get(v);
                if (r == null) {
                    if (max != null) {
                        verdicts.add(new Verdict("realism", c.label(), "", v, "", "", "n/a",
                                "classifier two-sample accuracy < " + plain(max) + " %", true, Outcome.NOT_MEASURED));
                    }
                    continue;
                }
                RealismResult.Classifier clf = r.classifier();
                double acc = clf.accuracy();
                String verdict = "";
                if (max != null) {
                    Outcome o = Outcome.of(Double.isFinite(acc), acc < max);
                    verdicts.add(new Verdict("realism", c.label(), "", v, "", "", "classifier accuracy " + orNa(pct(acc))
                            + " %", "classifier two-sample accuracy < " + plain(max) + " %", true, o));
                    verdict = o.text;
                }
                rows.add(List.of(c.name(), v, Integer.toString(r.nReal()), Integer.toString(r.nSynth()),
                        Integer.toString(clf.perClass()), Integer.toString(clf.features()),
                        Integer.toString(suite.realism().folds()), Integer.toString(suite.realism().trees()), pct(acc),
                        pct(clf.sd()), pct(clf.rowsAccuracy()), topFeatures(clf, 3), max == null ? "" : "< " + plain(max),
                        verdict));
            }
        }
        return new Table("realism-classifier.csv", "Realism: classifier two-sample test",
                "Cross-validated balanced accuracy of a Random Forest that tries to tell real from synthetic samples "
                        + "(folds by writer); 50 % means it cannot.",
                List.of("corpus", "variant", "n_real", "n_synthetic", "per_class_used", "features", "folds", "trees",
                        "accuracy", "accuracy_sd_over_folds", "accuracy_rows_split", "top_features", "target",
                        "target_met"), rows);
    }

    private static String topFeatures(RealismResult.Classifier clf, int n) {
        String[] names = Kinematics.CLASSIFIER_NAMES;
        double[] imp = Arrays.stream(names).mapToDouble(f -> clf.importance().getOrDefault(f, Double.NaN)).toArray();
        return IntStream.range(0, names.length).boxed().filter(i -> Double.isFinite(imp[i]))
                .sorted(Comparator.comparingDouble((Integer i) -> -imp[i]).thenComparing(i -> i)).limit(n)
                .map(i -> names[i] + " " + num(imp[i], 2)).reduce((a, b) -> a + "; " + b).orElse("");
    }

    private List<Plot> distributionPlots() {
        List<Plot> out = new ArrayList<>();
        for (Suite.CorpusRef c : suite.realism().corpora()) {
            List<XYChart> charts = new ArrayList<>();
            for (String f : Kinematics.NAMES) {
                XYChart ch = new XYChartBuilder().width(460).height(340).title(c.name() + ": " + f).xAxisTitle(f)
                        .yAxisTitle("cumulative fraction").build();
                ch.getStyler().setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE)
                        .setLegendPosition(Styler.LegendPosition.InsideSE).setMarkerSize(0);
                ch.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setYAxisDecimalPattern("0.0");
                boolean realDone = false;
                for (String v : suite.realism().variants()) {
                    RealismResult r = cell(c, v);
                    if (r == null) {
                        continue;
                    }
                    RealismResult.Measure m = r.measures().get(f);
                    if (!realDone) {
                        addEcdf(ch, "real", m.real(), true);
                        realDone = true;
                    }
                    addEcdf(ch, v.toUpperCase(Locale.ROOT), m.synth(), false);
                }
                if (realDone) {
                    charts.add(ch);
                }
            }
            if (!charts.isEmpty()) {
                out.add(new Plot("distributions-" + key(c).replace('~', '_') + ".png",
                        "Empirical distributions (CDF) of the kinematic measures, " + c.label() + ": real and synthetic",
                        charts, 3));
            }
        }
        return out;
    }

    private static void addEcdf(XYChart ch, String name, List<Double> v, boolean bold) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).sorted().toArray();
        if (s.length == 0) {
            return;
        }
        double[] x = new double[2 * s.length];
        double[] y = new double[2 * s.length];
        for (int i = 0; i < s.length; i++) {
            x[2 * i] = s[i];
            y[2 * i] = (double) i / s.length;
            x[2 * i + 1] = s[i];
            y[2 * i + 1] = (double) (i + 1) / s.length;
        }
        XYSeries se = ch.addSeries(name, x, y);
        se.setMarker(SeriesMarkers.NONE);
        if (bold) {
            se.setLineColor(Color.BLACK);
            se.setLineWidth(2.5f);
        }
    }
}
