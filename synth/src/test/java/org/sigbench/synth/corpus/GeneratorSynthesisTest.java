package org.sigbench.synth.corpus;

import org.junit.jupiter.api.Nested;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.SynthesisContract;
import org.sigbench.synth.fs.FsOptions;

/** The {@link SynthesisContract} for new identities: a full-synthesis plan (FS) and its DS duplicate, 2D and 3D. */
class GeneratorSynthesisTest {
    /** The first genuine sample of subject 0, 3D. */
    @Nested
    class ThreeD extends SynthesisContract {
        @Override
        protected Sample make(long seed) {
            return of(CorpusGenerator.subject(GeneratorOptions.of(1, 1, 0, seed).withFs(FsOptions.defaults().withStrokes(12, 0.2)), 0).get(0));
        }
    }

    /** The same in 2D. */
    @Nested
    class TwoD extends SynthesisContract {
        @Override
        protected Sample make(long seed) {
            return of(CorpusGenerator.subject(GeneratorOptions.of(1, 1, 0, seed)
                    .withFs(FsOptions.defaults().withStrokes(12, 0.2).withDims(2)), 0).get(0));
        }
    }

    static SynthesisContract.Sample of(Signature s) {
        return new SynthesisContract.Sample(s.dims(), s.t(), s.x(), s.y(), s.z());
    }
}
