package org.sigbench.bench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.datasets.io.Csv;
import org.sigbench.datasets.io.DataFormatException;
import org.sigbench.datasets.io.LoadOptions;
import org.sigbench.datasets.io.LoadedCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.sigbench.datasets.stat.Median;

/**
 * {@code sigbench datasets}: lists every corpus under the data root, or the signatures of one
 * subject. Loader notes (excluded recordings, clock repairs, nominal rates) go to stderr so that
 * stdout stays a clean table or CSV. A bad file fails with one line naming file, line and reason.
 */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"List the corpora found under the data root (one row each), or with --corpus and --subject the"
                + " signatures of one subject with their lengths and durations.",
                "CSV header: " + DatasetsCommand.HEADER})
public final class DatasetsCommand implements Callable<Integer> {
    /** The CSV header of the corpus listing. */
    public static final String HEADER = "corpus,subjects,genuine,skilled_forgeries,other,samples,median_points,median_rate_hz,dims";
    /** The CSV header of the subject listing. */
    public static final String SUBJECT_HEADER = "id,kind,label,imitates,session,repetition,points,duration_s,median_rate_hz,pen_down_pct,source";

    enum Format { table, csv }

    @Option(names = "--data", paramLabel = "DIR", description = "Data root (default: env SIGBENCH_DATA).")
    String data;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table", description = "table (Markdown) or csv. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--corpus", paramLabel = "NAME", description = "Only this corpus (e.g. svc2004-task1, leap-airsig).")
    String corpus;

    @Option(names = "--subject", paramLabel = "ID", description = "With --corpus: list this subject's signatures.")
    String subject;

    @Option(names = "--airsig-rate", paramLabel = "HZ", defaultValue = "" + LoadOptions.DEFAULT_AIRSIG_FRAME_RATE_HZ,
            description = "leap-airsig nominal Leap frame rate; t = (frame_id - first) / rate. Default: ${DEFAULT-VALUE}.")
    double airsigRate;

    @Option(names = "--digits-rate", paramLabel = "HZ", defaultValue = "" + LoadOptions.DEFAULT_DIGITS_RATE_HZ,
            description = "leap-airwriting-digits nominal point rate; t = index / rate. Default: ${DEFAULT-VALUE}.")
    double digitsRate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (subject != null && corpus == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--subject needs --corpus");
        }
        Path root = Corpora.root(data);
        LoadOptions opts = new LoadOptions(airsigRate, digitsRate, false);
        List<String> failed = new ArrayList<>();
        List<String> names = corpusNames(root, failed);
        List<String[]> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ProgressBar bar = progressBar(names.size());
        try {
            for (String name : names) {
                if (bar != null) {
                    bar.setExtraMessage(name);
                }
                LoadedCorpus lc;
                try {
                    lc = Corpora.loadWithReport(root, name, opts);
                } catch (DataFormatException e) {
                    if (corpus != null) {
                        throw e;
                    }
                    failed.add(name + ": " + ErrorMessages.of(e));
                    continue;
                }
                notes.addAll(lc.notes());
                if (subject != null) {
                    rows = subjectRows(lc.corpus(), subject);
                } else {
                    rows.add(corpusRow(lc.corpus()));
                }
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        String[] header = (subject != null ? SUBJECT_HEADER : HEADER).split(",");
        if (!rows.isEmpty() || failed.isEmpty()) {
            out.print(format == Format.csv ? Csv.format(header, rows) : markdown(header, rows));
        }
        out.flush();
        for (String n : notes) {
            err.println("note: " + n);
        }
        for (String f : failed) {
            err.println("sigbench datasets: error: corpus " + f);
        }
        err.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    /** The corpus to list, or every corpus found under the root; those that cannot be loaded go to {@code failed}. */
    private List<String> corpusNames(Path root, List<String> failed) {
        List<String> names = new ArrayList<>();
        if (corpus != null) {
            names.add(corpus);
        } else {
            for (Corpora.Found f : Corpora.scan(root)) {
                if (f.error() != null) {
                    failed.add(f.name() + ": " + ErrorMessages.of(f.error()));
                } else {
                    names.add(f.name());
                }
            }
        }
        if (names.isEmpty() && failed.isEmpty()) {
            throw new IllegalArgumentException("no corpus found under " + root + " (expected svc2004/Task1, svc2004/Task2,"
                    + " leap-airsig, leap-airwriting-digits, leap-gestures-midair, or folders with corpus.csv / corpus.json)");
        }
        return names;
    }

    /** A progress bar on stderr, only for several corpora and an interactive terminal (logs and pipes stay clean); else null. */
    private static ProgressBar progressBar(int corpora) {
        return corpora > 1 && System.console() != null
                ? new ProgressBarBuilder().setTaskName("loading corpora").setInitialMax(corpora)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build()
                : null;
    }

    static String[] corpusRow(Corpus c) {
        List<Signature> s = c.signatures();
        double[] points = s.stream().mapToDouble(Signature::size).toArray();
        double[] rates = s.stream().mapToDouble(Signature::medianRate).toArray();
        return new String[] {c.name(), Integer.toString(c.subjects().size()), Long.toString(c.count(Kind.GENUINE)),
                Long.toString(c.count(Kind.SKILLED_FORGERY)), Long.toString(c.count(Kind.OTHER)), Integer.toString(s.size()),
                num(Median.of(points), 1), num(Median.of(rates), 2), Integer.toString(c.dims())};
    }

    static List<String[]> subjectRows(Corpus c, String subject) {
        List<String[]> rows = new ArrayList<>();
        for (Signature s : c.of(subject)) {
            int down = 0;
            for (int i = 0; i < s.size(); i++) {
                down += s.pen(i) ? 1 : 0;
            }
            var m = s.meta();
            rows.add(new String[] {m.id(), m.kind().token(), m.label(), m.imitates(), Integer.toString(m.session()),
                    Integer.toString(m.repetition()), Integer.toString(s.size()), num(s.duration(), 3),
                    num(s.medianRate(), 2), num(100.0 * down / s.size(), 1), m.source()});
        }
        return rows;
    }

    private static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String markdown(String[] header, List<String[]> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (String h : header) {
            b.append(h.equals("corpus") || h.equals("id") || h.equals("kind") || h.equals("label") || h.equals("source")
                    || h.equals("imitates") ? " --- |" : " ---: |");
        }
        b.append('\n');
        for (String[] r : rows) {
            b.append("| ").append(String.join(" | ", Arrays.stream(r).map(x -> x.replace("|", "\\|")).toList())).append(" |\n");
        }
        return b.toString();
    }
}
