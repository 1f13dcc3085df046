package org.sigbench.bench.port;

import java.util.List;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;

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

    /** KS: the real trajectory re-timed (new kinematics, same shape). */
    Signature retime(Signature real, long seed, String newId);

    /**
     * Derives the DS variability level from the real intra-subject variability: the level at which
     * duplicates of real samples spread (in duration and path length) as much as a real subject's
     * genuine samples do. Default: no calibration.
     *
     * @param models real genuine samples (one per subject) to duplicate while calibrating
     */
    default Variability calibrate(Variability v, List<Signature> models, long seed) {
        return v;
    }

    /** Free text saying what the DS variability options were set to, for the report. */
    String describe(Variability v);
}
