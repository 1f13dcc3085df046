package org.sigbench.synth.ks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.extract.Extractor;
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
 *     as deep as the real one ({@link TwoLognormalValley#overlapFor}). The extracted strokes' own spans are not
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
     * Estimates the timing from real samples of one kind; {@link KsTimingEstimator#estimate} states
     * the procedure step by step.
     *
     * @param samples   real samples, all of one kind
     * @param extractor the Sigma-Lognormal extractor (for the lognormal shape of each bell)
     * @param geometry  the geometric options the re-timings will use
     * @throws IllegalArgumentException when there are no samples, or too few arcs or valleys
     */
    public static KsTiming estimate(List<Signature> samples, Extractor extractor, KsOptions geometry) {
        return KsTimingEstimator.estimate(samples, extractor, geometry);
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
