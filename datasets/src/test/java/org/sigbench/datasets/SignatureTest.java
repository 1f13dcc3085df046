package org.sigbench.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invariants of the model values. */
class SignatureTest {
    static final SignatureMeta META = SignatureMeta.genuine("c", "s", "id1", 1, "src");

    @Test
    void validatesAtConstruction() {
        double[] t = {0, 0.01, 0.02};
        double[] v = {1, 2, 3};
        InvalidSignatureException e = assertThrows(InvalidSignatureException.class,
                () -> Signature.of(META, 2, new double[] {0, 0.01, 0.01}, v, v, null, null, null));
        assertEquals(2, e.sampleIndex());
        e = assertThrows(InvalidSignatureException.class, () -> Signature.of(META, 2, t, new double[] {1, Double.NaN, 3}, v, null, null, null));
        assertEquals(1, e.sampleIndex());
        e = assertThrows(InvalidSignatureException.class, () -> Signature.of(META, 2, new double[] {0}, new double[] {1}, new double[] {1}, null, null, null));
        assertEquals(0, e.sampleIndex());
        assertThrows(InvalidSignatureException.class, () -> Signature.of(META, 2, t, v, v, v, null, null));
        assertThrows(InvalidSignatureException.class, () -> Signature.of(META, 3, t, v, new double[2], v, null, null));
        assertThrows(InvalidSignatureException.class, () -> Signature.of(META, 3, t, v, v, v, null, Map.of("pen", v)));
        assertThrows(InvalidSignatureException.class, () -> Signature.of(META, 3, t, v, v, v, null, Map.of("p", new double[] {1, 2, Double.POSITIVE_INFINITY})));
    }

    @Test
    void copiesInAndOut() {
        double[] t = {0, 0.01, 0.03};
        double[] x = {1, 2, 3};
        Signature s = Signature.of(META, 2, t, x, x, null, null, Map.of("p", x));
        x[0] = 99;
        s.x()[1] = 99;
        s.channel("p")[2] = 99;
        assertArrayEquals(new double[] {1, 2, 3}, s.x());
        assertArrayEquals(new double[] {1, 2, 3}, s.channel("p"));
        assertArrayEquals(new boolean[] {true, true, true}, s.pen());
        assertEquals(0.03, s.duration(), 1e-15);
        // dt = 0.01, 0.02 -> median 0.015 -> 66.67 Hz
        assertEquals(1 / 0.015, s.medianRate(), 1e-9);
        assertNotEquals(s, s.withMeta(SignatureMeta.genuine("c", "s", "id2", 1, "src")));
    }

    @Test
    void corpusGroupsAndCounts() {
        double[] t = {0, 0.01};
        Signature g = Signature.of(META, 2, t, t, t, null, null, null);
        Signature f = Signature.of(SignatureMeta.forgery("c", "s", "f1", 1, "src"), 2, t, t, t, null, null, null);
        Signature o = Signature.of(new SignatureMeta("c", "t", "o1", Kind.OTHER, "7", null, 1, 1, "x"), 2, t, t, t, null, null, null);
        Corpus c = Corpus.of("c", List.of(g, o, f));
        assertEquals(List.of("s", "t"), c.subjects());
        assertEquals(List.of(g, f), c.of("s"));
        assertEquals(1, c.count(Kind.SKILLED_FORGERY));
        assertEquals("s", f.meta().imitates());
        assertThrows(IllegalArgumentException.class, () -> Corpus.of("c", List.of(g, g)));
        Signature g3 = Signature.of(SignatureMeta.genuine("c", "s", "z", 1, ""), 3, t, t, t, t, null, null);
        assertThrows(IllegalArgumentException.class, () -> Corpus.of("c", List.of(g, g3)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.of("nobody")).getMessage().contains("nobody"));
        assertThrows(IllegalArgumentException.class,
                () -> new SignatureMeta("c", "s", "x", Kind.GENUINE, null, "other", 1, 1, ""));
        assertEquals(Kind.SKILLED_FORGERY, Kind.parse(" Skilled_Forgery "));
    }
}
