package org.sigbench.synth.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;

class CorpusGeneratorTest {
    @Test
    void sameSeedSameCorpusWhateverTheThreadCount() {
        GeneratorOptions o = GeneratorOptions.of(6, 3, 2, 11).withFs(
                org.sigbench.synth.fs.FsOptions.defaults().withStrokes(12, 0.2));
        AtomicInteger progress = new AtomicInteger();
        Corpus a = CorpusGenerator.generate(o, progress::addAndGet);
        Corpus b = CorpusGenerator.generate(o.withThreads(3));
        assertEquals(a.signatures(), b.signatures());
        assertEquals(30, progress.get(), "progress hook told every sample");
        assertEquals(6, a.subjects().size());
        assertEquals(18, a.count(Kind.GENUINE));
        assertEquals(12, a.count(Kind.SKILLED_FORGERY));
        Corpus c = CorpusGenerator.generate(GeneratorOptions.of(6, 3, 2, 12).withFs(o.fs()));
        assertNotEquals(a.signatures().get(0), c.signatures().get(0));
    }

    @Test
    void everyStreamIsDifferent() {
        // regression: XO_RO_SHI_RO_128_PP keeps two seed words; a third one (the index) used to be ignored
        Set<Long> first = new HashSet<>();
        for (int purpose = 1; purpose <= 5; purpose++) {
            for (int subject = 0; subject < 20; subject++) {
                for (int sample = 0; sample < 20; sample++) {
                    first.add(CorpusGenerator.stream(7, purpose, subject, sample).nextLong());
                }
            }
        }
        assertEquals(5 * 20 * 20, first.size());
        // first outputs look uniform: about half of the top bits set
        long ones = first.stream().filter(v -> v < 0).count();
        assertTrue(Math.abs(ones - 1000) < 4 * Math.sqrt(500), "top bits set: " + ones);
    }
}
