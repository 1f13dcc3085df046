package org.sigbench.verify.verifier;

class FeatureDistanceVerifierTest extends VerifierContractTest {
    @Override
    VerifierFactory factory() {
        return FeatureDistanceVerifier.factory(FeatureDistanceOptions.DEFAULT);
    }

    @Override
    double[] maxEer() {
        return new double[] {0.35, 0.20};
    }
}
