package org.sigbench.bench.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sigbench plot extract}: for a few real samples, the observed (resampled, smoothed)
 * trajectory and speed overlaid with the Sigma-Lognormal reconstruction, and the speed of every
 * extracted lognormal stroke. One row per sample; PNG written atomically.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Real vs reconstructed trajectory and speed, with the individual lognormal strokes (PNG).")
public final class PlotExtractCommand implements Callable<Integer> {
    private static final int W = 620;
    private static final int H = 330;

    @Option(names = "--corpus", required = true, paramLabel = "NAME", description = "Real corpus, e.g. svc2004-task2.")
    String corpus;

    @Option(names = "--data", paramLabel = "DIR", description = "Data root (default: env SIGBENCH_DATA).")
    String data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;

    @Option(names = "--samples", defaultValue = "3", paramLabel = "N", description = "Samples (rows). Default: ${DEFAULT-VALUE}.")
    int samples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (samples < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--samples must be >= 1");
        }
        Corpus c = Corpora.load(Corpora.root(data), corpus);
        List<Signature> chosen = ExtractCommand.select(c, null, samples);
        Extractor ex = Extractor.defaults();
        int title = 40;
        BufferedImage img = new BufferedImage(2 * W, title + H * chosen.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(corpus + ": observed (black) vs Sigma-Lognormal reconstruction (red); thin lines: individual strokes",
                10, 26);
        for (int r = 0; r < chosen.size(); r++) {
            Signature s = chosen.get(r);
            Extraction e = ex.extract(s);
            String head = String.format(Locale.ROOT, "%s: %d strokes (%.1f/s), SNRv %.1f dB, SNRt %.1f dB (centred)",
                    s.meta().id(), e.strokes(), e.strokesPerSecond(), e.snrV(), e.snrT());
            g.drawImage(trajectory(e, head), 0, title + r * H, null);
            g.drawImage(speed(e), W, title + r * H, null);
        }
        g.dispose();
        Path abs = out.toAbsolutePath();
        AtomicFiles.writePng(abs, img);
        spec.commandLine().getOut().println("wrote " + abs);
        return 0;
    }

    private static BufferedImage trajectory(Extraction e, String title) {
        XYChart ch = new XYChartBuilder().width(W).height(H).title(title).xAxisTitle("x").yAxisTitle("y").build();
        ch.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        ch.getStyler().setLegendVisible(false);
        Trajectory o = e.observed();
        Trajectory r = e.reconstruction();
        line(ch, "observed", o.x(), o.y(), Color.BLACK, 2.5f);
        line(ch, "reconstructed", r.x(), r.y(), Color.RED, 1.2f);
        return BitmapEncoder.getBufferedImage(ch);
    }

    private static BufferedImage speed(Extraction e) {
        XYChart ch = new XYChartBuilder().width(W).height(H).title("speed").xAxisTitle("t (s)").yAxisTitle("|v|").build();
        ch.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        ch.getStyler().setLegendVisible(false);
        Trajectory o = e.observed();
        Trajectory r = e.reconstruction();
        double[] t = o.t();
        int j = 0;
        Color[] palette = {new Color(31, 119, 180), new Color(44, 160, 44), new Color(148, 103, 189),
            new Color(140, 86, 75), new Color(23, 190, 207), new Color(188, 189, 34)};
        for (Stroke k : e.movement().strokes()) {
            double[] sp = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                sp[i] = k.speed(t[i]);
            }
            line(ch, "stroke " + (++j), t, sp, palette[j % palette.length], 0.8f);
        }
        line(ch, "observed", t, o.speed(), Color.BLACK, 2.5f);
        line(ch, "reconstructed", t, r.speed(), Color.RED, 1.2f);
        return BitmapEncoder.getBufferedImage(ch);
    }

    private static void line(XYChart ch, String name, double[] x, double[] y, Color c, float width) {
        XYSeries s = ch.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(c);
        s.setLineWidth(width);
    }
}
