package org.sigbench.bench.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.sigbench.bench.report.Plot;
import org.sigbench.bench.report.Report;
import org.sigbench.bench.report.Table;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.datasets.io.Csv;

/**
 * Writes a {@link Report} into its folder: README.md, one CSV per table (opencsv, RFC 4180,
 * LF line ends), the PNG plots, {@code suite.json} and {@code options.json}. The report is replaced
 * as a whole ({@link ReportSwap}): a kill leaves the old report or the new one.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static void write(Report report, Path dir, String suiteJson, String optionsJson) {
        System.setProperty("java.awt.headless", "true");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Table t : report.tables()) {
            files.put(t.file(), csv(t));
        }
        for (Plot p : report.plots()) {
            files.put(p.file(), png(p));
        }
        files.put("suite.json", suiteJson.getBytes(StandardCharsets.UTF_8));
        files.put("options.json", optionsJson.getBytes(StandardCharsets.UTF_8));
        files.put("README.md", report.markdown().getBytes(StandardCharsets.UTF_8));
        ReportSwap.publish(dir, files);
    }

    /** The table as CSV bytes. */
    public static byte[] csv(Table t) {
        List<String[]> rows = t.rows().stream().map(r -> r.toArray(String[]::new)).toList();
        return Csv.format(t.header().toArray(String[]::new), rows).getBytes(StandardCharsets.UTF_8);
    }

    /** The plot as PNG bytes (charts in a grid). */
    public static byte[] png(Plot p) {
        try {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            if (p.charts().size() == 1) {
                BitmapEncoder.saveBitmap(p.charts().get(0), bo, BitmapEncoder.BitmapFormat.PNG);
            } else {
                // XChart's grid needs rows x cols charts: the last row is filled with blank charts
                List<XYChart> charts = new java.util.ArrayList<>(p.charts());
                XYChart first = charts.get(0);
                while (charts.size() < p.rows() * p.cols()) {
                    XYChart blank = new org.knowm.xchart.XYChartBuilder().width(first.getWidth())
                            .height(first.getHeight()).build();
                    var st = blank.getStyler();
                    st.setChartBackgroundColor(java.awt.Color.WHITE);
                    st.setPlotBackgroundColor(java.awt.Color.WHITE);
                    st.setPlotBorderVisible(false);
                    st.setLegendVisible(false);
                    st.setPlotGridLinesVisible(false);
                    st.setXAxisTicksVisible(false);
                    st.setYAxisTicksVisible(false);
                    charts.add(blank);
                }
                BitmapEncoder.saveBitmap(charts, p.rows(), p.cols(), bo, BitmapEncoder.BitmapFormat.PNG);
            }
            return bo.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Score files: one per cell and impostor type, under {@code <dir>/scores/} (git-ignored). */
    public static void writeScores(Path scoresDir, String file, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        AtomicFiles.write(scoresDir.resolve(file), sb.toString());
    }
}
