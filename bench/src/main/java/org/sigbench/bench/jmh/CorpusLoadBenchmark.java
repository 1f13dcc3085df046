package org.sigbench.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.io.Corpora;

/**
 * Loading one real corpus ({@code SIGBENCH_DATA}, or {@code -p data=DIR}) against a baseline that
 * only reads the bytes of the same files, so the figure shows what parsing and validation add over
 * raw I/O. Run: {@code ./sigbench jmh -f 1 -wi 2 -i 3 -w 1s -r 1s CorpusLoad}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CorpusLoadBenchmark {
    @Param({"svc2004-task1"})
    public String corpus;

    @Param({""})
    public String data;

    private Path root;
    private List<Path> files;

    @Setup
    public void setup() throws IOException {
        root = Corpora.root(data);
        Path dir = root.resolve(switch (corpus) {
            case "svc2004-task1" -> "svc2004/Task1";
            case "svc2004-task2" -> "svc2004/Task2";
            default -> corpus;
        });
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The loader: parse, validate, build the corpus (parallel parsing, deterministic order). */
    @Benchmark
    public Corpus load() {
        return Corpora.load(root, corpus);
    }

    /** Baseline: read every byte of the corpus files, sequentially, without parsing. */
    @Benchmark
    public long readBytesBaseline() throws IOException {
        long n = 0;
        for (Path f : files) {
            n += Files.readAllBytes(f).length;
        }
        return n;
    }
}
