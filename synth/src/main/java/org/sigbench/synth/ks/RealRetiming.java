package org.sigbench.synth.ks;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.corpus.SignatureSampler;
import org.sigbench.synth.fs.Specimen;
import org.sigbench.synth.model.Stroke;

/**
 * KS re-timing of a real sample: its trajectory (its own timing ignored) re-timed by
 * {@link KinematicSynthesis} at the sample's median rate, then sampled like a synthetic specimen
 * ({@link SignatureSampler}, no noise) with each stroke's pen state taken from the real point
 * nearest, in space, to the stroke's arc midpoint ({@link #penAlongPath}).
 */
public final class RealRetiming {
    private RealRetiming() {
    }

    /**
     * A KS re-timing of a real sample's trajectory (its own timing ignored), at its median rate.
     *
     * @param timing estimated on real samples of the same corpus and kind ({@link KsTiming#estimate})
     */
    public static Signature retime(Signature real, KsOptions ks, KsTiming timing, SignatureMeta meta,
                                   UniformRandomProvider rng) {
        return retimeWithShapeSnr(real, ks, timing, meta, null, rng).signature();
    }

    /**
     * As {@link #retime(Signature, KsOptions, KsTiming, SignatureMeta, UniformRandomProvider)}, with
     * the sample's rhythm ({@link Rhythm#sample}; null: every arc its own).
     */
    public static Signature retime(Signature real, KsOptions ks, KsTiming timing, SignatureMeta meta,
                                   Rhythm rhythm, UniformRandomProvider rng) {
        return retimeWithShapeSnr(real, ks, timing, meta, rhythm, rng).signature();
    }

    /** A KS re-timing and its shape SNRt (dB, see {@link KsResult#snrT()}). */
    public record Retimed(Signature signature, double snrT) {
    }

    /** As {@link #retime}, also giving the shape SNRt of the re-timed trajectory against the real one. */
    public static Retimed retimeWithShapeSnr(Signature real, KsOptions ks, KsTiming timing, SignatureMeta meta,
                                             Rhythm rhythm, UniformRandomProvider rng) {
        KsResult r = KinematicSynthesis.of(ks.withRate(real.medianRate())).retime(real.x(), real.y(), real.z(),
                real.pen(), real.dims(), timing, rhythm, rng);
        List<Stroke> strokes = r.movement().strokes();
        boolean[] pen = penAlongPath(real, strokes);
        return new Retimed(SignatureSampler.sample(new Specimen(real.dims(), r.movement(), pen), r.window(),
                real.medianRate(), 0, meta, rng), r.snrT());
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
