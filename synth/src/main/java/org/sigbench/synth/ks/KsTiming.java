package org.sigbench.synth.ks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.model.Stroke;
import org.sigbench.datasets.stat.Median;

/**
 * The timing Kinematic Synthesis gives a trajectory, estimated from real samples of one kind
 * (genuine samples, or skilled forgeries, never both: forgers move differently). Every number is
 * an estimate from the samples ({@link #estimate} states the procedure); the choices it needs are
 * the constants of this class, each documented.
 *
 * <p>The unit is the KS <em>arc</em>: KS lays arcs along the path (the geometric segments of
 * {@link KinematicSynthesis}, cut further) and gives each one lognormal stroke and one speed bell.
 * The estimate lays the same arcs on real paths and reads off the real time the writer took over
 * each one (from the real clock, which KS itself never sees). The timing holds:
 * <ul>
 * <li>how many arcs: {@code ln A = countIntercept + countSlope ln g + r}, g the geometric strokes
 *     of the path, r a resampled residual ({@link #countResiduals}); A is set so that the
 *     re-timings have as many speed bells ({@link SpeedBells}, the benchmark's measure) as the
 *     real samples;</li>
 * <li>speed as a function of path length: {@code ln tau = intercept + slope ln max(D, minLength)
 *     + shift_c + e} for an arc of length D in context c, so long arcs take longer; shift_c the
 *     mean regular residual of the context ({@link #contextShift}), e resampled from the regular
 *     residuals centred per context ({@link #residuals});</li>
 * <li>pauses: an arc whose residual exceeds {@link #fence} (Tukey's outlier fence) took much
 *     longer than its length explains: the hand stopped or crept. Their frequency depends on the
 *     arc's {@link Context} (pen-up, after a sharp corner, elsewhere), {@link #pause}; their
 *     residuals are resampled from {@link #pauseResiduals}. Of the excess time of a pause, KS
 *     rests before the stroke for the share {@link #restShare} measured on the real paused arcs
 *     (time at rest / excess time) and slows the stroke by the remainder (the hand crept);</li>
 * <li>the lognormal of each arc: pairs ({@link #sigma}, {@link #spanRatio}) drawn together. Per
 *     speed valley of the real samples: sigma of the dominant extracted stroke (largest D, peak in
 *     the bell before the valley), and the span ratio (1 %-99 % span {@code exp(mu) 2 sinh(2.326
 *     sigma)} over the spacing of consecutive strokes) at which two such lognormals leave a valley
 *     as deep as the real one ({@link #overlapFor}). The extracted strokes' own spans are not
 *     used: the extractor's virtual targets let its strokes overlap far more (median span 2-3
 *     spacings) than strokes between points on the path can without cutting corners and merging
 *     bells.</li>
 * </ul>
 * Lengths are in the units of the estimating corpus: use a timing for samples of that corpus,
 * with the geometric options it was estimated with ({@link #geometry}).
 *
 * @param source         free text: which samples, how many, arcs per speed bell
 * @param samples        number of real samples used
 * @param bells          number of speed bells in them
 * @param geometry       the geometric KS options the arcs were laid with
 * @param countIntercept of the log arcs - log geometric strokes line
 * @param countSlope     of the log arcs - log geometric strokes line
 * @param countResiduals its residuals, one per sample, sorted
 * @param intercept      of the log arc time - log arc length line
 * @param slope          of the log arc time - log arc length line
 * @param minLength      lengths below this (the 1st percentile of the arcs' lengths) count as this
 * @param fence          residuals above this (against the line fitted on all arcs) are pauses
 * @param residuals      residuals of the regular arcs, sorted
 * @param pauseResiduals residuals of the paused arcs, sorted (may be empty)
 * @param pause          probability of a pause per {@link Context} (indexed by ordinal)
 * @param restShare      share of a pause's excess time that the hand rests (the rest of it, it creeps:
 *                       the paused arc's stroke is slowed), in [0, 1]
 * @param contextShift   mean regular residual per {@link Context} (indexed by ordinal): a regular
 *                       arc of that context lasts {@code exp(intercept + slope ln D + shift + e)}
 * @param sigma          sigma of the dominant extracted stroke, one per real speed valley that has one
 * @param spanRatio      span ratio for that valley, paired with {@link #sigma}; pairs in increasing span ratio
 * @param arcCount       number of real arcs the durations were fitted on
 * @param arcsPerBell    KS arcs laid per real speed bell (step 6 of {@link #estimate})
 */
public record KsTiming(String source, int samples, int bells, KsOptions geometry, double countIntercept,
                       double countSlope, double[] countResiduals, double intercept, double slope, double minLength,
                       double fence, double[] residuals, double[] pauseResiduals, double[] pause,
                       double restShare, double[] contextShift, double[] sigma, double[] spanRatio, int arcCount, double arcsPerBell) {

    /** At most this many samples are analysed (extraction costs about 0.1 s per sample). */
    public static final int MAX_SAMPLES = 40;
    /** Rounds of the bell-count and valley-depth corrections of {@link #estimate} (step 6). */
    static final int CORRECTION_ROUNDS = 2;
    /** The hand counts as standing still below this fraction of the sample's median smoothed speed. */
    static final double STOP_FRACTION = 0.1;
    /** Tukey's outlier fence: upper quartile + this many interquartile ranges. */
    public static final double FENCE_IQR = 1.5;
    /** Quantile of the arc lengths below which a length counts as that quantile (no log of 0). */
    public static final double MIN_LENGTH_QUANTILE = 0.01;
    /** z of the 99 % point of a standard normal: T = exp(mu) 2 sinh(Z99 sigma) is the 1 %-99 % span. */
    static final double Z99 = 2.326;

    /** Where an arc lies: the context of a pause. */
    public enum Context {
        /** A point of the path inside the arc is pen-up. */
        PEN_UP,
        /** Not pen-up; the chord turns by at least {@link KsOptions#turnThreshold()} from the previous arc's. */
        CORNER,
        /** Anything else (also the first arc). */
        PLAIN
    }

    public KsTiming {
        Objects.requireNonNull(geometry, "geometry");
        if (countResiduals.length == 0 || residuals.length == 0 || sigma.length == 0
                || sigma.length != spanRatio.length || pause.length != Context.values().length) {
            throw new IllegalArgumentException("incomplete KS timing: " + countResiduals.length + " count residuals, "
                    + residuals.length + " residuals, " + sigma.length + " sigmas, " + spanRatio.length
                    + " span ratios, " + pause.length + " pause probabilities");
        }
    }

    /**
     * Estimates the timing from real samples of one kind. Procedure:
     * <ol>
     * <li>up to {@value #MAX_SAMPLES} samples, chosen deterministically: indices
     *     {@code floor(i n / m)}, i &lt; m = min(n, 40), of the list in its given order (a sample
     *     whose path has no extent is left out);</li>
     * <li>per sample: its speed bells ({@link SpeedBells}); its g geometric KS strokes under
     *     {@code geometry}; its extraction, giving one (sigma, span ratio) pair per speed valley
     *     ({@link #shapes});</li>
     * <li>per sample, the arcs KS lays for {@code A = max(g, round(bells x arcsPerBell))} arcs, and
     *     the real time over each (from the sample's arrival at the arc's start to its arrival at
     *     the next arc's start; the first arc starts with the first sample and the last ends with
     *     the last, so the arcs' times add up to the duration, rests included), its length and
     *     its {@link Context} (pen-up: a point inside the arc is pen-up; corner: its chord turns
     *     by at least {@link KsOptions#turnThreshold()} from the previous arc's);</li>
     * <li>least squares of {@code ln A} on {@code ln g} over the samples; of {@code ln tau} on
     *     {@code ln max(D, minLength)} over all arcs; arcs whose residual exceeds the fence
     *     (upper quartile + {@value #FENCE_IQR} interquartile ranges) are pauses; the line is
     *     fitted again on the other arcs and every residual is taken against it; the mean regular
     *     residual of each {@link Context} is that context's shift (pen-up movements and corners
     *     are slower than plain arcs of the same length), and regular residuals are kept centred
     *     on their context's shift;</li>
     * <li>pause probability per context = paused arcs / arcs of that context (the overall
     *     fraction for a context without arcs);</li>
     * <li>steps 3-5 run first with {@code arcsPerBell = 1} and the span ratios as read from the
     *     real valleys; then, {@value #CORRECTION_ROUNDS} times, one KS re-timing of each sample
     *     (seeds: SplitMix64 of the sample's rank) shows how many speed bells the arcs make
     *     (neighbouring lognormals can merge into one bell) and how deep the valleys between them
     *     are ({@link SpeedBells#valleyRatio}); {@code arcsPerBell} is multiplied by real bells /
     *     KS bells over the samples, every span ratio by {@code overlapFor(s, v_real) /
     *     overlapFor(s, v_KS)} (s the median sigma, v the median valley ratios; the two-lognormal
     *     model's own span ratio for each depth, so the ratio moves KS's valleys toward the real
     *     depth: arcs that turn at corners leave deeper valleys than {@link #valley} assumes), and
     *     steps 3-5 run again with them.</li>
     * </ol>
     *
     * @param samples   real samples, all of one kind
     * @param extractor the Sigma-Lognormal extractor (for the lognormal shape of each bell)
     * @param geometry  the geometric options the re-timings will use
     * @throws IllegalArgumentException when there are no samples, or too few arcs or valleys
     */
    public static KsTiming estimate(List<Signature> samples, Extractor extractor, KsOptions geometry) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples to estimate a KS timing from");
        }
        int n = samples.size();
        int m = Math.min(n, MAX_SAMPLES);
        KinematicSynthesis ks = KinematicSynthesis.of(geometry);
        List<Signature> used = new ArrayList<>(m);
        int[] bellCount = new int[m];
        int[] geometric = new int[m];
        List<double[]> shapes = new ArrayList<>(); // per speed valley: {sigma, span ratio}
        List<Double> valleys = new ArrayList<>();
        int speedBells = 0;
        for (int i = 0; i < m; i++) {
            Signature s = samples.get((int) ((long) i * n / m));
            SpeedBells sb = SpeedBells.of(s.t(), s.x(), s.y(), s.z());
            List<double[]> sh;
            int g;
            try {
                g = ks.strokes(s.x(), s.y(), s.z(), s.dims());
                ks.layout(s.t(), s.x(), s.y(), s.z(), s.pen(), s.dims(), k -> k);
                sh = shapes(sb, extractor.extract(s));
            } catch (IllegalArgumentException degenerate) {
                continue; // a path without extent (KS cannot re-time it either)
            }
            bellCount[used.size()] = sb.bells();
            geometric[used.size()] = g;
            used.add(s);
            speedBells += sb.bells();
            shapes.addAll(sh);
            for (double v : sb.valleyRatios()) {
                valleys.add(v);
            }
        }
        if (used.isEmpty()) {
            throw new IllegalArgumentException("no sample with a path KS can lay arcs on");
        }
        bellCount = Arrays.copyOf(bellCount, used.size());
        geometric = Arrays.copyOf(geometric, used.size());
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("no speed valley with an extracted stroke to estimate a KS timing from");
        }
        shapes.sort(java.util.Comparator.comparingDouble(p -> p[1])); // pairs in increasing span ratio (stable)
        double[] sig = new double[shapes.size()];
        double[] ratio = new double[shapes.size()];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = shapes.get(i)[0];
            ratio[i] = shapes.get(i)[1];
        }
        String src = String.format(Locale.ROOT, "%d of %d samples (%s), %d speed bells", used.size(), n,
                samples.get(0).meta().kind().token(), speedBells);
        // first pass: one arc per real speed bell, the span ratios as read from the real valleys
        double arcsPerBell = 1;
        double gain = 1;
        double realValley = Median.of(valleys.stream().mapToDouble(Double::doubleValue).toArray());
        double sigmaMedian = Median.of(sig);
        KsTiming t = fitArcs(src, speedBells, geometry, used, bellCount, geometric, arcsPerBell, sig, ratio);
        // corrections: re-time each estimation sample (fixed seeds), compare bells and valleys with the real ones
        for (int round = 0; round < CORRECTION_ROUNDS; round++) {
            long ksBells = 0;
            List<Double> ksValleys = new ArrayList<>();
            for (int i = 0; i < used.size(); i++) {
                Signature s = used.get(i);
                KsResult r = ks.retime(s.x(), s.y(), s.z(), s.pen(), s.dims(), t, org.sigbench.datasets.random.Streams.of(i));
                org.sigbench.synth.model.Trajectory tr = r.trajectory();
                SpeedBells sb = SpeedBells.of(tr.t(), tr.x(), tr.y(), tr.z());
                ksBells += sb.bells();
                for (double v : sb.valleyRatios()) {
                    ksValleys.add(v);
                }
            }
            arcsPerBell *= (double) speedBells / Math.max(1, ksBells);
            double ksValley = ksValleys.isEmpty() ? Double.NaN
                    : Median.of(ksValleys.stream().mapToDouble(Double::doubleValue).toArray());
            if (Double.isFinite(ksValley) && Double.isFinite(realValley)) {
                gain *= overlapFor(sigmaMedian, realValley) / overlapFor(sigmaMedian, ksValley);
            }
            double[] scaled = new double[ratio.length];
            for (int i = 0; i < ratio.length; i++) {
                scaled[i] = ratio[i] * gain;
            }
            t = fitArcs(src + String.format(Locale.ROOT, ", %.3f arcs per speed bell, span ratios x %.3f (median valley "
                    + "%.3f real, %.3f KS before this correction)", arcsPerBell, gain, realValley, ksValley), speedBells,
                    geometry, used, bellCount, geometric, arcsPerBell, sig, scaled);
        }
        return t;
    }

    /**
     * Per speed valley (minimum) of a real sample: the sigma of the extracted stroke of largest D
     * whose peak lies in the bell before the valley, and the span ratio that leaves that valley
     * ({@link #overlapFor}); the valley ratio is the speed at the minimum over the lower of the
     * speed maxima of the two bells around it.
     */
    private static List<double[]> shapes(SpeedBells sb, Extraction e) {
        List<double[]> out = new ArrayList<>();
        List<Stroke> strokes = e.movement().strokes();
        double[] v = sb.speed();
        for (int b = 0; b + 1 < sb.bells(); b++) {
            int a = sb.bellStart(b);
            int c = sb.bellEnd(b);
            double ta = sb.t0() + a * sb.dt();
            double tc = sb.t0() + c * sb.dt();
            Stroke main = null;
            for (Stroke k : strokes) {
                double tp = k.peakTime();
                if (tp >= ta && tp <= tc && (main == null || k.d() > main.d())) {
                    main = k;
                }
            }
            if (main == null) {
                continue;
            }
            double valley = sb.valleyRatio(b);
            out.add(new double[] {main.sigma(), overlapFor(main.sigma(), valley)});
        }
        return out;
    }

    /**
     * Steps 3-5 of {@link #estimate} for a given number of arcs per real speed bell: lays
     * {@code max(g, round(bells * arcsPerBell))} arcs on each sample's path and fits the arc count
     * and the arc durations.
     */
    private static KsTiming fitArcs(String src, int speedBells, KsOptions geometry, List<Signature> used,
                                    int[] bellCount, int[] geometric, double arcsPerBell, double[] sig, double[] ratio) {
        KinematicSynthesis ks = KinematicSynthesis.of(geometry);
        int m = used.size();
        double[] lnG = new double[m];
        double[] lnArcs = new double[m];
        List<double[]> rows = new ArrayList<>(); // per arc: {real time, arc length, context, time stopped}
        for (int i = 0; i < m; i++) {
            Signature s = used.get(i);
            int g = geometric[i];
            int want = Math.max(g, (int) Math.round(bellCount[i] * arcsPerBell));
            KinematicSynthesis.Layout lay = ks.layout(s.t(), s.x(), s.y(), s.z(), s.pen(), s.dims(), k -> want);
            lnG[i] = Math.log(g);
            lnArcs[i] = Math.log(lay.arcs().size());
            double[] times = lay.realTimes();
            double[] starts = lay.realStarts();
            SpeedBells sb = SpeedBells.of(s.t(), s.x(), s.y(), s.z());
            double slow = STOP_FRACTION * Median.of(sb.speed());
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
        int[] inContext = new int[Context.values().length];
        int[] paused = new int[inContext.length];
        double[] shift = new double[inContext.length];
        int[] regularIn = new int[inContext.length];
        for (int b = 0; b < nb; b++) {
            if (regular[b]) {
                int c = (int) rows.get(b)[2];
                shift[c] += ly[b] - line[0] - line[1] * lx[b];
                regularIn[c]++;
            }
        }
        for (int c = 0; c < shift.length; c++) {
            shift[c] = regularIn[c] > 0 ? shift[c] / regularIn[c] : 0;
        }
        List<Double> reg = new ArrayList<>();
        List<Double> pau = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            double e = ly[b] - line[0] - line[1] * lx[b];
            int c = (int) rows.get(b)[2];
            inContext[c]++;
            if (regular[b]) {
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
        boolean[] everySample = new boolean[m];
        Arrays.fill(everySample, true);
        double[] count = fit(lnG, lnArcs, everySample);
        return new KsTiming(src, m, speedBells, geometry, count[0], count[1], residuals(lnG, lnArcs, count, everySample),
                line[0], line[1], minLength, fence0, reg.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
                pau.stream().mapToDouble(Double::doubleValue).sorted().toArray(), pause, restShare(rows, regular, line, shift,
                reg), shift, sig, ratio, nb, arcsPerBell);
    }

    /**
     * Share of the paused arcs' excess time during which the real hand stood still: {@code sum
     * stopped / sum (time - exp(intercept + slope ln D + shift_c + median residual))} over the
     * paused arcs, clipped to [0, 1] (1 without paused arcs); stopped = grid time of the
     * {@link SpeedBells} speed below {@link #STOP_FRACTION} of the sample's median speed.
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

    /** Bracket of the span ratio searched by {@link #overlapFor} (numerical, not a model parameter). */
    static final double[] SPAN_RATIO_BRACKET = {0.25, 8};

    /**
     * Valley ratio of two equal lognormals moving the same way, one spacing apart, each with this
     * sigma and a 1 %-99 % span of {@code ratio} spacings: the lowest speed between their peaks
     * over the lower of the two speed maxima around it; 1 when their sum has no minimum there.
     * The model's choice: the same way (strokes that turn leave deeper valleys for the same
     * overlap, so the span ratio read from a real valley at a corner is a lower bound), equal
     * strokes (the two bells of a real valley differ), speed evaluated on 600 points over
     * [-1, 2] spacings.
     */
    static double valley(double sigma, double ratio) {
        double e = ratio / (2 * Math.sinh(Z99 * sigma));
        double mu = Math.log(e);
        double lead = Math.exp(mu - sigma * sigma);
        int n = 600;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double t = -1 + 3.0 * i / (n - 1);
            v[i] = lognormal(t + lead, mu, sigma) + lognormal(t - 1 + lead, mu, sigma);
        }
        int best = -1;
        for (int i = 1; i < n - 1; i++) {
            double t = -1 + 3.0 * i / (n - 1);
            if (t > 0 && t < 1 && v[i] < v[i - 1] && v[i] <= v[i + 1] && (best < 0 || v[i] < v[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return 1;
        }
        double left = 0;
        double right = 0;
        for (int i = 0; i < best; i++) {
            left = Math.max(left, v[i]);
        }
        for (int i = best + 1; i < n; i++) {
            right = Math.max(right, v[i]);
        }
        return v[best] / Math.min(left, right);
    }

    private static double lognormal(double dt, double mu, double sigma) {
        if (dt <= 0) {
            return 0;
        }
        double z = (Math.log(dt) - mu) / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI) * dt);
    }

    /**
     * The span ratio (1 %-99 % span / spacing) at which two lognormals of this sigma leave a
     * valley of this ratio between them ({@link #valley}, increasing in the span ratio), by
     * bisection within {@link #SPAN_RATIO_BRACKET}.
     */
    static double overlapFor(double sigma, double valleyRatio) {
        double lo = SPAN_RATIO_BRACKET[0];
        double hi = SPAN_RATIO_BRACKET[1];
        if (valley(sigma, lo) >= valleyRatio) {
            return lo;
        }
        for (int it = 0; it < 30; it++) {
            double mid = 0.5 * (lo + hi);
            if (valley(sigma, mid) < valleyRatio) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
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

    /** Upper quartile + {@value #FENCE_IQR} interquartile ranges of sorted values. */
    private static double fence(double[] sorted) {
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        return q3 + FENCE_IQR * (q3 - q1);
    }

    static double angle(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < 3; k++) {
            dot += a[k] * b[k];
            na += a[k] * a[k];
            nb += b[k] * b[k];
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        return Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb))));
    }

    /** The u-quantile of sorted values, linear between order statistics (type 7). */
    static double quantile(double[] sorted, double u) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double h = u * (sorted.length - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** A draw from the empirical distribution of sorted values (its quantile at a uniform u). */
    static double draw(double[] sorted, UniformRandomProvider rng) {
        return quantile(sorted, rng.nextDouble());
    }

    /**
     * Number of arcs for a path with g geometric strokes: {@code round(exp(countIntercept +
     * countSlope ln g + r))}, r a drawn count residual (KS uses at least g).
     */
    public int arcs(int g, UniformRandomProvider rng) {
        return (int) Math.round(Math.exp(countIntercept + countSlope * Math.log(g) + draw(countResiduals, rng)));
    }

    /** Number of arcs for g geometric strokes with the count residual at quantile u (at least g). */
    public int arcs(int g, double u) {
        return (int) Math.round(Math.exp(countIntercept + countSlope * Math.log(g) + quantile(countResiduals, u)));
    }

    /**
     * The index of the (sigma, span ratio) pair at quantile u of the span ratios (the pairs are
     * kept in increasing span ratio): similar u, similar overlap of neighbouring strokes.
     */
    public int pairByRatio(double u) {
        return Math.min(spanRatio.length - 1, Math.max(0, (int) Math.floor(u * spanRatio.length)));
    }

    /**
     * The regular arc time's log without its residual: {@code intercept + slope ln max(D, minLength)
     * + contextShift[context]}.
     */
    public double regularBase(double length, Context context) {
        return intercept + slope * Math.log(Math.max(length, minLength)) + contextShift[context.ordinal()];
    }

    /** Median regular arc time for an arc of this length, s. */
    public double typicalDuration(double length) {
        return Math.exp(intercept + slope * Math.log(Math.max(length, minLength)) + quantile(residuals, 0.5));
    }

    /** Fraction of the real arcs that were pauses. */
    public double pauseFraction() {
        return (double) pauseResiduals.length / arcCount;
    }

    /** One line for reports and option files. */
    public String describe() {
        return String.format(Locale.ROOT,
                "KS timing from %s: ln(arcs) = %.3f + %.3f ln(geometric strokes) (+ residual, sd %.3f); ln(arc time) = %.3f + %.3f ln(length)"
                        + " (+ residual, sd %.3f); pauses %.1f %% of arcs (residual > %.2f; pen-up %.1f %%, corner %.1f %%,"
                        + " plain %.1f %%; %.0f %% of a pause's excess time at rest, the rest slower strokes); regular arc time shift pen-up %+.3f, corner %+.3f, plain %+.3f;"
                        + " lognormal sigma median %.3f, span / spacing median %.2f",
                source, countIntercept, countSlope, sd(countResiduals), intercept, slope, sd(residuals), 100 * pauseFraction(), fence,
                100 * pause[0], 100 * pause[1], 100 * pause[2], 100 * restShare, contextShift[0], contextShift[1], contextShift[2],
                Median.of(sigma), Median.of(spanRatio));
    }

    private static double sd(double[] a) {
        double m = Arrays.stream(a).average().orElse(0);
        double ss = 0;
        for (double v : a) {
            ss += (v - m) * (v - m);
        }
        return a.length > 1 ? Math.sqrt(ss / (a.length - 1)) : 0;
    }

    @Override
    public String toString() {
        return describe();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KsTiming k && source.equals(k.source) && samples == k.samples && bells == k.bells
                && geometry.equals(k.geometry) && countIntercept == k.countIntercept
                && countSlope == k.countSlope && Arrays.equals(countResiduals, k.countResiduals)
                && intercept == k.intercept && slope == k.slope && minLength == k.minLength && fence == k.fence
                && Arrays.equals(residuals, k.residuals) && Arrays.equals(pauseResiduals, k.pauseResiduals)
                && Arrays.equals(pause, k.pause) && restShare == k.restShare
                && Arrays.equals(contextShift, k.contextShift)
                && Arrays.equals(sigma, k.sigma) && Arrays.equals(spanRatio, k.spanRatio)
                && arcCount == k.arcCount && arcsPerBell == k.arcsPerBell;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, samples, bells, intercept, slope, Arrays.hashCode(residuals));
    }
}
