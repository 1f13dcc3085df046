package org.sigbench.synth.ks;

import static org.sigbench.synth.ks.KsTiming.Z99;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.synth.model.Stroke;

/**
 * Step 4 of {@link KinematicSynthesis}: the timing of the laid arcs, one speed bell per arc, the
 * bells one after the other from time 0.
 *
 * <p>Arc j, of length {@code D_j} in context c, whose middle lies at the path fraction p_j:
 * <ul>
 * <li>its bell lasts {@code Delta_j = exp(b_c(D_j) + e)}, {@code b_c(D) = intercept + slope ln
 * max(D, minLength) + shift_c} ({@link KsTiming#regularBase}), e a regular residual;</li>
 * <li>with the pause probability q_c of its context it pauses instead: it takes
 * {@code P_j = exp(intercept + slope ln max(D_j, minLength) + e')} (e' a pause residual, and
 * Delta_j then the median regular time); of the excess {@code max(0, P_j - Delta_j)}, the share
 * {@link KsTiming#restShare} is a rest that comes before the bell, the rest of it slows the stroke
 * (Delta_j grows by it);</li>
 * <li>without a rhythm, e, the pause and e' are drawn from {@code rng}; with a rhythm, one uniform
 * {@code u = Phi(rhythm.at(p_j))} decides: a pause when {@code u > 1 - q_c}, e' read at
 * {@code (u - 1 + q_c) / q_c}; else e read at {@code u / (1 - q_c)};</li>
 * <li>its (sigma_j, span ratio) pair is drawn ({@code rng}, or read at {@code Phi(rhythm.shapeAt(p_j))}
 * by span ratio), and {@code mu_j = ln(ratio Delta_j / (2 sinh(Z99 sigma_j)))}, so the stroke's
 * 1 %-99 % span is {@code ratio Delta_j};</li>
 * <li>its stroke peaks in the middle of its bell ({@code t0_j = peak_j - exp(mu_j - sigma_j^2)},
 * the lognormal's mode); the first stroke starts, at 1 % progress, with the first bell;</li>
 * <li>the junction of bell j - 1 and arc j lies in the middle of arc j's rest (at the bells' border
 * when it does not rest);</li>
 * <li>the movement stays within its bells: a stroke that would start (1 %) before time 0 starts
 * later; one that would end (99 %) after the last bell is made shorter (mu_j lowered).</li>
 * </ul>
 *
 * @param t0       each stroke's time origin
 * @param mu       each stroke's log time delay
 * @param sigma    each stroke's log response time
 * @param junction time the movement should pass arc j's end (j &lt; n - 1)
 * @param end      end of the last bell (the movement's duration)
 */
record BellTiming(double[] t0, double[] mu, double[] sigma, double[] junction, double end) {

    /** The bells of the laid arcs; rhythm may be null (every arc draws its own timing from rng). */
    static BellTiming of(KinematicSynthesis.Layout lay, KsTiming timing, Rhythm rhythm, UniformRandomProvider rng) {
        double pathLength = lay.path().length();
        List<Stroke> arcs = lay.arcs();
        int n = arcs.size();
        double[] t0 = new double[n];
        double[] mu = new double[n];
        double[] sg = new double[n];
        double[] junction = new double[n];
        double bell = 0;
        for (int j = 0; j < n; j++) {
            Stroke k = arcs.get(j);
            KsTiming.Context context = lay.context().get(j);
            double at = 0.5 * (lay.from()[j] + lay.to()[j]) / pathLength; // the arc's middle, as a path fraction
            double[] restDelta = rhythm == null ? drawn(timing, k.d(), context, rng)
                    : read(timing, k.d(), context, Rhythm.uniform(rhythm.at(at)));
            double rest = restDelta[0];
            double delta = restDelta[1];
            int pair = rhythm == null ? rng.nextInt(timing.sigma().length) : timing.pairByRatio(
                    Rhythm.uniform(rhythm.shapeAt(at)));
            sg[j] = timing.sigma()[pair];
            mu[j] = Math.log(timing.spanRatio()[pair] * delta / (2 * Math.sinh(Z99 * sg[j])));
            if (j > 0) {
                junction[j - 1] = bell + 0.5 * rest; // between bell j - 1 and this stroke, mid-rest
            }
            double peak = bell + rest + 0.5 * delta;
            bell += rest + delta;
            t0[j] = peak - Math.exp(mu[j] - sg[j] * sg[j]);
            if (j == 0) {
                t0[j] = rest - Math.exp(mu[j] - Z99 * sg[j]); // the movement starts with its first bell
            }
        }
        // the movement stays within its bells: a stroke that would start (1 %) before the first
        // bell starts later; one that would end (99 %) after the last bell is made shorter
        for (int j = 0; j < n; j++) {
            t0[j] = Math.max(t0[j], -Math.exp(mu[j] - Z99 * sg[j]));
            if (t0[j] + Math.exp(mu[j] + Z99 * sg[j]) > bell) {
                mu[j] = Math.log(bell - t0[j]) - Z99 * sg[j];
            }
        }
        return new BellTiming(t0, mu, sg, junction, bell);
    }

    /** Log time of a paused arc of length d, before its residual: intercept + slope ln max(d, minLength). */
    private static double pauseBase(KsTiming timing, double d) {
        return timing.intercept() + timing.slope() * Math.log(Math.max(d, timing.minLength()));
    }

    /** {rest, Delta} of an arc whose residuals and pause are drawn from rng. */
    private static double[] drawn(KsTiming timing, double d, KsTiming.Context context, UniformRandomProvider rng) {
        double delta = Math.exp(timing.regularBase(d, context) + KsTiming.draw(timing.residuals(), rng));
        double rest = 0;
        if (timing.pauseResiduals().length > 0 && rng.nextDouble() < timing.pause()[context.ordinal()]) {
            double excess = Math.max(0, Math.exp(pauseBase(timing, d) + KsTiming.draw(timing.pauseResiduals(), rng))
                    - delta);
            rest = timing.restShare() * excess;
            delta += excess - rest;
        }
        return new double[] {rest, delta};
    }

    /** {rest, Delta} of an arc whose timing is read at the rhythm's uniform u. */
    private static double[] read(KsTiming timing, double d, KsTiming.Context context, double u) {
        double q = timing.pauseResiduals().length > 0 ? timing.pause()[context.ordinal()] : 0;
        if (u > 1 - q) {
            double paused = Math.exp(pauseBase(timing, d)
                    + KsTiming.quantile(timing.pauseResiduals(), (u - 1 + q) / q));
            double delta = Math.exp(timing.regularBase(d, context) + KsTiming.quantile(timing.residuals(), 0.5));
            double excess = Math.max(0, paused - delta);
            double rest = timing.restShare() * excess;
            return new double[] {rest, delta + (excess - rest)};
        }
        return new double[] {0, Math.exp(timing.regularBase(d, context)
                + KsTiming.quantile(timing.residuals(), u / (1 - q)))};
    }
}
