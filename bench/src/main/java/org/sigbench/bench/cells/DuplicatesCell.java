package org.sigbench.bench.cells;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code dup/<corpus>/<verifier>/k<K>/m<M>}: training with duplicates, each subject enrolled with
 * its first K real genuine samples plus M DS duplicates of each; or, in the oracle cell
 * {@code .../m<M>-oracle}, plus its next M real genuine samples instead.
 *
 * @param corpus     the real corpus
 * @param verifier   verifier name
 * @param refs       K, the real genuine references per subject
 * @param duplicates M, the duplicates (or oracle samples) per reference
 * @param oracle     whether the extra references are real samples (the oracle) rather than duplicates
 * @param context    seed, data, code and option fingerprints (see {@link org.sigbench.bench.run.Cell})
 */
public record DuplicatesCell(CorpusKey corpus, String verifier, int refs, int duplicates, boolean oracle,
                             SortedMap<String, String> context) implements StudyCell {
    public static final String KIND = "dup";

    public DuplicatesCell {
        context = new TreeMap<>(context);
    }

    @Override
    public String id() {
        return id(corpus, verifier, refs, duplicates, oracle);
    }

    /** The id of the cell of a corpus, verifier, K, M and kind of extra references. */
    public static String id(CorpusKey corpus, String verifier, int refs, int duplicates, boolean oracle) {
        return KIND + "/" + corpus.key() + "/" + verifier + "/k" + refs + "/m" + duplicates + (oracle ? "-oracle" : "");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SortedMap<String, String> params() {
        SortedMap<String, String> p = corpus.params("verifier", verifier, "refs", Integer.toString(refs), "duplicates",
                Integer.toString(duplicates));
        if (oracle) {
            p.put("extra", "oracle");
        }
        return p;
    }

    @Override
    public boolean usesSynthesis() {
        return duplicates != 0 && !oracle;
    }
}
