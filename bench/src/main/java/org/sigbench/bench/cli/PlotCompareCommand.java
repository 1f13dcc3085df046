package org.sigbench.bench.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sigbench.bench.figures.CompareFigure;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.profile.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sigbench plot compare}: real genuine samples of a corpus beside synthetic samples made
 * with its {@link Profile} (one new identity per row): trajectories in x-y, x-z, y-z (3D) and the
 * speed profile of each sample. PNG written atomically.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Real samples of a corpus beside synthetic samples made with its profile (PNG).")
public final class PlotCompareCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "NAME", description = "Real corpus, e.g. leap-airsig.")
    String corpus;

    @Option(names = "--data", paramLabel = "DIR", description = "Data root (default: env SIGBENCH_DATA).")
    String data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;

    @Option(names = "--samples", defaultValue = "4", paramLabel = "N", description = "Rows (samples per side). Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the synthetic side. Default: ${DEFAULT-VALUE}.")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (samples < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--samples must be >= 1");
        }
        Corpus real = Corpora.load(Corpora.root(data), corpus);
        Profile p = Profile.of(real);
        GeneratorOptions o = GeneratorOptions.of(samples, 1, 0, seed).withFs(p.fsOptions()).withName("synthetic-" + corpus);
        Corpus syn = CorpusGenerator.generate(o);
        List<Signature> genuine = real.signatures().stream().filter(s -> s.meta().kind() == Kind.GENUINE).toList();
        BufferedImage img = CompareFigure.render(corpus + ": real (left) vs synthetic with --profile " + corpus + " (right)",
                "real: " + corpus, CompareFigure.pick(genuine.isEmpty() ? real.signatures() : genuine, samples),
                "synthetic: seed " + seed, syn.signatures());
        Path abs = out.toAbsolutePath();
        org.sigbench.bench.io.AtomicFiles.writePng(abs, img);
        spec.commandLine().getOut().println("wrote " + abs);
        return 0;
    }
}
