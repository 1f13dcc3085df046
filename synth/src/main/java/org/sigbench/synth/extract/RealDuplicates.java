package org.sigbench.synth.extract;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.corpus.SignatureSampler;
import org.sigbench.synth.ds.Duplicator;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.fs.Specimen;
import org.sigbench.synth.ks.KinematicSynthesis;
import org.sigbench.synth.ks.KsOptions;
import org.sigbench.synth.ks.KsResult;
import org.sigbench.synth.ks.KsTiming;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;

/**
 * Synthetic samples made from one real sample: DS duplicates (extract, perturb stroke-wise with
 * the synthesis module's {@link Duplicator#perturbStrokes}, regenerate) and KS re-timings. The
 * output is sampled at the real sample's median rate; each stroke carries the pen state of the
 * real sample at its peak time (so pen-up strokes stay pen-up).
 */
public final class RealDuplicates {
    private RealDuplicates() {
    }

    /** A DS duplicate of a real sample from its extraction (extract once, duplicate many times). */
    public static Signature duplicate(Signature real, Extraction e, DsOptions ds, SignatureMeta meta,
                                      UniformRandomProvider rng) {
        List<Stroke> strokes = Duplicator.perturbStrokes(e.movement().strokes(), real.dims(), ds, rng);
        SigmaLognormal m = SigmaLognormal.of(strokes, e.movement().origin());
        return SignatureSampler.sample(new Specimen(real.dims(), m, penAtPeaks(real, strokes)), real.medianRate(), 0,
                meta, rng);
    }

    /**
     * A KS re-timing of a real sample's trajectory (its own timing ignored), at its median rate.
     *
     * @param timing estimated on real samples of the same corpus and kind ({@link KsTiming#estimate})
     */
    public static Signature retime(Signature real, KsOptions ks, KsTiming timing, SignatureMeta meta,
                                   UniformRandomProvider rng) {
        return retimeWithShapeSnr(real, ks, timing, meta, rng).signature();
    }

    /** A KS re-timing and its shape SNRt (dB, see {@link KsResult#snrT()}). */
    public record Retimed(Signature signature, double snrT) {
    }

    /** As {@link #retime}, also giving the shape SNRt of the re-timed trajectory against the real one. */
    public static Retimed retimeWithShapeSnr(Signature real, KsOptions ks, KsTiming timing, SignatureMeta meta,
                                             UniformRandomProvider rng) {
        KsResult r = KinematicSynthesis.of(ks.withRate(real.medianRate())).retime(real.x(), real.y(), real.z(),
                real.pen(), real.dims(), timing, rng);
        List<Stroke> strokes = r.movement().strokes();
        boolean[] pen = penAlongPath(real, strokes);
        return new Retimed(SignatureSampler.sample(new Specimen(real.dims(), r.movement(), pen), r.window(),
                real.medianRate(), 0, meta, rng), r.snrT());
    }

    /** Pen state of the real sample at each stroke's peak time. */
    static boolean[] penAtPeaks(Signature real, List<Stroke> strokes) {
        boolean[] pen = new boolean[strokes.size()];
        double[] t = real.t();
        for (int j = 0; j < pen.length; j++) {
            double tp = strokes.get(j).peakTime();
            int i = java.util.Arrays.binarySearch(t, tp);
            i = i >= 0 ? i : Math.min(t.length - 1, Math.max(0, -i - 1));
            pen[j] = real.pen(i);
        }
        return pen;
    }

    /** Pen state of the real sample nearest (in space) to each stroke's arc midpoint. */
    static boolean[] penAlongPath(Signature real, List<Stroke> strokes) {
        boolean[] pen = new boolean[strokes.size()];
        double[] d = new double[3];
        for (int j = 0; j < pen.length; j++) {
            Stroke k = strokes.get(j);
            k.displacement(0.5, d);
            double[] s = k.start();
            double bx = s[0] + d[0];
            double by = s[1] + d[1];
            double bz = s[2] + d[2];
            int best = 0;
            double bd = Double.MAX_VALUE;
            for (int i = 0; i < real.size(); i++) {
                double dx = real.x(i) - bx;
                double dy = real.y(i) - by;
                double dz = real.z(i) - bz;
                double e = dx * dx + dy * dy + dz * dz;
                if (e < bd) {
                    bd = e;
                    best = i;
                }
            }
            pen[j] = real.pen(best);
        }
        return pen;
    }
}
