package org.sigbench.verify.verifier;

import java.util.List;
import org.sigbench.datasets.Signature;

/**
 * Score-level fusion of a writer-dependent and a writer-independent verifier: the sum rule
 * {@code s(q) = s_dtw-mean(q) + w p(q)}, where p is the classifier's posterior probability that the
 * probe comes from the enrolled writer ({@link DissimilarityClassifierVerifier}, trained per fold on
 * the development subjects only, as when it runs alone). The weight is fixed, chosen once on
 * development subjects ({@link ClassifierFusionOptions#DEFAULT}), the same on every corpus; the fusion
 * is writer-independent because its classifier part is. Duplicates reach both parts.
 */
public final class ClassifierFusionVerifier implements Verifier {
    private final ClassifierFusionOptions options;
    private final Verifier dtw;
    private final Verifier classifier;

    private ClassifierFusionVerifier(ClassifierFusionOptions options, Verifier classifier) {
        this.options = options;
        this.dtw = new MeanTemplateVerifier(options.dtw());
        this.classifier = classifier;
    }

    /** Factory for the protocol runner under a given name (such as {@code dtw-mean-rf}). */
    public static VerifierFactory factory(String name, ClassifierFusionOptions options) {
        VerifierFactory c = DissimilarityClassifierVerifier.factory(options.classifier());
        return VerifierFactory.of(name, true, name + ": dtw-mean + " + options.weight() + " x " + c.describe(),
                (development, seed) -> new ClassifierFusionVerifier(options, c.create(development, seed)));
    }

    @Override
    public String name() {
        return "dtw-mean-" + classifier.name();
    }

    @Override
    public Model enrol(List<Signature> references) {
        return enrol(references, List.of());
    }

    @Override
    public Model enrol(List<Signature> references, List<Signature> duplicates) {
        return FusionVerifier.weightedSum(dtw.enrol(references, duplicates), options.weight(),
                classifier.enrol(references, duplicates));
    }
}
