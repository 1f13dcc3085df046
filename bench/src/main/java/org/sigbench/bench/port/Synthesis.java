package org.sigbench.bench.port;

import java.util.List;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.ks.KsTiming;

/**
 * What the benchmark needs from the synthesis and extraction back ends: synthetic corpora that
 * mimic a real one (FS, DS, KS) and duplicates or re-timings of single real samples.
 */
public interface Synthesis {
    /** Name of the back end, shown in the report. */
    String backend();

    /**
     * FS: new identities with the profile of {@code real}, as many subjects, genuine samples per
     * subject and forgeries per subject as it has.
     */
    Corpus fullSynthesis(Corpus real, long seed);

    /**
     * DS of one real sample: {@code count} duplicates, with the given variability.
     *
     * @param idPrefix prefix of the new sample ids (made unique by appending an index)
     */
    List<Signature> duplicates(Signature real, int count, Variability variability, long seed, String idPrefix);

    /**
     * DS of one real sample in sessions: duplicate i belongs to synthetic session
     * {@code sessions[i]}. Default: {@link #duplicates(Signature, int, Variability, long, String)}.
     */
    default List<Signature> duplicates(Signature real, int[] sessions, Variability variability, long seed,
                                       String idPrefix) {
        return duplicates(real, sessions.length, variability, seed, idPrefix);
    }

    /**
     * Skilled forgeries of a real genuine sample, by the calibrated forger model. Default:
     * duplicates of it.
     */
    default List<Signature> forgeries(Signature genuine, int count, Variability variability, long seed,
                                      String idPrefix) {
        return duplicates(genuine, count, variability, seed, idPrefix);
    }

    /**
     * KS timing estimated from the real samples of one kind of a corpus (genuine samples, skilled
     * forgeries, or other classes): forgeries are re-timed with forgers' timing. Costly (the back
     * end may extract strokes): callers estimate once per corpus and kind.
     */
    KsTiming ksTiming(Corpus real, Kind kind);

    /** KS: the real trajectory re-timed (new kinematics, same shape) with the timing of its kind. */
    Signature retime(Signature real, KsTiming timing, long seed, String newId);

    /**
     * KS with a given rhythm ({@link org.sigbench.synth.ks.RhythmModel#sample}): the writer's
     * samples share a part of their timing, as real ones do.
     */
    Signature retime(Signature real, KsTiming timing, org.sigbench.synth.ks.Rhythm rhythm, long seed, String newId);

    /**
     * How consistent KS rhythms are in a corpus: within a writer, within the forgeries of a
     * target, between a target and its forgers.
     *
     * Measured on the corpus, then calibrated on the distance distributions of {@code groups}.
     *
     * @param forgery KS timing of the corpus's skilled forgeries, or null when it has none
     * @param groups  the calibration subjects of the corpus (genuine samples, forgeries)
     */
    org.sigbench.synth.calibrate.KsCalibrator.Result ksRhythm(Corpus real, KsTiming genuine, KsTiming forgery,
                                                             List<org.sigbench.synth.calibrate.Group> groups,
                                                             Verification distance, long seed);

    /**
     * Calibrates DS and the forger model on real subjects (see the back end for how). Default: no
     * calibration.
     *
     * @param groups   real calibration subjects (genuine samples in order, forgeries)
     * @param distance the verification back end, whose DTW distance measures the comparisons
     */
    default Variability calibrate(Variability v, List<org.sigbench.synth.calibrate.Group> groups,
                                  Verification distance, long seed) {
        return v;
    }

    /**
     * FS: {@code subjects} new identities with the profile of {@code real} (a corpus of calibration
     * subjects) and the forger model of {@code calibrated}. Default: {@link #fullSynthesis(Corpus, long)}.
     */
    default Corpus fullSynthesis(Corpus real, int subjects, Variability calibrated, long seed) {
        return fullSynthesis(real, seed);
    }

    /** Free text saying what the DS variability options were set to, for the report. */
    String describe(Variability v);
}
