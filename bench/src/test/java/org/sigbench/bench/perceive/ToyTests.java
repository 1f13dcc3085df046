package org.sigbench.bench.perceive;

import java.nio.file.Path;
import java.util.List;
import org.sigbench.bench.study.ToyData;

/** Test folders prepared from the toy corpus and toy synthesis of {@link ToyData} (fast, 3D). */
final class ToyTests {
    private ToyTests() {
    }

    static TestFolder prepare(Path dir, int trials, long seed) {
        ToyData toy = new ToyData(8, 4, 0, 3);
        new Preparer(toy.synthesis(), null).prepare(toy.load(ToyData.NAME),
                new Preparer.Request(List.of("fs", "ds", "ks"), trials, seed, 120, 3), dir);
        return TestFolder.read(dir);
    }
}
