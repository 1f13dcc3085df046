package org.sigbench.synth.ds;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.sigbench.datasets.Signature;

/**
 * The synthetic session of each of a writer's genuine samples: the one rule shared by DS of real
 * samples ({@code calibrate.Calibrator}, the bench's DS mimic) and FS identities
 * ({@code corpus.CorpusGenerator}).
 */
public final class Sessions {
    private Sessions() {
    }

    /**
     * Two consecutive halves of {@code n} samples in acquisition order: the first
     * {@code ceil(n / 2)} in session 1, the rest in session 2 (for n = 1, session 1 only).
     */
    public static int[] halves(int n) {
        int half = (n + 1) / 2;
        return IntStream.range(0, n).map(i -> i < half ? 1 : 2).toArray();
    }

    /**
     * The sessions of a writer's genuine samples, in corpus order: the corpus' own session numbers
     * when it records more than one; otherwise (a corpus without session information, such as
     * SVC2004, whose 20 genuine samples were acquired in two sittings) {@link #halves}. A fitted
     * session level decides how much the halves differ; 0 is the model without sessions.
     */
    public static int[] of(List<Signature> genuine) {
        int[] s = genuine.stream().mapToInt(x -> x.meta().session()).toArray();
        return Arrays.stream(s).distinct().count() > 1 ? s : halves(s.length);
    }
}
