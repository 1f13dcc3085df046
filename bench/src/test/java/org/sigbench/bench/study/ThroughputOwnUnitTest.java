package org.sigbench.bench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The throughput cell reads {@code @OwnUnit} from the benchmark methods. */
class ThroughputOwnUnitTest {
    @Test
    void corpusArmHasItsOwnUnitAndSampleArmsNone() {
        assertEquals("a corpus of 400 signatures on all cores", Throughput.ownUnit("org.sigbench.bench.jmh.SynthBenchmark.corpusAllCores"));
        assertNull(Throughput.ownUnit("org.sigbench.bench.jmh.SynthBenchmark.sampleFast"));
        assertNull(Throughput.ownUnit("org.sigbench.bench.jmh.NoSuchBenchmark.x"));
    }
}
