package org.sigbench.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.datasets.io.Csv;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.model.Stroke;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sigbench extract}: Sigma-Lognormal parameters of every sample of a corpus. Writes one
 * row per sample to {@code --out} (id, subject, kind, strokes, duration, SNRv, SNRt with the
 * trajectory centred, strokes per second, milliseconds) and the strokes to
 * {@code <out minus .csv>-strokes.csv}, both atomically, and prints a Markdown summary. Rows are
 * in corpus order whatever {@code --threads}; every column except {@code ms} (wall time) is
 * deterministic.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract Sigma-Lognormal strokes from every sample of a corpus (iDeLog-like) and report "
                + "SNRv, SNRt (trajectory centred), strokes per second and time per sample.")
public final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Data root (default: env SIGBENCH_DATA).")
    String data;

    @Option(names = "--corpus", required = true, paramLabel = "NAME", description = "Corpus, e.g. svc2004-task2.")
    String corpus;

    @Option(names = "--subjects", split = ",", paramLabel = "ID", description = "Only these subjects (comma separated).")
    List<String> subjects;

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N samples, spread evenly over the (subject-filtered) corpus (every k-th).")
    Integer limit;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Per-sample CSV to write.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || (limit != null && limit < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --threads >= 1 and --limit >= 1");
        }
        Corpus c = Corpora.load(Corpora.root(data), corpus);
        List<Signature> chosen = select(c, subjects, limit);
        Extractor ex = Extractor.defaults();
        List<Extraction> results = new ArrayList<>();
        long wall = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName("extract " + corpus).setInitialMax(chosen.size())
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" samples", 1).build()) {
            List<Future<Extraction>> fs = new ArrayList<>();
            for (Signature s : chosen) {
                fs.add(pool.submit(() -> {
                    Extraction e = ex.extract(s);
                    synchronized (pb) {
                        pb.step();
                    }
                    return e;
                }));
            }
            for (Future<Extraction> f : fs) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double wallS = (System.nanoTime() - wall) / 1e9;
        Path abs = out.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        AtomicFiles.write(abs, Csv.format(samplesRows(chosen, results)));
        Path strokesFile = strokesPath(abs);
        AtomicFiles.write(strokesFile, Csv.format(strokeRows(chosen, results)));
        spec.commandLine().getOut().print(summary(corpus, results, wallS, threads));
        spec.commandLine().getOut().println("wrote " + abs + " and " + strokesFile);
        return 0;
    }

    /** The samples of a corpus restricted to subjects, then thinned evenly to at most limit. */
    static List<Signature> select(Corpus c, List<String> subjects, Integer limit) {
        List<Signature> all = c.signatures();
        if (subjects != null && !subjects.isEmpty()) {
            Set<String> want = new LinkedHashSet<>(subjects);
            for (String s : want) {
                c.of(s); // clear error for an unknown subject
            }
            all = all.stream().filter(s -> want.contains(s.meta().subject())).toList();
        }
        if (limit == null || limit >= all.size()) {
            return all;
        }
        List<Signature> out = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            out.add(all.get((int) ((long) i * all.size() / limit)));
        }
        return out;
    }

    static Path strokesPath(Path csv) {
        String name = csv.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(stem + "-strokes.csv");
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    static List<String[]> samplesRows(List<Signature> s, List<Extraction> r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"sample", "subject", "kind", "label", "dims", "samples", "duration_s", "strokes",
            "strokes_per_s", "snr_v_db", "snr_t_centred_db", "origin_x", "origin_y", "origin_z", "ms"});
        for (int i = 0; i < s.size(); i++) {
            Signature g = s.get(i);
            Extraction e = r.get(i);
            double[] o = e.movement().origin();
            rows.add(new String[] {g.meta().id(), g.meta().subject(), g.meta().kind().token(), g.meta().label(),
                Integer.toString(g.dims()), Integer.toString(g.size()), f(e.duration()), Integer.toString(e.strokes()),
                f(e.strokesPerSecond()), f(e.snrV()), f(e.snrT()), f(o[0]), f(o[1]), f(o[2]),
                String.format(Locale.ROOT, "%.2f", e.millis())});
        }
        return rows;
    }

    static List<String[]> strokeRows(List<Signature> s, List<Extraction> r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"sample", "stroke", "t0", "mu", "sigma", "D", "theta_s", "theta_e",
            "start_x", "start_y", "start_z", "u_x", "u_y", "u_z", "w_x", "w_y", "w_z"});
        for (int i = 0; i < s.size(); i++) {
            int j = 0;
            for (Stroke k : r.get(i).movement().strokes()) {
                double[] p = k.start();
                double[] u = k.u();
                double[] w = k.w();
                rows.add(new String[] {s.get(i).meta().id(), Integer.toString(++j), f(k.t0()), f(k.mu()), f(k.sigma()),
                    f(k.d()), f(k.thetaS()), f(k.thetaE()), f(p[0]), f(p[1]), f(p[2]), f(u[0]), f(u[1]), f(u[2]),
                    f(w[0]), f(w[1]), f(w[2])});
            }
        }
        return rows;
    }

    /**
     * Quantile by the nearest-rank rule (Hyndman and Fan type 1, the inverse of the empirical
     * distribution function; a value of the sample): with {@code s} the sorted values of x (n of
     * them, not empty), {@code Q(q) = s[clamp(ceil(q n) - 1, 0, n - 1)]}, q in [0, 1]. x is not
     * modified.
     *
     * <p>Not the type-7 (linear) quantile of {@code verify.metrics.Evaluation} and
     * {@code synth.ks.KsTiming}, on purpose: the SNR and timing percentiles of
     * {@code reports/extract.md} (and the KS shape SNRt line of {@code synth --from}) were computed
     * with the nearest rank, and a linear quantile changes them (for an even count the median here
     * is the lower middle value, not the midpoint of the two middle values).
     */
    static double quantile(double[] x, double q) {
        double[] y = x.clone();
        Arrays.sort(y);
        int k = (int) Math.ceil(q * y.length) - 1;
        return y[Math.max(0, Math.min(y.length - 1, k))];
    }

    static String summary(String corpus, List<Extraction> r, double wallS, int threads) {
        double[] v = r.stream().mapToDouble(Extraction::snrV).toArray();
        double[] t = r.stream().mapToDouble(Extraction::snrT).toArray();
        double[] sps = r.stream().mapToDouble(Extraction::strokesPerSecond).toArray();
        double[] ms = r.stream().mapToDouble(Extraction::millis).toArray();
        double strokes = r.stream().mapToDouble(Extraction::strokes).sum();
        double dur = r.stream().mapToDouble(Extraction::duration).sum();
        StringBuilder b = new StringBuilder();
        b.append("| corpus | samples | SNRv median (dB) | SNRv p10 | SNRt median (dB, centred) | SNRt p10 | strokes/s median | strokes/s pooled | ms/sample median | signatures/s (")
                .append(threads).append(" thread").append(threads == 1 ? "" : "s").append(") |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |%n", corpus,
                r.size(), quantile(v, 0.5), quantile(v, 0.1), quantile(t, 0.5), quantile(t, 0.1), quantile(sps, 0.5),
                strokes / dur, quantile(ms, 0.5), r.size() / wallS));
        return b.toString();
    }
}
