package org.sigbench.synth.ks;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.random.Streams;

/**
 * How consistent KS rhythms are, estimated from a real corpus ({@link RhythmConsistency#estimate}):
 * the bins of the normalised path a {@link Rhythm} has, the intra-writer correlation of the
 * genuine samples' rhythm, that of the skilled forgeries of one target, and the correlation
 * between a target's rhythm and its forgers'.
 *
 * @param bins     bins of a rhythm: the median number of KS arcs of a genuine sample
 * @param genuine  consistency of the genuine samples of one writer
 * @param forgery  consistency of the forgeries of one target, or null when the corpus has none
 * @param cross    correlation of the forgers' rhythm with their target's, in [-1, 1] (0 without forgeries)
 */
public record RhythmModel(int bins, Consistency genuine, Consistency forgery, double cross) {

    /**
     * Intra-class correlations (one-way random effects, writers as groups) of the normal scores.
     *
     * @param count    of the arc-count residual (one per sample)
     * @param arcs     of the arc-time residual at the same fraction of the path, pooled over bins
     * @param serial   lag-1 correlation of consecutive arcs' time scores within a sample, in [0, 1)
     * @param writers  writers (or targets) with at least two samples that entered the estimate
     * @param samples  samples that entered the estimate
     */
    public record Consistency(double count, double arcs, double serial, int writers, int samples) {
        public Consistency {
            if (!(count >= 0 && count <= 1) || !(arcs >= 0 && arcs <= 1) || !(serial >= 0 && serial < 1)) {
                throw new IllegalArgumentException("correlations must lie in [0, 1] (serial in [0, 1)), got " + count
                        + ", " + arcs + " and " + serial);
            }
        }

        /** No consistency: every sample and every arc draws its own rhythm. */
        public static final Consistency NONE = new Consistency(0, 0, 0, 0, 0);
    }

    public RhythmModel {
        if (bins < 1 || genuine == null || !(cross >= -1 && cross <= 1)) {
            throw new IllegalArgumentException("invalid rhythm model: bins=" + bins + " genuine=" + genuine + " cross=" + cross);
        }
    }

    /**
     * The rhythm of one sample: its writer's ({@link Rhythm#draw} with the genuine serial
     * correlation, from {@code Streams.of(seed,
     * "ks-writer/" + writer)}), for a skilled forgery its target's forgers' (the writer's rhythm
     * {@link Rhythm#follow followed} with {@link #cross}, stream {@code "ks-forger/" + target}),
     * then the sample's own part ({@link Rhythm#sample}) from {@code rng}. The writer is the
     * {@link #writer}.
     */
    public Rhythm sample(long seed, SignatureMeta meta, UniformRandomProvider rng) {
        String w = writer(meta);
        Rhythm writer = Rhythm.draw(bins, genuine.serial(), Streams.of(seed, "ks-writer/" + w));
        boolean forged = meta.kind() == Kind.SKILLED_FORGERY;
        Rhythm base = forged ? writer.follow(forgery == null ? 0 : cross, of(true).serial(),
                Streams.of(seed, "ks-forger/" + w)) : writer;
        return base.sample(of(forged), rng);
    }

    /**
     * Whose rhythm a sample carries: its subject (for a forgery, the subject it imitates); for a
     * sample of another class (air-writing, gestures) the subject and its label, since the
     * rhythm follows the path of one class.
     */
    public static String writer(SignatureMeta meta) {
        return meta.kind() == Kind.OTHER && meta.label() != null && !meta.label().isEmpty()
                ? meta.subject() + "/" + meta.label() : meta.subject();
    }

    /** The consistency of one kind of sample: forgeries if asked and present, else genuine. */
    public Consistency of(boolean forgeries) {
        return forgeries && forgery != null ? forgery : genuine;
    }

    public String describe() {
        String g = String.format(Locale.ROOT, "KS rhythm over %d bins of the path: intra-writer correlation %.2f (arc times),"
                + " %.2f (arc count), serial %.2f, from %d samples of %d writers", bins, genuine.arcs(), genuine.count(),
                genuine.serial(), genuine.samples(), genuine.writers());
        if (forgery == null) {
            return g;
        }
        return g + String.format(Locale.ROOT, "; forgeries of one target %.2f / %.2f, serial %.2f, from %d samples of %d"
                + " targets; forgers' rhythm correlates %.2f with their target's", forgery.arcs(), forgery.count(),
                forgery.serial(), forgery.samples(), forgery.writers(), cross);
    }
}
