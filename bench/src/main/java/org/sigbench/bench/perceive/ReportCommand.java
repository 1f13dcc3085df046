package org.sigbench.bench.perceive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sigbench perceive report}: rates, intervals, d' from a test's answers. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the report of a test (Markdown, CSV, PNG): per variant and pooled, synthetic and real "
                + "samples judged real with Wilson 95 % intervals, d' and criterion, per-participant accuracy.")
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--test", required = true, paramLabel = "DIR", description = "Test folder.")
    Path test;

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: TEST/report).")
    Path out;

    @Option(names = "--note", paramLabel = "TEXT", description = "A line to head the report with (e.g. what the run was).")
    String note;

    @Override
    public Integer call() {
        TestFolder t = TestFolder.read(test);
        if (!Files.isRegularFile(t.database())) {
            throw new IllegalArgumentException(t.database() + ": no answers yet (serve the test first)");
        }
        PerceptionStats s;
        try (AnswerStore store = AnswerStore.open(t.database())) {
            s = PerceptionStats.of(t.manifest(), t.options().variants(), store.all());
        }
        Path dir = out != null ? out : test.resolve("report");
        PerceptionReport.write(t, s, dir, note);
        PerceptionStats.Group p = s.pooled();
        System.out.printf(java.util.Locale.ROOT, "wrote %s: %d participants, %d answers; pooled: real judged real %s, "
                        + "synthetic judged real %s, d' %s%n", dir.resolve(PerceptionReport.MARKDOWN), s.participants().size(),
                s.answers(), PerceptionReport.rate(p.realJudgedReal()), PerceptionReport.rate(p.synthJudgedReal()),
                PerceptionReport.num(p.dPrime()));
        return 0;
    }
}
