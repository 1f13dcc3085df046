package org.sigbench.bench.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.bench.io.CellStore;
import org.sigbench.bench.io.OutLock;
import org.sigbench.bench.io.ProvenanceProbe;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellEngine;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.scale.TileResult;
import org.sigbench.bench.run.Runner;
import org.sigbench.bench.scale.ScaleJob;
import org.sigbench.bench.scale.ScaleReport;
import org.sigbench.bench.scale.ScaleRun;
import org.sigbench.bench.scale.ScaleSpec;
import org.sigbench.bench.scale.ScaleStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sigbench scale [--identities 100,1000,2000] [--block 100] [--engine spark --master local[2]]}:
 * the all-pairs scale study of synthetic identities ({@link ScaleStudy}), its tiles stored under
 * {@code <out>/cells/} as they finish (an interrupted run resumes), then the report in {@code <out>}.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "All-pairs verification study of N synthetic identities (genuine, skilled and random comparisons) "
                + "as N grows, in tiles that run on threads or as Spark tasks; error rates, DET, measured rates and a "
                + "projection to larger N and clusters, under reports/scale/.")
public final class ScaleCommand implements Callable<Integer> {
    @Option(names = "--identities", split = ",", defaultValue = "100,1000,2000", paramLabel = "N[,N...]",
            description = "The values of N, increasing, multiples of --block (default: ${DEFAULT-VALUE}).")
    List<Integer> identities;

    @Option(names = "--block", defaultValue = "100", description = "Subjects per tile side (default: ${DEFAULT-VALUE}).")
    int block;

    @Option(names = "--seed", defaultValue = "20230365", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "reports/scale", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: available processors; ignored by --engine spark, "
            + "whose tasks are single-threaded). Results do not depend on it.")
    Integer threads;

    @Option(names = "--fresh", description = "Recompute every tile (to measure rates) instead of resuming from <out>/cells/.")
    boolean fresh;

    @Option(names = "--scores", description = "Also write every distance under <out>/scores/ (grows as N^2).")
    boolean scores;

    @Option(names = "--no-progress", negatable = false, description = "No progress bar.")
    boolean noProgress;

    @Mixin
    EngineOptions engine = new EngineOptions();

    /** The configuration recorded in the report. */
    record Config(List<Integer> identities, int block, long seed, boolean scores) {
    }

    @Override
    public Integer call() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ScaleSpec spec = new ScaleSpec(identities, block, seed);
        int nThreads = threads != null ? threads : engine.threads() ? Runtime.getRuntime().availableProcessors() : 1;
        if (nThreads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + nThreads);
        }
        List<Cell> cells = ScaleStudy.cells(spec);
        try (OutLock lock = OutLock.acquire(out)) {
            AtomicFiles.cleanStale(out);
            CellStore store = new CellStore(out.resolve("cells"));
            Set<String> reusable = new HashSet<>();
            if (!fresh) {
                cells.forEach(c -> store.reusable(c).ifPresent(r -> reusable.add(r.id())));
            }
            long t0 = System.nanoTime();
            Runner.Outcome o;
            String engineName;
            int slots;
            double startup;
            double wall;
            try (CellEngine eng = engine.open(nThreads)) {
                startup = (System.nanoTime() - t0) / 1e9;
                engineName = eng.describe();
                slots = eng.slots();
                long t1 = System.nanoTime();
                Runner runner = new Runner(new Runner.Options(nThreads, !fresh, !noProgress), System.err, eng);
                o = runner.run(cells, new ScaleJob(seed, scores ? out.resolve("scores").toString() : ""), store);
                wall = (System.nanoTime() - t1) / 1e9;
            }
            long comparisons = 0;
            long synthesized = 0;
            double synthCpu = 0;
            double compareCpu = 0;
            for (CellResult r : o.results()) {
                TileResult tile = r.ok() ? r.result(TileResult.class) : null;
                if (!reusable.contains(r.id()) && tile != null) {
                    comparisons += tile.comparisons();
                    synthesized += tile.timing().synthesized();
                    synthCpu += tile.timing().synthCpuSeconds();
                    compareCpu += tile.timing().compareCpuSeconds();
                }
            }
            String cmd = "./sigbench scale --identities " + String.join(",", identities.stream().map(String::valueOf).toList())
                    + " --block " + block + " --seed " + seed + " --out " + out + (fresh ? " --fresh" : "")
                    + (scores ? " --scores" : "") + (threads != null ? " --threads " + threads : "") + engine.commandLine();
            ScaleRun run = new ScaleRun(cmd, SuiteReader.toJson(new Config(identities, block, seed, scores)), engineName, slots,
                    startup, wall, o.computed(), o.reused(), comparisons, synthesized, synthCpu, compareCpu, started.toString(),
                    ProvenanceProbe.gitCommit(Path.of("").toAbsolutePath()), ProvenanceProbe.jvm(),
                    Runtime.getRuntime().availableProcessors(), ProvenanceProbe.os(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (o.failed() > 0) {
                System.err.println("sigbench scale: " + o.failed() + " tiles failed; see " + store.dir());
                return 1;
            }
            ScaleReport.write(out, spec, o.results(), run);
            System.out.printf(Locale.ROOT, "scale: %d tiles (%d computed, %d reused), %,d comparisons computed in %.1f s "
                    + "(%.0f/s, %.0f/s per slot) on %s%n", cells.size(), o.computed(), o.reused(), comparisons, wall,
                    run.rate(), run.ratePerSlot(), engineName);
            System.out.println("report: " + out.resolve("README.md"));
            return 0;
        }
    }
}
