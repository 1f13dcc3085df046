package org.sigbench.bench.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sigbench.datasets.Signature;

/**
 * Real samples beside synthetic ones: one row per sample pair; for each sample the trajectory in
 * the x-y, x-z and y-z projections (pen-down dark, pen-up light; 2D samples show x-y only) and the
 * speed |v| (units/s, central differences) against time. Left block real, then one block per
 * synthetic version (FS identities, or DS and KS versions of the real samples of the same row).
 */
public final class CompareFigure {
    private static final int W = 300;
    private static final int H = 230;
    private static final int TITLE = 40;
    private static final Color DOWN = new Color(20, 60, 160);
    private static final Color UP = new Color(180, 180, 180);

    private CompareFigure() {
    }

    /**
     * One block of columns: a label and its samples, one per row.
     *
     * @param label   heading of the block
     * @param samples samples, drawn top to bottom
     */
    public record Block(String label, List<Signature> samples) {
        public Block {
            samples = List.copyOf(samples);
        }
    }

    /** Renders the figure; the two lists are drawn row by row (extra samples of the longer list are ignored). */
    public static BufferedImage render(String title, String leftLabel, List<Signature> left, String rightLabel,
                                       List<Signature> right) {
        if (Math.min(left.size(), right.size()) == 0) {
            throw new IllegalArgumentException("nothing to draw: " + left.size() + " real and " + right.size()
                    + " synthetic samples");
        }
        return render(title, List.of(new Block(leftLabel, left), new Block(rightLabel, right)));
    }

    /**
     * Renders blocks side by side (real, then each synthetic version), separated by a rule; row r
     * shows sample r of every block (rows = the shortest block).
     */
    public static BufferedImage render(String title, List<Block> blocks) {
        int rows = blocks.stream().mapToInt(b -> b.samples().size()).min().orElse(0);
        if (rows == 0) {
            throw new IllegalArgumentException("nothing to draw: a block has no sample");
        }
        boolean threeD = blocks.stream().anyMatch(b -> b.samples().get(0).dims() == 3);
        int panels = threeD ? 4 : 2;
        int blockW = panels * W + 20;
        BufferedImage img = new BufferedImage(blocks.size() * blockW - 20, TITLE + rows * H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 10, 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int b = 0; b < blocks.size(); b++) {
            int x0 = b * blockW;
            g.drawString(blocks.get(b).label(), x0 + 10, 36);
            if (b > 0) {
                g.fillRect(x0 - 11, TITLE, 2, rows * H);
            }
            for (int r = 0; r < rows; r++) {
                draw(g, blocks.get(b).samples().get(r), x0, TITLE + r * H, threeD);
            }
        }
        g.dispose();
        return img;
    }

    private static void draw(Graphics2D g, Signature s, int x0, int y0, boolean threeD) {
        String id = s.meta().id();
        int col = 0;
        g.drawImage(projection(s, 'x', 'y', id + " x-y"), x0 + col++ * W, y0, null);
        if (threeD) {
            g.drawImage(projection(s, 'x', 'z', id + " x-z"), x0 + col++ * W, y0, null);
            g.drawImage(projection(s, 'y', 'z', id + " y-z"), x0 + col++ * W, y0, null);
        }
        g.drawImage(speed(s, id + " speed"), x0 + col * W, y0, null);
    }

    private static double[] axis(Signature s, char c) {
        return switch (c) {
            case 'x' -> s.x();
            case 'y' -> s.y();
            default -> s.z();
        };
    }

    private static BufferedImage projection(Signature s, char a, char b, String title) {
        XYChart ch = chart(title, String.valueOf(a), String.valueOf(b));
        double[] u = axis(s, a);
        double[] v = axis(s, b);
        boolean[] pen = s.pen();
        int start = 0;
        int k = 0;
        for (int i = 1; i <= u.length; i++) {
            if (i == u.length || pen[i] != pen[start]) {
                int end = Math.min(i + 1, u.length); // overlap one point so segments join
                double[] su = java.util.Arrays.copyOfRange(u, start, end);
                double[] sv = java.util.Arrays.copyOfRange(v, start, end);
                if (su.length >= 2) {
                    XYSeries ser = ch.addSeries("s" + k++, su, sv);
                    ser.setMarker(SeriesMarkers.NONE);
                    ser.setLineColor(pen[start] ? DOWN : UP);
                    ser.setLineWidth(1.2f);
                }
                start = i;
            }
        }
        return BitmapEncoder.getBufferedImage(ch);
    }

    private static BufferedImage speed(Signature s, String title) {
        XYChart ch = chart(title, "t (s)", "|v| (/s)");
        double[] t = s.t();
        double[] x = s.x();
        double[] y = s.y();
        double[] z = s.z();
        int n = t.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double dx = x[b] - x[a];
            double dy = y[b] - y[a];
            double dz = z[b] - z[a];
            v[i] = Math.sqrt(dx * dx + dy * dy + dz * dz) / (t[b] - t[a]);
        }
        double[] tt = new double[n];
        for (int i = 0; i < n; i++) {
            tt[i] = t[i] - t[0];
        }
        ch.getStyler().setXAxisMin(0.0);
        ch.getStyler().setXAxisMax(Math.ceil(tt[n - 1]));
        XYSeries ser = ch.addSeries("speed", tt, v);
        ser.setMarker(SeriesMarkers.NONE);
        ser.setLineColor(DOWN);
        ser.setLineWidth(1.0f);
        return BitmapEncoder.getBufferedImage(ch);
    }

    private static XYChart chart(String title, String xl, String yl) {
        XYChart ch = new XYChartBuilder().width(W).height(H).title(title).xAxisTitle(xl).yAxisTitle(yl).build();
        ch.getStyler().setLegendVisible(false);
        ch.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        ch.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        ch.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        ch.getStyler().setChartBackgroundColor(Color.WHITE);
        ch.getStyler().setPlotGridLinesVisible(false);
        ch.getStyler().setYAxisDecimalPattern("0.#");
        ch.getStyler().setXAxisMaxLabelCount(7);
        return ch;
    }

    /** Picks up to n samples spread over the list: one per subject first, in order. */
    public static List<Signature> pick(List<Signature> all, int n) {
        List<Signature> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int step = Math.max(1, all.size() / Math.max(1, n));
        for (int i = 0; i < all.size() && out.size() < n; i += step) {
            if (seen.add(all.get(i).meta().subject())) {
                out.add(all.get(i));
            }
        }
        for (int i = 0; i < all.size() && out.size() < n; i++) {
            if (!out.contains(all.get(i))) {
                out.add(all.get(i));
            }
        }
        return out;
    }
}
