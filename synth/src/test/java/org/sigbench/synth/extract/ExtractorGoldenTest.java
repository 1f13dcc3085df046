package org.sigbench.synth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The extractor reproduces, bit for bit, the strokes, origins and SNRs that the extractor of
 * commit 5acf344 (before its speed-up and split) gave on two synthetic movements and, when
 * {@code SIGBENCH_DATA} is set, on median-length real samples of three corpora (see
 * {@link ExtractorGolden}).
 */
class ExtractorGoldenTest {

    static Map<String, String> golden() throws IOException {
        try (InputStream in = ExtractorGoldenTest.class.getResourceAsStream(ExtractorGolden.RESOURCE)) {
            assertNotNull(in, ExtractorGolden.RESOURCE);
            return ExtractorGolden.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void extractionIsBitIdenticalToTheStoredOutput() throws IOException {
        Map<String, String> want = golden();
        Map<String, Object[]> inputs = ExtractorGolden.inputs(true);
        assertTrue(want.size() >= inputs.size(), "golden file lacks samples: " + want.keySet());
        int checked = 0;
        for (Map.Entry<String, Object[]> e : inputs.entrySet()) {
            String expected = want.get(e.getKey());
            assertNotNull(expected, "no golden values for " + e.getKey());
            assertEquals(expected, ExtractorGolden.print(Extractor.defaults(), e.getValue()), e.getKey());
            checked++;
        }
        assertTrue(checked >= 2);
    }
}
