package org.sigbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class EnginesTest {

    @Test
    void threadsIsBuiltIn() {
        try (CellEngine e = Engines.open("threads", null, 3)) {
            assertEquals(3, e.slots());
            assertEquals("threads x3", e.describe());
        }
    }

    @Test
    void sparkWithoutItsJarsSaysHowToGetThem() {
        // the default class path (this module's tests) has no Spark engine
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Engines.open("spark", "local[2]", 1));
        assertTrue(e.getMessage().contains("./sigbench"), e.getMessage());
    }

    @Test
    void unknownEngineAndMisplacedMasterAreOneLineErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Engines.open("flink", null, 1));
        assertTrue(e.getMessage().startsWith("--engine flink: unknown engine (known: threads"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Engines.open("threads", "local[2]", 1));
        assertTrue(e.getMessage().startsWith("--master"), e.getMessage());
    }

    @Test
    void aLocalJobRefusesToLeaveItsJvm() {
        CellJob job = CellJob.local((cell, out) -> { });
        assertThrows(NotSerializableException.class,
                () -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(job));
    }
}
