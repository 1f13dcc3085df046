package org.sigbench.verify.verifier;

class SvmVerifierTest extends VerifierContractTest {
    @Override
    VerifierFactory factory() {
        return DissimilarityClassifierVerifier.factory(ClassifierOptions.svm());
    }
}
