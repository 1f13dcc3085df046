package org.sigbench.bench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.datasets.io.Csv;
import org.sigbench.verify.io.CurveFile;
import org.sigbench.verify.io.ScoreFile;
import org.sigbench.verify.metrics.ErrorCurve;
import org.sigbench.verify.metrics.Evaluation;
import org.sigbench.verify.metrics.EvaluationOptions;
import org.sigbench.verify.metrics.ImpostorReport;
import org.sigbench.verify.metrics.ProbeKind;
import org.sigbench.verify.metrics.Score;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.ProtocolOptions;
import org.sigbench.verify.runner.ProtocolRunner;
import org.sigbench.verify.runner.RunnerOptions;
import org.sigbench.verify.verifier.VerifierFactory;
import org.sigbench.verify.verifier.Verifiers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sigbench verify}: runs one verifier over the standard protocol of a corpus (K genuine
 * references, genuine probes = the subject's other genuine samples, skilled = its forgeries,
 * random = the first genuine sample of every other subject) and prints one row per impostor
 * kind. Rates are percentages. {@code eer} is the ROC-convex-hull EER with one global threshold;
 * {@code eer_lo}/{@code eer_hi} its subject-bootstrap 95 % interval; {@code eer_fvc_low/high} the
 * FVC2000 EERlow/EERhigh and {@code eer_fvc} their midpoint, the threshold EER most papers quote
 * ({@code eer}, on the ROC convex hull, is the headline); {@code eer_user} the mean per-user a-posteriori EER (per-user thresholds,
 * optimistic). With {@code --from-scores FILE} the metrics are recomputed from a score file alone.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Score a verifier on a corpus with the standard protocol; print EER (skilled and random separately)"
                + " with 95 %% subject-bootstrap intervals, FNMR at FMR 1 %% and 0.1 %%, AUC, d' and throughput.",
                "Rates are percentages (0-100). eer (ROC convex hull, the headline)/eer_lo/eer_hi, eer_fvc (threshold EER,"
                        + " FVC2000 (EERlow + EERhigh) / 2) and fnmr_*: one global threshold;"
                        + " eer_user: per-user thresholds (a posteriori, optimistic).",
                "CSV header: " + VerifyCommand.HEADER})
public final class VerifyCommand implements Callable<Integer> {
    /** CSV header. */
    public static final String HEADER = "impostor,eer,eer_lo,eer_hi,eer_fvc,eer_fvc_low,eer_fvc_high,eer_user,fnmr_at_fmr1,"
            + "fnmr_at_fmr01,auc,dprime,genuine,impostors,subjects,comparisons,comparisons_per_s,corpus,verifier,refs";

    enum Format { table, csv }

    @Option(names = "--data", paramLabel = "DIR", description = "Data root (default: env SIGBENCH_DATA).")
    String data;

    @Option(names = "--corpus", paramLabel = "NAME",
            description = "Corpus: svc2004-task1, svc2004-task2, leap-airsig, or an interchange corpus folder name.")
    String corpus;

    @Option(names = "--verifier", defaultValue = "dtw", converter = VerifierConverter.class,
            description = "dtw, dtw-tuned, fusion, dtw-mean, dtw-mean-rf, wd-features, svm or rf (or an experiment arm x-... of"
                    + " verify/README.md). Default: ${DEFAULT-VALUE}.")
    String verifier;

    @Option(names = "--refs", paramLabel = "K", defaultValue = "5", description = "Genuine references per subject. Default: ${DEFAULT-VALUE}.")
    int refs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of classifier training and of the bootstrap. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--scores", paramLabel = "FILE", description = "Also write every comparison to this score file.")
    Path scores;

    @Option(names = "--curves", paramLabel = "FILE",
            description = "Also write ROC/DET points (impostor,threshold,fmr,fnmr,det_fmr,det_fnmr; percentages) to this CSV.")
    Path curves;

    @Option(names = "--from-scores", paramLabel = "FILE",
            description = "Compute the metrics from this score file alone (no corpus, no verifier).")
    Path fromScores;

    @Option(names = "--format", defaultValue = "table", description = "table (Markdown) or csv. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
            description = "Subject-bootstrap replicates for the EER interval (0: none). Default: ${DEFAULT-VALUE}.")
    int bootstrap;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** picocli converter accepting the names {@link Verifiers#options(String)} knows. */
    static final class VerifierConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                Verifiers.options(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The scores to evaluate and what the table says about where they come from. */
    private record Scored(List<Score> scores, long comparisons, double perSecond, String corpus, String verifier, String refs) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvaluationOptions eo = new EvaluationOptions(bootstrap, 0.95, seed); // bad options fail before any work
        Scored sc = fromScores != null ? readScores(err) : computeScores(err);
        Map<ProbeKind, ImpostorReport> rep = Evaluation.evaluate(sc.scores(), eo);
        if (curves != null) {
            writeCurves(sc.scores(), err);
        }
        List<String[]> rows = new ArrayList<>();
        for (ProbeKind k : new ProbeKind[] {ProbeKind.SKILLED, ProbeKind.RANDOM}) {
            rows.add(row(k, rep.get(k), sc.comparisons(), sc.perSecond(), sc.corpus(), sc.verifier(), sc.refs()));
        }
        String[] header = HEADER.split(",");
        out.print(format == Format.csv ? Csv.format(header, rows) : DatasetsCommand.markdown(header, rows));
        out.flush();
        err.flush();
        return 0;
    }

    /** --from-scores: the scores of a score file and its metadata. */
    private Scored readScores(PrintWriter err) {
        if (corpus != null || scores != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from-scores excludes --corpus and --scores");
        }
        ScoreFile.Contents c = ScoreFile.read(fromScores);
        List<Score> list = c.scores();
        err.println("scores: " + list.size() + " comparisons read from " + fromScores);
        return new Scored(list, list.size(), Double.NaN, c.metadata().getOrDefault("corpus", "?"),
                c.metadata().getOrDefault("verifier_name", "?"), c.metadata().getOrDefault("references", "?"));
    }

    /** --corpus: runs the protocol (and writes the score file with --scores). */
    private Scored computeScores(PrintWriter err) {
        if (corpus == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--corpus is required (or --from-scores)");
        }
        if (refs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--refs must be >= 1, got " + refs);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, got " + t);
        }
        Corpus c = Corpora.load(Corpora.root(data), corpus);
        Protocol p = Protocol.of(c, ProtocolOptions.of(refs));
        VerifierFactory f = Verifiers.factory(verifier);
        err.println("corpus: " + c + "; protocol: " + refs + " references (first " + refs + " genuine), "
                + p.subjects().size() + " enrolled subjects, " + p.comparisons() + " comparisons");
        p.excluded().forEach((s, why) -> err.println("note: subject " + s + " not enrolled: " + why));
        if (!p.hasSkilled()) {
            err.println("note: corpus " + c.name() + " has no skilled forgeries: skilled row is n/a");
        }
        err.println("verifier: " + f.describe());
        ProtocolRunner.Result r;
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName("verify " + f.name()).setInitialMax(p.comparisons())
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
            r = ProtocolRunner.run(c, p, f, new RunnerOptions(t, 2, seed), pb::stepTo);
            pb.stepTo(p.comparisons());
        }
        if (scores != null) {
            writeScores(c, f, r.scores(), err);
        }
        return new Scored(r.scores(), r.comparisons(), r.comparisonsPerSecond(), c.name(), f.name(), Integer.toString(refs));
    }

    private void writeScores(Corpus c, VerifierFactory f, List<Score> list, PrintWriter err) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("corpus", c.name());
        meta.put("verifier_name", f.name());
        meta.put("verifier", f.describe());
        meta.put("references", Integer.toString(refs));
        meta.put("protocol", "first K genuine as references; genuine probes = other genuine; skilled = forgeries"
                + " of the subject; random = first genuine sample of every other subject");
        meta.put("seed", Long.toString(seed));
        ScoreFile.write(scores, meta, list);
        err.println("scores: " + list.size() + " comparisons written to " + scores);
    }

    private void writeCurves(List<Score> list, PrintWriter err) {
        Map<ProbeKind, ErrorCurve> m = new java.util.EnumMap<>(ProbeKind.class);
        for (ProbeKind k : new ProbeKind[] {ProbeKind.SKILLED, ProbeKind.RANDOM}) {
            ErrorCurve c = Evaluation.curve(list, k);
            if (c != null) {
                m.put(k, c);
            }
        }
        CurveFile.write(curves, m);
        err.println("curves: ROC/DET points written to " + curves);
    }

    static String[] row(ProbeKind k, ImpostorReport r, long comparisons, double perSecond, String corpus,
                        String verifier, String refs) {
        String cps = Double.isNaN(perSecond) ? "n/a" : String.format(Locale.ROOT, "%.0f", perSecond);
        if (r == null) {
            return new String[] {k.token(), "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "0", "0",
                "0",
                Long.toString(comparisons), cps, corpus, verifier, refs};
        }
        return new String[] {k.token(), pct(r.eer()), pct(r.eerCiLow()), pct(r.eerCiHigh()), pct(r.eerFvc()), pct(r.eerFvcLow()),
            pct(r.eerFvcHigh()), pct(r.eerPerUser()), pct(r.fnmrAtFmr1()), pct(r.fnmrAtFmr01()),
            String.format(Locale.ROOT, "%.4f", r.auc()), String.format(Locale.ROOT, "%.3f", r.dPrime()),
            Integer.toString(r.genuine()), Integer.toString(r.impostors()), Integer.toString(r.subjects()),
            Long.toString(comparisons), cps, corpus, verifier, refs};
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", 100 * v);
    }
}
