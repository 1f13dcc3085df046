package org.sigbench.bench.port;

import java.util.List;
import java.util.Map;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;

/**
 * What the benchmark needs from a verification back end: score a whole protocol on a corpus and
 * summarise it per impostor type, and a DTW distance for nearest-neighbour recognition.
 */
public interface Verification {
    /** Name of the back end, shown in the report (which API computed the numbers). */
    String backend();

    /**
     * Runs the standard protocol: the first {@code refs} genuine samples of each subject enrol it;
     * genuine probes are the rest; skilled forgeries are the subject's forgeries; random forgeries
     * are genuine samples of other subjects.
     *
     * @param corpus    the corpus (real or synthetic)
     * @param verifier  verifier name (dtw, wd-features, svm, rf)
     * @param refs      K
     * @param seed      seed for the bootstrap and any randomised verifier
     * @param bootstrap bootstrap replicates over subjects
     */
    ProtocolResult run(Corpus corpus, String verifier, int refs, long seed, int bootstrap);

    /**
     * The same protocol with extra references per subject, appended after its K real ones (training
     * with duplicates); probes are unchanged.
     */
    ProtocolResult run(Corpus corpus, String verifier, int refs, Map<String, List<Signature>> extraReferences, long seed,
                       int bootstrap);

    /**
     * DTW distances between every probe and every reference (for 1-NN recognition), with the
     * verifier's DTW features; {@code band} is a Sakoe-Chiba band as a fraction of the length.
     *
     * @return [probe][reference]
     */
    double[][] distances(List<Signature> probes, List<Signature> refs, double band);

    /** The outcome of one protocol: one summary per impostor type that the corpus has. */
    /**
     * @param impostors    one summary per impostor type
     * @param protocolNote protocol, threshold and normalisation details, for the report
     * @param comparisons  comparisons scored
     * @param seconds      wall time of the scoring
     * @param scoreLines   the lines of the score file, as {@link org.sigbench.verify.io.ScoreFile#lines} makes them
     *                     (4 TAB-separated columns: reference subject, probe subject ({@code *} for a skilled
     *                     forgery), probe id, score; {@code #} comments first)
     */
    record ProtocolResult(List<ImpostorResult> impostors, String protocolNote, long comparisons, double seconds,
                          List<String> scoreLines) {
        public ProtocolResult {
            impostors = List.copyOf(impostors);
            scoreLines = List.copyOf(scoreLines);
        }

        public ImpostorResult impostor(String type) {
            return impostors.stream().filter(i -> i.type().equals(type)).findFirst().orElse(null);
        }
    }

    /**
     * Error rates for one impostor type. Rates are percentages.
     *
     * @param type        {@code skilled} or {@code random}
     * @param eer         EER % on the ROC convex hull (the headline)
     * @param eerFvc      threshold EER %, FVC2000 (EERlow + EERhigh) / 2, one global threshold
     * @param eerLo       lower end of the 95 % bootstrap interval %
     * @param eerHi       upper end %
     * @param fnmrAt1     FNMR at FMR = 1 % (%)
     * @param genuine     number of genuine comparisons
     * @param impostor    number of impostor comparisons
     * @param detFmr      DET points: FMR %
     * @param detFnmr     DET points: FNMR %
     */
    record ImpostorResult(String type, double eer, double eerFvc, double eerLo, double eerHi, double fnmrAt1, int genuine,
                          int impostor, double[] detFmr, double[] detFnmr) {
    }
}
