package org.sigbench.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.datasets.io.InterchangeFormat;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.fs.FsOptions;
import org.sigbench.synth.profile.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sigbench synth}: writes a synthetic corpus (Full Synthesis identities, DS genuine
 * samples, skilled forgeries) in the interchange format, plus {@code synth-options.json} with
 * every option used (and the profile when one was used). Same seed, same bytes, whatever
 * {@code --threads}.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Generate a synthetic corpus with the Sigma-Lognormal model (Full Synthesis identities, "
                + "duplicated genuine samples, skilled forgeries) and write it in sigbench's interchange format.")
public final class SynthCommand implements Callable<Integer> {
    /** File with the options, written next to the corpus manifest. */
    public static final String OPTIONS_FILE = "synth-options.json";

    @Option(names = "--subjects", paramLabel = "N", description = "Synthetic identities (required unless --from).")
    int subjects;

    @Option(names = "--genuine", paramLabel = "G", description = "Genuine samples per identity (required unless --from).")
    int genuine;

    @Option(names = "--forgeries", defaultValue = "0", paramLabel = "F",
            description = "Skilled forgeries per identity. Default: ${DEFAULT-VALUE}.")
    int forgeries;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Master seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created).")
    Path out;

    @Option(names = "--profile", paramLabel = "CORPUS",
            description = "Mimic this real corpus (e.g. svc2004-task2, leap-airsig): size, duration, rhythm, speed, rate, dims.")
    String profile;

    @Option(names = "--data", paramLabel = "DIR", description = "Data root for --profile (default: env SIGBENCH_DATA).")
    String data;

    @Option(names = "--dims", paramLabel = "2|3", description = "2 or 3 (default: the profile's, else 3).")
    Integer dims;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--variability", paramLabel = "LEVEL",
            description = "Duplicate variability level (0 = exact copies, 1 = literature's admissible ranges). Default: "
                    + DsOptions.DEFAULT_LEVEL + " for new identities; with --from, DS is calibrated on the corpus unless "
                    + "this is given.")
    Double variability;

    @Option(names = "--name", paramLabel = "NAME", description = "Corpus name (default: synthetic or synthetic-<profile>).")
    String name;

    @Option(names = "--from", paramLabel = "CORPUS",
            description = "Instead of new identities: K samples per real sample of this corpus (same subjects and labels).")
    String from;

    @Option(names = "--method", defaultValue = "ds", paramLabel = "ks|ds",
            description = "With --from: ks (Kinematic Synthesis re-timing) or ds (extract, perturb, regenerate). Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--per-sample", defaultValue = "1", paramLabel = "K", description = "With --from: samples per real sample. Default: ${DEFAULT-VALUE}.")
    int perSample;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (from != null) {
            spec.commandLine().getOut().println(SynthFromReal.run(data, from, method, perSample, seed, out, name, threads,
                    variability));
            return 0;
        }
        if (dims != null && dims != 2 && dims != 3) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dims must be 2 or 3, got " + dims);
        }
        if (subjects < 1 || genuine < 1 || forgeries < 0 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "need --subjects >= 1, --genuine >= 1, --forgeries >= 0, --threads >= 1");
        }
        DsOptions ds = variability == null ? DsOptions.defaults() : DsOptions.defaults().withLevel(variability);
        FsOptions fs = FsOptions.defaults();
        Profile prof = null;
        if (profile != null) {
            Corpus real = Corpora.load(Corpora.root(data), profile);
            prof = Profile.of(real);
            spec.commandLine().getErr().println("sigbench synth: " + prof.describe());
            fs = prof.fsOptions(ds);
        }
        if (dims != null) {
            fs = fs.withDims(dims);
        }
        String corpusName = name != null ? name : profile != null ? "synthetic-" + profile : "synthetic";
        GeneratorOptions o = new GeneratorOptions(corpusName, subjects, genuine, forgeries, seed, threads, fs, ds,
                ForgeryOptions.defaults());
        Corpus c;
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName("synth").setInitialMax((long) subjects * (genuine + forgeries))
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" samples", 1).build()) {
            c = CorpusGenerator.generate(o, k -> {
                synchronized (pb) {
                    pb.stepBy(k);
                }
            });
        }
        InterchangeFormat.write(c, out);
        AtomicFiles.write(out.resolve(OPTIONS_FILE), optionsJson(o, prof));
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "wrote %s: %d subjects, %d genuine, %d skilled forgeries, %dD, to %s%n",
                c.name(), c.subjects().size(), c.count(Kind.GENUINE), c.count(Kind.SKILLED_FORGERY), c.dims(), out);
        return 0;
    }

    /** The options as JSON; the thread count is left out so that the bytes do not depend on it. */
    static String optionsJson(GeneratorOptions o, Profile prof) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "sigbench synth (Sigma-Lognormal Full Synthesis, DS duplicates, forger model)");
        m.put("name", o.name());
        m.put("subjects", o.subjects());
        m.put("genuine", o.genuine());
        m.put("forgeries", o.forgeries());
        m.put("seed", o.seed());
        m.put("fs", o.fs());
        m.put("ds", o.ds());
        m.put("forgery", o.forgery());
        if (prof != null) {
            m.put("profile", prof);
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }
}
