package org.sigbench.bench.cells;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code realism/<corpus>/<variant>}: the realism tests of one synthetic variant against its real
 * corpus (kinematic distributions, classifier two-sample test).
 *
 * @param corpus  the real corpus
 * @param variant the synthetic variant
 * @param folds   folds of the classifier test
 * @param trees   trees of its forest
 * @param context seed, data, code and option fingerprints (see {@link org.sigbench.bench.run.Cell})
 */
public record RealismCell(CorpusKey corpus, Variant variant, int folds, int trees, SortedMap<String, String> context)
        implements StudyCell {
    public static final String KIND = "realism";
    /** The features of the classifier test, a hashed parameter. */
    public static final String FEATURES = "kinematics+aspect";

    public RealismCell {
        context = new TreeMap<>(context);
    }

    @Override
    public String id() {
        return id(corpus, variant);
    }

    /** The id of the cell of a corpus and variant. */
    public static String id(CorpusKey corpus, Variant variant) {
        return KIND + "/" + corpus.key() + "/" + variant.token();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SortedMap<String, String> params() {
        return corpus.params("variant", variant.token(), "folds", Integer.toString(folds), "trees",
                Integer.toString(trees), "features", FEATURES);
    }

    @Override
    public boolean usesSynthesis() {
        return true;
    }
}
