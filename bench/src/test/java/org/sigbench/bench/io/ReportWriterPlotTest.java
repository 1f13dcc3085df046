package org.sigbench.bench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.sigbench.bench.report.Plot;

/**
 * A grid of charts whose count does not fill its last row (9 charts in 2 columns: the paper
 * suite's duplicates plot once leap-airsig joined it) is drawn, the last row padded with a blank
 * chart: the image is cols x rows charts large.
 */
class ReportWriterPlotTest {
    @Test
    void aGridWithAnIncompleteLastRowIsDrawn() throws Exception {
        List<XYChart> charts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            XYChart c = new XYChartBuilder().width(200).height(150).title("c" + i).build();
            c.addSeries("s", new double[] {0, 1}, new double[] {0, i});
            charts.add(c);
        }
        byte[] png = ReportWriter.png(new Plot("p.png", "p", charts, 2));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(2 * 200, img.getWidth());
        assertEquals(5 * 150, img.getHeight());
    }
}
