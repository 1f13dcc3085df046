package org.sigbench.bench.perceive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.datasets.io.Csv;

/**
 * Writes the report of a test: {@code README.md}, {@code perception.csv} (one row per variant and
 * pooled; rates in %), {@code participants.csv} and {@code perception.png} (both rates per group
 * with their Wilson intervals).
 */
public final class PerceptionReport {
    public static final String MARKDOWN = "README.md";
    public static final String CSV = "perception.csv";
    public static final String PARTICIPANTS_CSV = "participants.csv";
    public static final String PLOT = "perception.png";

    private PerceptionReport() {
    }

    /** Writes the four files to {@code out}; {@code note}, when not null, heads the Markdown. */
    public static void write(TestFolder test, PerceptionStats s, Path out, String note) {
        AtomicFiles.write(out.resolve(CSV), csv(s));
        AtomicFiles.write(out.resolve(PARTICIPANTS_CSV), participantsCsv(s));
        AtomicFiles.writePng(out.resolve(PLOT), BitmapEncoder.getBufferedImage(plot(s)));
        AtomicFiles.write(out.resolve(MARKDOWN), markdown(test, s, note));
    }

    static String markdown(TestFolder test, PerceptionStats s, String note) {
        TestOptions o = test.options();
        StringBuilder b = new StringBuilder("# Perception test: real or synthetic " + o.corpus() + " samples\n\n");
        if (note != null && !note.isBlank()) {
            b.append("> **").append(note.strip()).append("**\n\n");
        }
        b.append(String.format(Locale.ROOT, "Test `%s`: %d trials (half real genuine samples, half synthetic: %s), "
                        + "seed %d, %d points per stimulus; synthesis: %s; %s. Participants: **%d**, answers: **%d**.%n%n",
                test.dir().getFileName(), o.trials(), String.join(", ", o.variants()), o.seed(), o.points(), o.backend(),
                o.calibration().replaceAll("\\.+$", ""), s.participants().size(), s.answers()));
        b.append(table(s));
        b.append("\n![rates with 95 % Wilson intervals](").append(PLOT).append(")\n\n");
        b.append("Rates with 95 % Wilson score intervals. Synthetic samples judged real at the rate real ones are "
                + "(d' near 0) means people could not tell them apart. d' = z(H) - z(F) and c = -(z(H) + z(F)) / 2 with "
                + "H = real judged real, F = synthetic judged real, log-linear corrected ((k + 0.5) / (n + 1)); "
                + "c < 0: inclined to answer \"real\". Each variant is compared with all real trials.\n\n");
        b.append("## Per participant\n\n| participant | answers | accuracy |\n|---|---|---|\n");
        for (PerceptionStats.Participant p : s.participants()) {
            b.append("| ").append(p.id().length() > 8 ? p.id().substring(0, 8) + "…" : p.id()).append(" | ").append(p.accuracy().n()).append(" | ")
                    .append(rate(p.accuracy())).append(" |\n");
        }
        b.append("\nFiles: [").append(CSV).append("](").append(CSV).append("), [").append(PARTICIPANTS_CSV).append("](")
                .append(PARTICIPANTS_CSV).append("). Made by `sigbench perceive report`.\n");
        return b.toString();
    }

    /** The rates table (Markdown): one row per variant and pooled. */
    public static String table(PerceptionStats s) {
        StringBuilder b = new StringBuilder("| variant | real judged real | synthetic judged real | d' | criterion c |\n"
                + "|---|---|---|---|---|\n");
        for (PerceptionStats.Group g : s.groups()) {
            b.append("| ").append(g.name()).append(" | ").append(rate(g.realJudgedReal())).append(" | ")
                    .append(rate(g.synthJudgedReal())).append(" | ").append(num(g.dPrime())).append(" | ")
                    .append(num(g.criterion())).append(" |\n");
        }
        return b.toString();
    }

    static String rate(Rate r) {
        return r.n() == 0 ? "n/a (0 answers)" : String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f] (%d/%d)",
                100 * r.value(), 100 * r.lo(), 100 * r.hi(), r.k(), r.n());
    }

    static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String csv(PerceptionStats s) {
        String[] header = ("group,real_n,real_judged_real,real_rate,real_lo,real_hi,synthetic_n,"
                + "synthetic_judged_real,synthetic_rate,synthetic_lo,synthetic_hi,d_prime,criterion").split(",");
        List<String[]> rows = new ArrayList<>();
        for (PerceptionStats.Group g : s.groups()) {
            List<String> r = new ArrayList<>(List.of(g.name()));
            r.addAll(csvRate(g.realJudgedReal()));
            r.addAll(csvRate(g.synthJudgedReal()));
            r.add(csvNum(g.dPrime()));
            r.add(csvNum(g.criterion()));
            rows.add(r.toArray(String[]::new));
        }
        return Csv.format(header, rows);
    }

    static String participantsCsv(PerceptionStats s) {
        String[] header = "participant,answers,correct,accuracy,accuracy_lo,accuracy_hi".split(",");
        List<String[]> rows = new ArrayList<>();
        for (PerceptionStats.Participant p : s.participants()) {
            Rate r = p.accuracy();
            rows.add(new String[] {p.id(), Integer.toString(r.n()), Integer.toString(r.k()), csvNum(100 * r.value()),
                csvNum(100 * r.lo()), csvNum(100 * r.hi())});
        }
        return Csv.format(header, rows);
    }

    private static List<String> csvRate(Rate r) {
        return List.of(Integer.toString(r.n()), Integer.toString(r.k()), csvNum(100 * r.value()), csvNum(100 * r.lo()),
                csvNum(100 * r.hi()));
    }

    private static String csvNum(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    static XYChart plot(PerceptionStats s) {
        List<PerceptionStats.Group> gs = s.groups();
        XYChart ch = new XYChartBuilder().width(640).height(420).title("Judged real (%), 95 % Wilson intervals")
                .xAxisTitle("variant").yAxisTitle("judged real (%)").build();
        ch.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setXAxisMin(-0.5).setXAxisMax(gs.size() - 0.5)
                .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        ch.getStyler().setXAxisTicksVisible(false).setMarkerSize(9);
        for (int i = 0; i < gs.size(); i++) {
            ch.addAnnotation(new org.knowm.xchart.AnnotationText(gs.get(i).name(), i, 4, false));
        }
        series(ch, gs, true, -0.12);
        series(ch, gs, false, 0.12);
        return ch;
    }

    private static void series(XYChart ch, List<PerceptionStats.Group> gs, boolean real, double dx) {
        String name = real ? "real judged real" : "synthetic judged real";
        java.awt.Color color = real ? new java.awt.Color(44, 122, 63) : new java.awt.Color(217, 72, 15);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < gs.size(); i++) {
            Rate r = real ? gs.get(i).realJudgedReal() : gs.get(i).synthJudgedReal();
            if (r.n() == 0) {
                continue;
            }
            x.add(i + dx);
            y.add(100 * r.value());
            XYSeries bar = ch.addSeries(name + " " + i, new double[] {i + dx, i + dx}, new double[] {100 * r.lo(), 100 * r.hi()});
            bar.setShowInLegend(false);
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineColor(color);
        }
        if (!x.isEmpty()) {
            XYSeries pts = ch.addSeries(name, x, y);
            pts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            pts.setMarkerColor(color);
            pts.setMarker(SeriesMarkers.CIRCLE);
        }
    }
}
