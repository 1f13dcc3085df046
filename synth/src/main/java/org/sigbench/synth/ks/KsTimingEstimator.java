package org.sigbench.synth.ks;

import static org.sigbench.synth.ks.KsTiming.FENCE_IQR;
import static org.sigbench.synth.ks.KsTiming.MAX_SAMPLES;
import static org.sigbench.synth.ks.TwoLognormalValley.overlapFor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.stat.Median;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.ks.KsTiming.Context;
import org.sigbench.synth.model.Stroke;

/**
 * The estimation of a {@link KsTiming} from real samples of one kind (the procedure of
 * {@link #estimate}): speed bells, extracted lognormal shapes, the arcs KS lays on each real path,
 * the least-squares lines of arc count and arc time, pauses, and the corrections by re-timing.
 */
final class KsTimingEstimator {
    /** Rounds of the bell-count and valley-depth corrections of {@link #estimate} (step 6). */
    static final int CORRECTION_ROUNDS = 2;
    /** The hand counts as standing still below this fraction of the sample's median smoothed speed. */
    static final double STOP_FRACTION = 0.1;

    private KsTimingEstimator() {
    }

    /**
     * Estimates the timing from real samples of one kind. Procedure:
     * <ol>
     * <li>up to {@value KsTiming#MAX_SAMPLES} samples, chosen deterministically: indices
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
     *     (upper quartile + {@value KsTiming#FENCE_IQR} interquartile ranges) are pauses; the line is
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
     *     depth: arcs that turn at corners leave deeper valleys than {@link TwoLognormalValley#valley} assumes), and
     *     steps 3-5 run again with them.</li>
     * </ol>
     *
     * @param samples   real samples, all of one kind
     * @param extractor the Sigma-Lognormal extractor (for the lognormal shape of each bell)
     * @param geometry  the geometric options the re-timings will use
     * @throws IllegalArgumentException when there are no samples, or too few arcs or valleys
     */
    static KsTiming estimate(List<Signature> samples, Extractor extractor, KsOptions geometry) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples to estimate a KS timing from");
        }
        KinematicSynthesis ks = KinematicSynthesis.of(geometry);
        Sampled d = sample(samples, extractor, ks);
        String src = String.format(Locale.ROOT, "%d of %d samples (%s), %d speed bells", d.used().size(), samples.size(),
                samples.get(0).meta().kind().token(), d.speedBells());
        // first pass: one arc per real speed bell, the span ratios as read from the real valleys
        double arcsPerBell = 1;
        double gain = 1;
        double realValley = Median.of(d.valleys().stream().mapToDouble(Double::doubleValue).toArray());
        double sigmaMedian = Median.of(d.sig());
        KsTiming t = ArcTimeFit.fitArcs(src, d, geometry, arcsPerBell, d.ratio());
        // corrections: re-time each estimation sample (fixed seeds), compare bells and valleys with the real ones
        for (int round = 0; round < CORRECTION_ROUNDS; round++) {
            Retimed r = retimed(ks, d.used(), t);
            arcsPerBell *= (double) d.speedBells() / Math.max(1, r.bells());
            double ksValley = r.valleys().isEmpty() ? Double.NaN
                    : Median.of(r.valleys().stream().mapToDouble(Double::doubleValue).toArray());
            if (Double.isFinite(ksValley) && Double.isFinite(realValley)) {
                gain *= overlapFor(sigmaMedian, realValley) / overlapFor(sigmaMedian, ksValley);
            }
            double[] scaled = new double[d.ratio().length];
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] = d.ratio()[i] * gain;
            }
            t = ArcTimeFit.fitArcs(src + String.format(Locale.ROOT, ", %.3f arcs per speed bell, span ratios x %.3f (median valley "
                    + "%.3f real, %.3f KS before this correction)", arcsPerBell, gain, realValley, ksValley), d,
                    geometry, arcsPerBell, scaled);
        }
        return t;
    }

    /**
     * The estimation samples read (steps 1-2 of {@link #estimate}).
     *
     * @param used       the samples used, in estimation order
     * @param bellCount  each used sample's speed bells
     * @param geometric  each used sample's geometric KS strokes
     * @param sig        per speed valley, the extracted sigma, in increasing span ratio
     * @param ratio      per speed valley, the span ratio as read from the real valley, increasing
     * @param valleys    the valley ratios of all used samples
     * @param speedBells the speed bells of all used samples
     */
    record Sampled(List<Signature> used, int[] bellCount, int[] geometric, double[] sig, double[] ratio,
                           List<Double> valleys, int speedBells) {
    }

    /**
     * Steps 1-2 of {@link #estimate}: the deterministic choice of up to {@value KsTiming#MAX_SAMPLES}
     * samples (those KS can lay arcs on), their speed bells, geometric strokes and (sigma, span ratio) pairs.
     */
    private static Sampled sample(List<Signature> samples, Extractor extractor, KinematicSynthesis ks) {
        int n = samples.size();
        int m = Math.min(n, MAX_SAMPLES);
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
        return new Sampled(used, Arrays.copyOf(bellCount, used.size()), Arrays.copyOf(geometric, used.size()), sig, ratio,
                valleys, speedBells);
    }

    /** The speed bells and valley ratios of the KS re-timings of the samples under a timing. */
    private record Retimed(long bells, List<Double> valleys) {
    }

    /**
     * One KS re-timing of each estimation sample under {@code t} (seeds: SplitMix64 of the sample's
     * rank), for the corrections of step 6: the speed bells the arcs make and their valley ratios.
     */
    private static Retimed retimed(KinematicSynthesis ks, List<Signature> used, KsTiming t) {
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
        return new Retimed(ksBells, ksValleys);
    }

    /**
     * Per speed valley (minimum) of a real sample: the sigma of the extracted stroke of largest D
     * whose peak lies in the bell before the valley, and the span ratio that leaves that valley
     * ({@link TwoLognormalValley#overlapFor}); the valley ratio is the speed at the minimum over the lower of the
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
}
