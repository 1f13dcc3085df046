package org.sigbench.verify.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.verify.TestCorpora;

class ProtocolTest {

    @Test
    void referencesProbesAndRandomChoice() {
        Corpus c = TestCorpora.make("t", 4, 6, 3, 2, 1);
        Protocol p = Protocol.of(c, ProtocolOptions.of(2));
        assertEquals(4, p.subjects().size());
        SubjectTrials s2 = p.subjects().get(1);
        assertEquals("S2", s2.subject());
        assertEquals(List.of("S2G1", "S2G2"), ids(s2.references()));
        assertEquals(List.of("S2G3", "S2G4", "S2G5", "S2G6"), ids(s2.genuine()));
        assertEquals(List.of("S2F1", "S2F2", "S2F3"), ids(s2.skilled()));
        assertEquals(List.of("S1G1", "S3G1", "S4G1"), ids(s2.random())); // first genuine of every other subject
        assertEquals(4 * (4 + 3 + 3), p.comparisons());
        assertTrue(p.hasSkilled());
        assertTrue(p.excluded().isEmpty());
        Protocol p2 = Protocol.of(c, new ProtocolOptions(2, 1));
        assertEquals(List.of("S1G2", "S3G2", "S4G2"), ids(p2.subjects().get(1).random()));
    }

    @Test
    void noEnrollableSubjectIsAnError() {
        Corpus c = TestCorpora.make("t", 3, 4, 0, 3, 2);
        // K = 4 needs 5 genuine samples: nobody qualifies.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Protocol.of(c, ProtocolOptions.of(4)));
        assertTrue(e.getMessage().contains("5 genuine"), e.getMessage());
    }

    @Test
    void exclusionIsReported() {
        List<Signature> l = new ArrayList<>(TestCorpora.make("t", 3, 4, 0, 3, 2).signatures());
        l.add(l.get(0).withMeta(SignatureMeta.genuine("t", "Lone", "L1", 1, "test")));
        Protocol p = Protocol.of(Corpus.of("t", l), ProtocolOptions.of(2));
        assertEquals(3, p.subjects().size());
        assertTrue(p.excluded().containsKey("Lone"), p.excluded().toString());
        assertTrue(ids(p.subjects().get(0).random()).contains("L1"));
        assertFalse(p.hasSkilled());
    }

    @Test
    void extraReferencesAreAppended() {
        Corpus c = TestCorpora.make("t", 3, 5, 0, 2, 3);
        Signature dup = c.of("S1").get(4).withMeta(SignatureMeta.genuine("t", "S1", "S1dup", 9, "synthetic duplicate"));
        Protocol p = Protocol.of(c, ProtocolOptions.of(1), Map.of("S1", List.of(dup)));
        assertEquals(List.of("S1G1", "S1dup"), ids(p.subjects().get(0).references()));
        assertEquals(4, p.subjects().get(0).genuine().size());
        assertThrows(IllegalArgumentException.class, () -> Protocol.of(c, ProtocolOptions.of(1), Map.of("Nobody", List.of(dup))));
        assertEquals(List.of("S1G1"), ids(p.subjects().get(0).realReferences()));
        assertEquals(List.of("S1dup"), ids(p.subjects().get(0).extraReferences()));
        assertEquals(Map.of("S1", List.of(dup)), p.extraReferences(java.util.Set.of("S1", "S2")));
    }

    @Test
    void ownGenuineSamplesAsExtraReferencesAreNotProbes() {
        Corpus c = TestCorpora.make("t", 3, 5, 0, 2, 3);
        List<Signature> g = c.of("S1", org.sigbench.datasets.Kind.GENUINE);
        Protocol p = Protocol.of(c, ProtocolOptions.of(1), Map.of("S1", g.subList(1, 3)));
        SubjectTrials t = p.subjects().get(0);
        assertEquals(List.of("S1G1", "S1G2", "S1G3"), ids(t.references()));
        assertEquals(List.of("S1G4", "S1G5"), ids(t.genuine()), "the oracle's real extras leave the probes");
        assertEquals(1, t.real());
    }

    static List<String> ids(List<Signature> l) {
        return l.stream().map(s -> s.meta().id()).toList();
    }
}
