package org.sigbench.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.report.Table;

class ProjectionTest {

    @Test
    void wallTimeFollowsTheStatedModel() {
        Projection p = new Projection(1000, 100, 10);
        // 10 + (10^4 (10^4 + 1) / 1000 + 2 10^8 / 1000 / 100) / 8
        assertEquals(10 + (100_010.0 + 2_000) / 8, p.seconds(10_000, 8), 1e-9);
        assertEquals(10_000, Projection.block(1_000_000));
        assertEquals(1000, Projection.block(10_000));
        Table t = p.table();
        assertEquals(3, t.rows().size());
        assertEquals(List.of("identities", "comparisons", "tile side", "tiles", "8 cores", "64 cores", "512 cores"), t.header());
        assertEquals("100", t.rows().getFirst().get(3)); // 10^4 identities in tiles of 1000: 10 x 10 tiles
        assertEquals("10,000", t.rows().getLast().get(3)); // 10^6 identities in tiles of 10^4: 100 x 100 tiles
    }

    @Test
    void durationsReadAsAPersonWouldWriteThem() {
        assertEquals("42 s", Projection.duration(42));
        assertEquals("12.5 min", Projection.duration(750));
        assertEquals("3.0 h", Projection.duration(10_800));
        assertEquals("4.0 days", Projection.duration(4 * 86_400));
    }

    @Test
    void unmeasuredRatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Projection(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Projection(1, Double.NaN, 0));
    }

    @Test
    void efficiencyComparesEachRunWithTheOneSlotRun() {
        List<String> h = ScaleReport.RATE_HEADER;
        Table rates = new Table("rates.csv", "t", "s", h, List.of(
                List.of("t1", "spark local[1]", "1", "500", "25", "250500", "100.0", "2505", "2505", "2600", "50.0", "9.0", "1.0",
                        "c"),
                List.of("t2", "spark local[2]", "2", "2000", "400", "4002000", "1000.0", "4002", "2001", "2500", "40.0", "9.0",
                        "2.0", "c")));
        String e = ScaleReport.efficiency(rates);
        assertTrue(e.contains("spark local[2] 80 %"), e);
        assertEquals(2500, ScaleReport.projection(rates).perCore(), 1e-9); // CPU-time rate of the larger measurement
    }
}
