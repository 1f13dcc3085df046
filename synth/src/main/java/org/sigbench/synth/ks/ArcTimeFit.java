package org.sigbench.synth.ks;

import static org.sigbench.synth.ks.KsTiming.FENCE_IQR;
import static org.sigbench.synth.ks.KsTiming.MIN_LENGTH_QUANTILE;
import static org.sigbench.synth.ks.KsTiming.quantile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.stat.Median;
import org.sigbench.synth.ks.KsTiming.Context;

/**
 * Steps 3-5 of {@link KsTimingEstimator#estimate}: the arcs KS lays on each real path, the
 * least-squares lines of arc count and arc time (log time against log arc length, regular arcs
 * inside the fence), the per-context shifts, the pause excess and its rest share.
 */
final class ArcTimeFit {
    private ArcTimeFit() {
    }

    /**
     * Steps 3-5 of {@link KsTimingEstimator#estimate} for a given number of arcs per real speed bell: lays
     * {@code max(g, round(bells * arcsPerBell))} arcs on each sample's path and fits the arc count
     * and the arc durations.
     */
    static KsTiming fitArcs(String src, KsTimingEstimator.Sampled d, KsOptions geometry, double arcsPerBell, double[] ratio) {
        int m = d.used().size();
        Arcs a = layArcs(d, geometry, arcsPerBell);
        List<double[]> rows = a.rows();
        int nb = rows.size();
        TimeLine tl = timeLine(rows);
        double[] line = tl.line();
        double[] shift = contextShifts(rows, tl);
        Residuals res = arcResiduals(rows, tl, shift);
        List<Double> reg = res.regular();
        boolean[] everySample = new boolean[m];
        Arrays.fill(everySample, true);
        double[] count = fit(a.lnG(), a.lnArcs(), everySample);
        return new KsTiming(src, m, d.speedBells(), geometry, count[0], count[1], residuals(a.lnG(), a.lnArcs(), count,
                everySample), line[0], line[1], tl.minLength(), tl.fence(),
                reg.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
                res.paused().stream().mapToDouble(Double::doubleValue).sorted().toArray(), res.pause(),
                restShare(rows, tl.regular(), line, shift, reg), shift, d.sig(), ratio, nb, arcsPerBell);
    }

    /**
     * The arcs laid on the samples' paths.
     *
     * @param rows   per arc of positive real time: {real time, arc length, context ordinal, time stopped}
     * @param lnG    per sample, ln of its geometric strokes
     * @param lnArcs per sample, ln of its arcs
     */
    private record Arcs(List<double[]> rows, double[] lnG, double[] lnArcs) {
    }

    /**
     * Step 3 of {@link KsTimingEstimator#estimate}: lays {@code max(g, round(bells * arcsPerBell))} arcs on each
     * sample's path; per arc its real time, length, context and time stopped.
     */
    private static Arcs layArcs(KsTimingEstimator.Sampled d, KsOptions geometry, double arcsPerBell) {
        KinematicSynthesis ks = KinematicSynthesis.of(geometry);
        List<Signature> used = d.used();
        int m = used.size();
        double[] lnG = new double[m];
        double[] lnArcs = new double[m];
        List<double[]> rows = new ArrayList<>(); // per arc: {real time, arc length, context, time stopped}
        for (int i = 0; i < m; i++) {
            Signature s = used.get(i);
            int g = d.geometric()[i];
            int want = Math.max(g, (int) Math.round(d.bellCount()[i] * arcsPerBell));
            KinematicSynthesis.Layout lay = ks.layout(s.t(), s.x(), s.y(), s.z(), s.pen(), s.dims(), k -> want);
            lnG[i] = Math.log(g);
            lnArcs[i] = Math.log(lay.arcs().size());
            double[] times = lay.realTimes();
            double[] starts = lay.realStarts();
            SpeedBells sb = SpeedBells.of(s.t(), s.x(), s.y(), s.z());
            double slow = KsTimingEstimator.STOP_FRACTION * Median.of(sb.speed());
            for (int j = 0; j < times.length; j++) {
                if (times[j] > 0) {
                    rows.add(new double[] {times[j], lay.arcs().get(j).d(), lay.context().get(j).ordinal(),
                        stopped(sb, starts[j], starts[j] + times[j], slow)});
                }
            }
        }
        if (rows.size() < 4) {
            throw new IllegalArgumentException("too few arcs (" + rows.size() + ") to estimate a KS timing");
        }
        return new Arcs(rows, lnG, lnArcs);
    }

    /**
     * The line of arc time on arc length.
     *
     * @param minLength the shortest length the line is read at
     * @param lx        per arc, {@code ln max(D, minLength)}
     * @param ly        per arc, ln of its real time
     * @param line      {intercept, slope}, fitted on the regular arcs (on all when fewer than 2 are regular)
     * @param fence     the pause fence on the residuals of the line over all arcs
     * @param regular   per arc, whether its residual is within the fence (not a pause)
     */
    private record TimeLine(double minLength, double[] lx, double[] ly, double[] line, double fence, boolean[] regular) {
    }

    /**
     * Step 4 of {@link KsTimingEstimator#estimate}, the line: least squares of {@code ln tau} on {@code ln max(D,
     * minLength)} over all arcs, the pauses beyond the fence, the line again over the other arcs.
     */
    private static TimeLine timeLine(List<double[]> rows) {
        int nb = rows.size();
        double[] lengths = rows.stream().mapToDouble(r -> r[1]).sorted().toArray();
        double minLength = Math.max(quantile(lengths, MIN_LENGTH_QUANTILE), Double.MIN_NORMAL);
        double[] lx = new double[nb];
        double[] ly = new double[nb];
        for (int b = 0; b < nb; b++) {
            lx[b] = Math.log(Math.max(rows.get(b)[1], minLength));
            ly[b] = Math.log(rows.get(b)[0]);
        }
        boolean[] all = new boolean[nb];
        Arrays.fill(all, true);
        double[] line = fit(lx, ly, all);
        double fence0 = fence(residuals(lx, ly, line, all));
        boolean[] regular = new boolean[nb];
        int nRegular = 0;
        for (int b = 0; b < nb; b++) {
            regular[b] = ly[b] - line[0] - line[1] * lx[b] <= fence0;
            nRegular += regular[b] ? 1 : 0;
        }
        if (nRegular >= 2) {
            line = fit(lx, ly, regular);
        }
        return new TimeLine(minLength, lx, ly, line, fence0, regular);
    }

    /** Step 4 of {@link KsTimingEstimator#estimate}, the shifts: per {@link Context}, the mean residual of its regular arcs (0 without). */
    private static double[] contextShifts(List<double[]> rows, TimeLine tl) {
        double[] lx = tl.lx();
        double[] ly = tl.ly();
        double[] line = tl.line();
        double[] shift = new double[Context.values().length];
        int[] regularIn = new int[shift.length];
        for (int b = 0; b < rows.size(); b++) {
            if (tl.regular()[b]) {
                int c = (int) rows.get(b)[2];
                shift[c] += ly[b] - line[0] - line[1] * lx[b];
                regularIn[c]++;
            }
        }
        for (int c = 0; c < shift.length; c++) {
            shift[c] = regularIn[c] > 0 ? shift[c] / regularIn[c] : 0;
        }
        return shift;
    }

    /**
     * The arcs' residuals against the time line.
     *
     * @param regular the regular arcs' residuals, less their context's shift, in arc order
     * @param paused  the paused arcs' residuals, in arc order
     * @param pause   per {@link Context}, the pause probability
     */
    private record Residuals(List<Double> regular, List<Double> paused, double[] pause) {
    }

    /**
     * Steps 4-5 of {@link KsTimingEstimator#estimate}, the residuals: the regular ones centred on their context's
     * shift, the paused ones as they are, and per context paused arcs / arcs (the overall fraction
     * for a context without arcs).
     */
    private static Residuals arcResiduals(List<double[]> rows, TimeLine tl, double[] shift) {
        double[] lx = tl.lx();
        double[] ly = tl.ly();
        double[] line = tl.line();
        int nb = rows.size();
        int[] inContext = new int[Context.values().length];
        int[] paused = new int[inContext.length];
        List<Double> reg = new ArrayList<>();
        List<Double> pau = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            double e = ly[b] - line[0] - line[1] * lx[b];
            int c = (int) rows.get(b)[2];
            inContext[c]++;
            if (tl.regular()[b]) {
                reg.add(e - shift[c]);
            } else {
                paused[c]++;
                pau.add(e);
            }
        }
        double overall = (double) pau.size() / nb;
        double[] pause = new double[inContext.length];
        for (int c = 0; c < inContext.length; c++) {
            pause[c] = inContext[c] > 0 ? (double) paused[c] / inContext[c] : overall;
        }
        return new Residuals(reg, pau, pause);
    }

    /**
     * Share of the paused arcs' excess time during which the real hand stood still: {@code sum
     * stopped / sum (time - exp(intercept + slope ln D + shift_c + median residual))} over the
     * paused arcs, clipped to [0, 1] (1 without paused arcs); stopped = grid time of the
     * {@link SpeedBells} speed below {@link KsTimingEstimator#STOP_FRACTION} of the sample's median speed.
     */
    private static double restShare(List<double[]> rows, boolean[] regular, double[] line, double[] shift,
                                     List<Double> centred) {
        double median = Median.of(centred.stream().mapToDouble(Double::doubleValue).toArray());
        double stopped = 0;
        double excess = 0;
        for (int b = 0; b < rows.size(); b++) {
            if (regular[b]) {
                continue;
            }
            double[] r = rows.get(b);
            double typical = Math.exp(line[0] + line[1] * Math.log(Math.max(r[1], Double.MIN_NORMAL)) + shift[(int) r[2]]
                    + median);
            excess += Math.max(0, r[0] - typical);
            stopped += Math.min(r[3], Math.max(0, r[0] - typical));
        }
        return excess > 0 ? Math.min(1, stopped / excess) : 1;
    }

    /** Time within [a, b] (s) during which the smoothed speed is below {@code slow}. */
    private static double stopped(SpeedBells sb, double a, double b, double slow) {
        double[] v = sb.speed();
        int i0 = Math.max(0, (int) Math.ceil((a - sb.t0()) / sb.dt()));
        int i1 = Math.min(v.length - 1, (int) Math.floor((b - sb.t0()) / sb.dt()));
        int n = 0;
        for (int i = i0; i <= i1; i++) {
            if (v[i] < slow) {
                n++;
            }
        }
        return n * sb.dt();
    }


    /** Least squares {intercept, slope} of y on x over the selected points. */
    private static double[] fit(double[] x, double[] y, boolean[] use) {
        double sx = 0;
        double sy = 0;
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (use[i]) {
                sx += x[i];
                sy += y[i];
                k++;
            }
        }
        double mx = sx / k;
        double my = sy / k;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (use[i]) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
            }
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        return new double[] {my - slope * mx, slope};
    }

    private static double[] residuals(double[] x, double[] y, double[] line, boolean[] use) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (use[i]) {
                r.add(y[i] - line[0] - line[1] * x[i]);
            }
        }
        return r.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Upper quartile + {@value KsTiming#FENCE_IQR} interquartile ranges of sorted values. */
    private static double fence(double[] sorted) {
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        return q3 + FENCE_IQR * (q3 - q1);
    }
}
