package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;

/** A user corpus described by corpus.json, exactly the example of datasets/README.md. */
class ColumnTextDescriptorTest {
    @TempDir
    Path root;

    static final String EXAMPLE = """
            {
              "name": "my-pen",
              "dims": 3,
              "glob": "**/*.csv",
              "pathRegex": "(?<subject>[^/]+)/(?<kind>genuine|skilled_forgery)_(?<rep>\\\\d+)\\\\.csv",
              "delimiter": ";",
              "skipLines": 1,
              "columns": {"t": 0, "x": 1, "y": 2, "z": 3, "pen": 4},
              "timeUnit": "us",
              "channels": {"pressure": 5}
            }
            """;

    private void write(String rel, String text) throws IOException {
        Path f = root.resolve("my-pen").resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void readmeExampleLoads() throws IOException {
        write("corpus.json", EXAMPLE);
        write("alice/genuine_1.csv", "time;x;y;z;down;p\n1000;1;2;3;1;0.5\n1500;1.5;2;3;0;0\n3000;2;2;3;1;0.25\n");
        write("alice/skilled_forgery_2.csv", "time;x;y;z;down;p\n0;1;2;3;1;0.5\n10;1;2;3;1;0.5\n");
        write("bob/genuine_1.csv", "time;x;y;z;down;p\n0;1;2;3;1;0.5\n10;1;2;3;1;0.5\n");
        assertEquals(List.of("my-pen"), Corpora.discover(root));
        Corpus c = Corpora.load(root, "my-pen");
        assertEquals(List.of("alice", "bob"), c.subjects());
        Signature g = c.of("alice", Kind.GENUINE).get(0);
        assertArrayEquals(new double[] {0, 0.0005, 0.002}, g.t(), 1e-18);
        assertArrayEquals(new boolean[] {true, false, true}, g.pen());
        assertArrayEquals(new double[] {0.5, 0, 0.25}, g.channel("pressure"));
        assertEquals("alice/genuine_1.csv", g.meta().source());
        Signature f = c.of("alice", Kind.SKILLED_FORGERY).get(0);
        assertEquals(2, f.meta().repetition());
        assertEquals("alice", f.meta().imitates());
    }

    @Test
    void strictClockRejectsRepeats() throws IOException {
        write("corpus.json", EXAMPLE);
        write("bob/genuine_1.csv", "time;x;y;z;down;p\n0;1;2;3;1;0.5\n0;1;2;3;1;0.5\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.load(root, "my-pen"));
        assertTrue(e.getMessage().endsWith("genuine_1.csv:3: timestamp 0 repeats the previous one"), e.getMessage());
    }

    @Test
    void badDescriptorNamesLineAndReason() throws IOException {
        write("corpus.json", EXAMPLE.replace("\"skipLines\"", "\"skiplines\""));
        DataFormatException e = assertThrows(DataFormatException.class, () -> Corpora.discover(root));
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("skiplines"), e.getMessage());
        write("corpus.json", EXAMPLE.replace("\"dims\": 3", "\"dims\": 4"));
        e = assertThrows(DataFormatException.class, () -> Corpora.discover(root));
        assertTrue(e.getMessage().contains("dims must be 2 or 3"), e.getMessage());
    }

    @Test
    void builtInSvcDescriptorsAreValid() {
        ColumnTextDescriptor t1 = ColumnTextDescriptor.builtIn("svc2004-task1.json");
        ColumnTextDescriptor t2 = ColumnTextDescriptor.builtIn("svc2004-task2.json");
        assertEquals("svc2004/Task1", t1.folder());
        assertEquals(List.of("azimuth", "altitude", "pressure"), List.copyOf(t2.channels().keySet()));
        assertEquals(List.of(1.0, 3.0, 5.0), t1.penDown());
    }

    @Test
    void naturalOrder() {
        List<String> l = new java.util.ArrayList<>(List.of("U10", "U2", "U1", "A", "U02x"));
        l.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("A", "U1", "U2", "U02x", "U10"), l);
    }
}
