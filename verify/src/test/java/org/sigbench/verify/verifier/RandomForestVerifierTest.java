package org.sigbench.verify.verifier;

class RandomForestVerifierTest extends VerifierContractTest {
    @Override
    VerifierFactory factory() {
        ClassifierOptions d = ClassifierOptions.randomForest();
        // Fewer trees keep the test fast; the forest is the same algorithm.
        return DissimilarityClassifierVerifier.factory(new ClassifierOptions(d.kind(), d.dtw(), d.enrolments(),
                d.maxPairsPerClass(), d.svmC(), d.svmSigma(), 40));
    }
}
