package org.sigbench.bench.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * DET charts (Martin et al., "The DET curve in assessment of detection task performance",
 * Eurospeech 1997): FNMR against FMR, both axes the standard normal deviate
 * {@code Phi^-1(rate)} of the rate, labelled with the rate in %, from {@link #DET_MIN} to
 * {@link #DET_MAX} %, with the EER line FMR = FNMR.
 */
public final class DetChart {
    /** DET axes run from this rate (%) to {@link #DET_MAX}. */
    public static final double DET_MIN = 0.05;
    public static final double DET_MAX = 60;

    private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

    private DetChart() {
    }

    /** A DET chart: both axes are normal deviates, labelled with the rate in %. */
    public static XYChart chart(String title) {
        XYChart ch = new XYChartBuilder().width(560).height(500).title(title).xAxisTitle("FMR (%)")
                .yAxisTitle("FNMR (%)").build();
        ch.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE).setChartBackgroundColor(Color.WHITE)
                .setPlotBackgroundColor(Color.WHITE).setMarkerSize(3);
        double lo = N01.inverseCumulativeProbability(DET_MIN / 100);
        double hi = N01.inverseCumulativeProbability(DET_MAX / 100);
        ch.getStyler().setXAxisMin(lo).setXAxisMax(hi).setYAxisMin(lo).setYAxisMax(hi);
        ch.getStyler().setxAxisTickLabelsFormattingFunction(DetChart::deviateLabel);
        ch.getStyler().setyAxisTickLabelsFormattingFunction(DetChart::deviateLabel);
        // EER line FMR = FNMR
        XYSeries diag = ch.addSeries("FMR = FNMR", new double[] {lo, hi}, new double[] {lo, hi});
        diag.setMarker(SeriesMarkers.NONE).setLineColor(Color.LIGHT_GRAY);
        return ch;
    }

    private static String deviateLabel(Double z) {
        double p = 100 * N01.cumulativeProbability(z);
        return p >= 10 ? String.format(Locale.ROOT, "%.0f", p) : p >= 1 ? String.format(Locale.ROOT, "%.1f", p)
                : String.format(Locale.ROOT, "%.2f", p);
    }

    /**
     * Adds a DET curve from FMR and FNMR points in %, each rate clamped to
     * {@code [DET_MIN / 200, 1 - DET_MIN / 200]} before its normal deviate is taken; {@code bold}
     * draws it thick and black (the real data's curve).
     */
    public static void add(XYChart ch, String name, double[] fmr, double[] fnmr, boolean bold) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double lo = DET_MIN / 100 / 2;
        for (int i = 0; i < fmr.length; i++) {
            double a = Math.min(Math.max(fmr[i] / 100, lo), 1 - lo);
            double b = Math.min(Math.max(fnmr[i] / 100, lo), 1 - lo);
            x.add(N01.inverseCumulativeProbability(a));
            y.add(N01.inverseCumulativeProbability(b));
        }
        XYSeries s = ch.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        if (bold) {
            s.setLineColor(Color.BLACK);
            s.setLineWidth(2.5f);
        }
    }
}
