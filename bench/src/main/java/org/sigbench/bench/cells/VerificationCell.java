package org.sigbench.bench.cells;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code rvs/<corpus>/<variant>/<verifier>/k<K>}: the verification protocol of the real versus
 * synthetic study on a real corpus or one of its synthetic variants.
 *
 * @param corpus   the real corpus (the synthetic variants mimic it)
 * @param variant  real, fs, ds or ks
 * @param verifier verifier name
 * @param refs     K, the genuine references per subject
 * @param context  seed, data, code and option fingerprints (see {@link org.sigbench.bench.run.Cell})
 */
public record VerificationCell(CorpusKey corpus, Variant variant, String verifier, int refs,
                               SortedMap<String, String> context) implements StudyCell {
    public static final String KIND = "rvs";

    public VerificationCell {
        context = new TreeMap<>(context);
    }

    @Override
    public String id() {
        return id(corpus, variant, verifier, refs);
    }

    /** The id of the cell of a corpus, variant, verifier and K. */
    public static String id(CorpusKey corpus, Variant variant, String verifier, int refs) {
        return KIND + "/" + corpus.key() + "/" + variant.token() + "/" + verifier + "/k" + refs;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SortedMap<String, String> params() {
        return corpus.params("variant", variant.token(), "verifier", verifier, "refs", Integer.toString(refs));
    }

    @Override
    public boolean usesSynthesis() {
        return variant.synthetic();
    }
}
