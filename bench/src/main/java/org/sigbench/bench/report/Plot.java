package org.sigbench.bench.report;

import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * A PNG figure made of one or more XChart charts laid out in a grid.
 *
 * @param file   PNG file name
 * @param title  caption for the README
 * @param charts the charts, row by row
 * @param cols   charts per row
 */
public record Plot(String file, String title, List<XYChart> charts, int cols) {
    public Plot {
        charts = List.copyOf(charts);
        if (charts.isEmpty() || cols < 1) {
            throw new IllegalArgumentException("a plot needs at least one chart");
        }
    }

    public int rows() {
        return (charts.size() + cols - 1) / cols;
    }
}
