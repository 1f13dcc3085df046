package org.sigbench.synth.ds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/** The session rule: recorded sessions when there are several, consecutive halves otherwise (hand-worked). */
class SessionsTest {

    static Signature sample(int session, int rep) {
        return Signature.of(new SignatureMeta("c", "u", "u" + rep, Kind.GENUINE, null, null, session, rep, "test"), 2,
                new double[] {0, 1}, new double[] {0, 1}, new double[] {0, 1}, null, null, null);
    }

    @Test
    void halvesPutTheLargerHalfFirst() {
        assertArrayEquals(new int[] {1, 1, 1, 2, 2}, Sessions.halves(5));
        assertArrayEquals(new int[] {1, 1, 2, 2}, Sessions.halves(4));
        assertArrayEquals(new int[] {1}, Sessions.halves(1));
        assertArrayEquals(new int[0], Sessions.halves(0));
    }

    @Test
    void recordedSessionsWinWhenThereAreSeveral() {
        assertArrayEquals(new int[] {1, 3, 3}, Sessions.of(List.of(sample(1, 1), sample(3, 2), sample(3, 3))));
        assertArrayEquals(new int[] {1, 1, 2}, Sessions.of(List.of(sample(4, 1), sample(4, 2), sample(4, 3))));
    }
}
