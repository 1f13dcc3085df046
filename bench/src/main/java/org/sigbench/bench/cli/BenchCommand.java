package org.sigbench.bench.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.bench.io.CellStore;
import org.sigbench.bench.io.CodeFingerprint;
import org.sigbench.bench.io.FolderDataSource;
import org.sigbench.bench.io.OutLock;
import org.sigbench.bench.io.ProvenanceProbe;
import org.sigbench.bench.io.ReportSwap;
import org.sigbench.bench.io.ReportWriter;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.port.Backends;
import org.sigbench.bench.port.Synthesis;
import org.sigbench.bench.port.Verification;
import org.sigbench.bench.report.Provenance;
import org.sigbench.bench.report.Report;
import org.sigbench.bench.perceive.PerceptionSection;
import org.sigbench.bench.report.ReportBuilder;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellEngine;
import org.sigbench.bench.run.Runner;
import org.sigbench.bench.study.Study;
import org.sigbench.bench.study.StudyExecutor;
import org.sigbench.bench.study.StudyJob;
import org.sigbench.bench.suite.Suite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sigbench bench --suite paper|quick|FILE --data DIR [--out reports/<suite>] [--threads T] [--fresh]
 * [--engine threads|spark [--master local[N]|spark://HOST:7077]]}:
 * runs a benchmark suite, storing each cell's result under {@code <out>/cells/} as soon as it is
 * done (an interrupted run resumes where it stopped), then writes the report into {@code <out>}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark suite (real vs synthetic, duplicates, air-writing, gestures, realism, throughput) and "
                + "write its report under reports/<suite>/.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--suite", defaultValue = "quick", description = "paper, quick, or a suite JSON file (default: ${DEFAULT-VALUE}).")
    String suite;

    @Option(names = "--data", description = "Folder of the real data sets (default: env SIGBENCH_DATA).")
    String data;

    @Option(names = "--out", description = "Report folder (default: reports/<suite name>).")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: available processors; with --engine spark, "
            + "threads inside each cell, default 1). Results do not depend on it.")
    Integer threads;

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @Option(names = "--fresh", description = "Recompute every cell instead of resuming from <out>/cells/.")
    boolean fresh;

    @Option(names = "--no-progress", negatable = false, description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--report-only", description = "Compute nothing: write the report from the cells stored under "
            + "<out>/cells/ (cells without a stored result are listed as not computed).")
    boolean reportOnly;

    /** The options as saved next to the report. */
    public record Options(String suite, String data, String out, int threads, boolean fresh, String engine) {
    }

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Suite s = SuiteReader.load(suite);
        int nThreads = threads != null ? threads : engine.threads() ? Runtime.getRuntime().availableProcessors() : 1;
        if (nThreads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + nThreads);
        }
        String dataRoot = data;
        String env = System.getenv("SIGBENCH_DATA");
        if (data == null && (env == null || env.isBlank())) {
            // synthetic-only fallback: no real data anywhere, so the suite runs on a stand-in
            Path standIn = (out != null ? out : Path.of("reports", s.name() + "-synthetic")).resolve("synthetic-data");
            s = syntheticStandIn(s, standIn, nThreads);
            dataRoot = standIn.toString();
            System.err.println("note: no --data and no SIGBENCH_DATA: running suite '" + s.name()
                    + "' on a synthetic stand-in corpus (" + STAND_IN + ", Full Synthesis defaults, seed " + s.seed()
                    + ") written to " + standIn + "; the air-writing and gesture studies are left out");
        }
        Path outDir = out != null ? out : Path.of("reports", s.name());
        try (OutLock lock = OutLock.acquire(outDir); // a second run on the same --out fails here
             CellEngine eng = reportOnly ? null : engine.open(nThreads)) {
            AtomicFiles.cleanStale(outDir); // left by a killed run; no other run can be writing now
            ReportSwap.recover(outDir);
            FolderDataSource ds = FolderDataSource.of(dataRoot).withHashCache(outDir.resolve("cells").resolve(".file-hashes.tsv"));
            Synthesis syn = Backends.synthesis(nThreads);
            Verification ver = Backends.verification(nThreads);
            String backends = StudyExecutor.backends(syn, ver);
            List<Cell> cells = Study.cells(s, ds::fingerprint, backends);
            Path scores = outDir.resolve("scores");
            // the executor is rebuilt from this recipe wherever cells run (this JVM, or Spark executors)
            StudyJob job = new StudyJob(SuiteReader.toJson(s), ds.root().toString(), scores.toString(), nThreads);
            Runner runner = new Runner(new Runner.Options(nThreads, !fresh, !noProgress, !reportOnly), System.err, eng);
            Runner.Outcome o = runner.run(cells, job, new CellStore(outDir.resolve("cells")));
            double wall = (System.nanoTime() - t0) / 1e9;

            Set<String> corpora = new LinkedHashSet<>();
            cells.forEach(c -> {
                if (c.params().containsKey("corpus")) {
                    corpora.add(c.params().get("corpus"));
                }
            });
            List<String> dataSets = new ArrayList<>();
            for (String c : corpora) {
                dataSets.add(ds.describe(c));
            }
            Options opts = new Options(suite, dataRoot, outDir.toString(), nThreads, fresh,
                    eng == null ? "none (report only)" : eng.describe());
            String optionsJson = SuiteReader.toJson(opts);
            String suiteJson = SuiteReader.toJson(s);
            String cmd = "./sigbench bench --suite " + suite + (data != null ? " --data " + data : "")
                    + (out != null ? " --out " + out : "") + (threads != null ? " --threads " + threads : "")
                    + engine.commandLine();
            Provenance prov = new Provenance(cmd, suiteJson, optionsJson, ProvenanceProbe.gitCommit(Path.of("").toAbsolutePath()),
                    ProvenanceProbe.jvm(), Runtime.getRuntime().availableProcessors(), nThreads, ProvenanceProbe.os(), dataSets,
                    started.toString(), wall, o.computed(), o.reused(), backends, CodeFingerprint.describe(CodeFingerprint.ALL));
            Report report = new ReportBuilder(s, o.results()).withAppendix(PerceptionSection.of(s)).build(prov);
            ReportWriter.write(report, outDir, suiteJson, optionsJson);
            System.out.printf(Locale.ROOT, "bench %s: %d cells (%d computed, %d reused, %d unavailable, %d failed) in %.1f s%n",
                    s.name(), cells.size(), o.computed(), o.reused(), o.unavailable(), o.failed(), wall);
            System.out.println("report: " + outDir.resolve("README.md"));
            return o.failed() > 0 ? 1 : 0;
        }
    }

    /** Name of the synthetic stand-in corpus used when there is no real data. */
    static final String STAND_IN = "synthetic-stand-in";

    /**
     * Writes a Full Synthesis corpus (10 identities, 10 genuine and 10 skilled forgeries each,
     * default options, the suite's seed) in the interchange format under {@code root}, and returns
     * the suite with every corpus replaced by it (all of its subjects) and without the air-writing
     * and gesture studies, which need a corpus of classes. The suite is renamed {@code <name>-synthetic}.
     */
    static Suite syntheticStandIn(Suite s, Path root, int threads) {
        org.sigbench.datasets.Corpus c = org.sigbench.synth.corpus.CorpusGenerator.generate(
                org.sigbench.synth.corpus.GeneratorOptions.of(10, 10, 10, s.seed()).withName(STAND_IN).withThreads(threads));
        org.sigbench.datasets.io.InterchangeFormat.write(c, root.resolve(STAND_IN));
        com.fasterxml.jackson.databind.node.ObjectNode q = SuiteReader.mapper().valueToTree(s);
        for (String sec : List.of("realVsSynthetic", "duplicates", "realism")) {
            com.fasterxml.jackson.databind.JsonNode node = q.get(sec);
            if (node != null && node.get("corpora") != null) {
                for (com.fasterxml.jackson.databind.JsonNode corpus : node.get("corpora")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) corpus).put("name", STAND_IN).put("subjects", 0);
                }
            }
        }
        q.remove("airWriting");
        q.remove("gestures");
        q.put("name", s.name() + "-synthetic");
        q.put("description", "Synthetic stand-in of suite '" + s.name() + "' (no real data was given): every corpus "
                + "replaced by " + STAND_IN + ", a Full Synthesis corpus of 10 identities x (10 genuine + 10 skilled "
                + "forgeries) with default options; no air-writing or gesture study. The real-data targets do not apply.");
        try {
            return SuiteReader.parse(SuiteReader.mapper().writeValueAsBytes(q), "synthetic stand-in of suite " + s.name());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
