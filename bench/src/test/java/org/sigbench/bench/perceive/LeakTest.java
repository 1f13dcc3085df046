package org.sigbench.bench.perceive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a browser receives for a real and for a synthetic trial (the served bytes and headers)
 * cannot be told apart by size, structure, ids or fields: a classifier on those features does no
 * better than chance.
 */
class LeakTest {
    @TempDir
    Path tmp;

    /** The bytes with every digit replaced by 0: what is left is structure and field names. */
    private static String skeleton(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.US_ASCII).replaceAll("[0-9a-f]{16}", "ID").replaceAll("[0-9]", "0");
    }

    @Test
    void servedTrialsLookAlikeWhateverTheirClass() throws Exception {
        TestFolder t = ToyTests.prepare(tmp.resolve("t"), 20, 4);
        List<RawHttp.Response> real = new ArrayList<>();
        List<RawHttp.Response> synth = new ArrayList<>();
        try (PerceiveServer s = PerceiveServer.start(t, "127.0.0.1", 0)) {
            for (TrialSpec spec : t.manifest().trials()) {
                RawHttp.Response r = RawHttp.get(s.port(), "/api/stimulus/" + spec.id(), null);
                assertEquals(200, r.status());
                (spec.real() ? real : synth).add(r);
            }
        }
        assertEquals(10, real.size());
        assertEquals(10, synth.size());
        Set<Integer> sizes = new HashSet<>();
        Set<String> skeletons = new HashSet<>();
        Set<Map<String, String>> headers = new HashSet<>();
        for (List<RawHttp.Response> l : List.of(real, synth)) {
            for (RawHttp.Response r : l) {
                sizes.add(r.body().length);
                skeletons.add(skeleton(r.body()));
                Map<String, String> h = new java.util.TreeMap<>(r.headers());
                h.remove("date");
                headers.add(h);
            }
        }
        assertEquals(1, sizes.size(), "stimulus sizes differ: " + sizes);
        assertEquals(1, skeletons.size(), "stimulus structure differs between trials");
        assertEquals(1, headers.size(), "response headers differ: " + headers);
        for (TrialSpec spec : t.manifest().trials()) {
            String text = new String(t.stimuli().get(spec.id()), java.nio.charset.StandardCharsets.US_ASCII);
            for (String word : List.of("real", "synthetic", "fs", "ds", "ks", "source", "subject", "rate")) {
                assertFalse(text.contains(word), spec.id() + " contains " + word);
            }
        }
        // a simple classifier on id bits: the best single bit of the id separates no better than chance
        int best = 0;
        for (int bit = 0; bit < 64; bit++) {
            int agree = 0;
            for (TrialSpec spec : t.manifest().trials()) {
                boolean set = (Long.parseUnsignedLong(spec.id(), 16) >>> bit & 1) == 1;
                agree += set == spec.real() ? 1 : 0;
            }
            best = Math.max(best, Math.max(agree, 20 - agree));
        }
        assertTrue(best < 20, "an id bit gives the class away on every trial");
    }
}
