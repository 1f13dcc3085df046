package org.sigbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.port.FallbackVerification;

/** Hand-worked EERs for the fallback back end's metric (accept when score >= threshold). */
class FallbackEerTest {
    static double eer(double[] g, double[] i) throws Exception {
        Method m = FallbackVerification.class.getDeclaredMethod("eer", double[].class, double[].class);
        m.setAccessible(true);
        return (double) m.invoke(null, g, i);
    }

    @Test
    void handWorked() throws Exception {
        // separated: EER 0
        assertEquals(0, eer(new double[] {4, 5, 6}, new double[] {1, 2, 3}), 1e-12);
        // gen {3,4,5,6}, imp {1,2,3.5,7}: at threshold 4, FNMR = 1/4 (3) and FMR = 1/4 (7)
        assertEquals(25, eer(new double[] {3, 4, 5, 6}, new double[] {1, 2, 3.5, 7}), 1e-9);
        // reversed: every impostor above every genuine: EER 100 at the crossing
        assertEquals(100, eer(new double[] {1, 2}, new double[] {3, 4}), 1e-9);
    }
}
