package org.sigbench.bench.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * FMR and FNMR of a genuine and an impostor {@link DistanceHistogram} at every bin edge: a probe is
 * accepted when its distance is below the edge, so at edge {@code k} (bins {@code 0..k-1} accepted)
 * {@code FMR = impostors accepted / impostors} and {@code FNMR = genuine rejected / genuine}.
 * Distances within one bin count as ties: between two edges the operating points lie on the straight
 * segment that joins them, and the EER is where that piecewise-linear curve crosses FMR = FNMR
 * (the convex-hull EER when the curve is convex there). Rates are percentages.
 */
public final class HistogramCurve {
    /** One operating point, at a bin edge (a distance threshold). */
    public record Point(double threshold, double fmr, double fnmr) {
    }

    private final List<Point> points;

    private HistogramCurve(List<Point> points) {
        this.points = List.copyOf(points);
    }

    /** The curve of two non-empty histograms. */
    public static HistogramCurve of(DistanceHistogram genuine, DistanceHistogram impostor) {
        if (genuine.total() == 0 || impostor.total() == 0) {
            throw new IllegalArgumentException("an error curve needs genuine and impostor distances, got "
                    + genuine.total() + " and " + impostor.total());
        }
        List<Point> pts = new ArrayList<>();
        long g = 0;
        long im = 0;
        pts.add(new Point(0, 0, 100));
        for (int k = 0; k < DistanceHistogram.BINS; k++) {
            long dg = genuine.count(k);
            long di = impostor.count(k);
            if (dg == 0 && di == 0) {
                continue;
            }
            g += dg;
            im += di;
            pts.add(new Point((k + 1) * DistanceHistogram.WIDTH, 100.0 * im / impostor.total(),
                    100.0 * (genuine.total() - g) / genuine.total()));
        }
        return new HistogramCurve(pts);
    }

    /** The operating points, from the strictest threshold (FMR 0, FNMR 100) to the loosest (FMR 100, FNMR 0). */
    public List<Point> points() {
        return points;
    }

    /** EER in %: where the segment between consecutive points crosses FMR = FNMR. */
    public double eer() {
        for (int k = 1; k < points.size(); k++) {
            Point a = points.get(k - 1);
            Point b = points.get(k);
            double da = a.fmr() - a.fnmr();
            double db = b.fmr() - b.fnmr();
            if (db >= 0) {
                double t = da == db ? 0 : da / (da - db);
                return a.fmr() + t * (b.fmr() - a.fmr());
            }
        }
        throw new IllegalStateException("the error curve never reaches FMR = FNMR"); // cannot happen: it ends at FMR 100, FNMR 0
    }

    /** FNMR in % at the loosest threshold whose FMR is at most {@code fmr} %. */
    public double fnmrAtFmr(double fmr) {
        double best = 100;
        for (Point p : points) {
            if (p.fmr() <= fmr) {
                best = p.fnmr();
            }
        }
        return best;
    }

    /** At most {@code max} points of the curve (evenly spaced by index, both ends kept) for a DET plot or file. */
    public List<Point> thinned(int max) {
        if (points.size() <= max) {
            return points;
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            out.add(points.get((int) Math.round((double) i * (points.size() - 1) / (max - 1))));
        }
        return out;
    }
}
