package org.sigbench.bench.perceive;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The perception test's section of a bench report (a suite names a test folder): the rates table
 * of {@link PerceptionReport} with the counts, or a line saying why there is none.
 */
public final class PerceptionSection {
    private PerceptionSection() {
    }

    /** The section for a suite: that of its perception test folder, or "" when it names none. */
    public static String of(org.sigbench.bench.suite.Suite suite) {
        return suite.perception() == null ? "" : markdown(Path.of(suite.perception().test()));
    }

    /** Markdown section for the test folder {@code dir}. */
    public static String markdown(Path dir) {
        StringBuilder b = new StringBuilder("## Perception test (real or synthetic?)\n\n");
        TestFolder t;
        try {
            t = TestFolder.read(dir);
        } catch (IllegalArgumentException e) {
            return b.append("No section: ").append(e.getMessage()).append("\n\n").toString();
        }
        if (!Files.isRegularFile(t.database())) {
            return b.append("Test `").append(dir).append("` has no answers yet (serve it with `sigbench perceive serve`).\n\n")
                    .toString();
        }
        PerceptionStats s;
        try (AnswerStore store = AnswerStore.open(t.database())) {
            s = PerceptionStats.of(t.manifest(), t.options().variants(), store.all());
        }
        b.append(String.format(java.util.Locale.ROOT, "Test `%s` (%s, %d trials, seed %d): **%d** participants, **%d** "
                        + "answers. Rates with 95 %% Wilson intervals; d' and criterion with real as the signal "
                        + "(log-linear corrected); d' near 0: people could not tell synthetic from real. Full report, CSV "
                        + "and plot: `sigbench perceive report --test %s`.%n%n", dir, t.options().corpus(), t.options().trials(),
                t.options().seed(), s.participants().size(), s.answers(), dir));
        b.append(PerceptionReport.table(s)).append('\n');
        return b.toString();
    }
}
