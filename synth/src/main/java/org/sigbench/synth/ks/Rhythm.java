package org.sigbench.synth.ks;

import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A rhythm for Kinematic Synthesis, in standard normal scores: one for the number of arcs and one
 * per bin of the normalised path length (bin b covers arc-length fractions {@code [b/B, (b+1)/B)}).
 * {@link KinematicSynthesis} maps an arc's score through the normal CDF to the uniform at which it
 * reads the timing's empirical distributions ({@link KsTiming}): high scores give slow arcs and
 * pauses, low ones quick arcs; the marginal timing is the estimated one whatever the scores'
 * correlation.
 *
 * <p>Real writers repeat their rhythm: the same part of a signature is slow in every repetition.
 * A writer's rhythm {@code W} is drawn once ({@link #draw}); each sample's own is
 * {@code sqrt(rho) W + sqrt(1 - rho) E}, E fresh ({@link #sample}), with rho the intra-writer
 * correlation estimated from the corpus ({@link RhythmModel}). Along one sample, time scores of
 * neighbouring bins are correlated (an AR(1) series, {@link #draw}): movements speed up and slow
 * down over several arcs. A forger's rhythm for a target is
 * {@code c W + sqrt(1 - c^2) F} ({@link #follow}): c, estimated from the corpus, says how much of
 * the target's rhythm forgers reproduce.
 *
 * @param count score of the arc count
 * @param along score per bin of the normalised path length: the arc's time
 * @param shape score per bin: the arc's lognormal shape (which (sigma, span ratio) pair of the
 *              timing, pairs ordered by span ratio), as consistent as the arc times
 */
public record Rhythm(double count, double[] along, double[] shape) {

    public Rhythm {
        Objects.requireNonNull(along, "along");
        Objects.requireNonNull(shape, "shape");
        if (along.length == 0 || shape.length != along.length) {
            throw new IllegalArgumentException("a rhythm needs at least one bin, as many shape scores as time scores");
        }
        along = along.clone();
        shape = shape.clone();
    }

    /**
     * Standard normal scores: a writer's rhythm over {@code bins} bins. The time scores form a
     * stationary AR(1) series with lag-1 correlation {@code serial} ({@code a_0 = g_0}, {@code a_b =
     * serial a_(b-1) + sqrt(1 - serial^2) g_b}); count and shape scores are independent.
     */
    public static Rhythm draw(int bins, double serial, UniformRandomProvider rng) {
        if (!(serial >= 0 && serial < 1)) {
            throw new IllegalArgumentException("a serial correlation must lie in [0, 1), got " + serial);
        }
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double count = g.sample();
        double[] a = new double[bins];
        double[] h = new double[bins];
        double innovation = Math.sqrt(1 - serial * serial);
        for (int b = 0; b < bins; b++) {
            double z = g.sample();
            a[b] = b == 0 ? z : serial * a[b - 1] + innovation * z;
            h[b] = g.sample();
        }
        return new Rhythm(count, a, h);
    }

    /**
     * {@code c this + sqrt(1 - c^2) F}, F fresh ({@link #draw} with this serial correlation): a
     * rhythm correlated {@code c} with this one.
     */
    public Rhythm follow(double c, double serial, UniformRandomProvider rng) {
        return mix(c, c, serial, rng);
    }

    /**
     * One sample of the writer with this rhythm: {@code sqrt(rho) this + sqrt(1 - rho) E}, E fresh
     * (rho per part: the arc count and the bins); still standard normal scores.
     */
    public Rhythm sample(RhythmModel.Consistency rho, UniformRandomProvider rng) {
        return mix(Math.sqrt(rho.count()), Math.sqrt(rho.arcs()), rho.serial(), rng);
    }

    private Rhythm mix(double wCount, double wArcs, double serial, UniformRandomProvider rng) {
        check(wCount);
        check(wArcs);
        Rhythm e = draw(along.length, serial, rng);
        double[] a = new double[along.length];
        double[] h = new double[along.length];
        double ra = Math.sqrt(1 - wArcs * wArcs);
        for (int b = 0; b < a.length; b++) {
            a[b] = wArcs * along[b] + ra * e.along[b];
            h[b] = wArcs * shape[b] + ra * e.shape[b];
        }
        return new Rhythm(wCount * count + Math.sqrt(1 - wCount * wCount) * e.count, a, h);
    }

    private static void check(double w) {
        if (!(w >= -1 && w <= 1)) {
            throw new IllegalArgumentException("a rhythm weight must lie in [-1, 1], got " + w);
        }
    }

    /** The score at an arc-length fraction in [0, 1] (fractions outside are clamped). */
    public double at(double fraction) {
        int b = (int) Math.floor(fraction * along.length);
        return along[Math.max(0, Math.min(along.length - 1, b))];
    }

    /** The shape score at an arc-length fraction in [0, 1] (clamped). */
    public double shapeAt(double fraction) {
        int b = (int) Math.floor(fraction * shape.length);
        return shape[Math.max(0, Math.min(shape.length - 1, b))];
    }

    /** Number of bins. */
    public int bins() {
        return along.length;
    }

    /** The standard normal CDF of a score, kept inside (0, 1). */
    public static double uniform(double z) {
        double u = 0.5 * Erf.erfc(-z / Math.sqrt(2));
        return Math.min(Math.nextDown(1.0), Math.max(Double.MIN_NORMAL, u));
    }

    @Override
    public double[] along() {
        return along.clone();
    }

    @Override
    public double[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rhythm r && Double.compare(count, r.count) == 0 && java.util.Arrays.equals(along, r.along)
                && java.util.Arrays.equals(shape, r.shape);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(count) + java.util.Arrays.hashCode(along)) + java.util.Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "Rhythm[count=" + count + ", bins=" + along.length + "]";
    }
}
