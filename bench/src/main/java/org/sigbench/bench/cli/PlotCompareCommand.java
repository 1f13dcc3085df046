package org.sigbench.bench.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.sigbench.bench.figures.CompareFigure;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.ds.RealDsSettings;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.extract.RealDuplicates;
import org.sigbench.synth.ks.KsOptions;
import org.sigbench.synth.ks.KsTiming;
import org.sigbench.synth.ks.RealRetiming;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.profile.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.sigbench.bench.port.SynthBackend;
import org.sigbench.bench.port.Variability;
import org.sigbench.bench.port.VerifyBackend;
import org.sigbench.bench.study.VariabilityEstimator;

/**
 * {@code sigbench plot compare}: real genuine samples of a corpus (for a corpus of classes, its
 * samples) beside synthetic ones: trajectories in x-y, x-z, y-z (3D) and the speed profile of each
 * sample. {@code --methods fs} (default): samples of new identities made with the corpus'
 * {@link Profile} (one per row). {@code --methods ds,ks}: each row's real sample beside its DS
 * duplicate (stroke-wise level {@code --variability}, default {@link DsOptions#DEFAULT_LEVEL}, the
 * synth module's uncalibrated default) and its KS re-timing (timing of its kind estimated on the
 * corpus, {@link KsOptions#defaults()}). DS of row i draws from {@code Streams.seed(seed, 2, i)},
 * KS from {@code Streams.of(seed, 1, i)}, as {@code synth --from}. PNG written atomically.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Real samples of a corpus beside synthetic ones (PNG): new identities made with its profile "
                + "(--methods fs), or DS and KS versions of the same real samples (--methods ds,ks).")
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

    @Option(names = "--methods", split = ",", defaultValue = "fs", paramLabel = "M",
            description = "Synthetic blocks: fs (new identities), forgery (real and synthetic skilled forgeries "
                    + "beside genuine samples), or ds and/or ks versions of the real samples. Default: ${DEFAULT-VALUE}.")
    List<String> methods;

    @Option(names = "--variability", paramLabel = "L", description = "DS stroke-wise level (default: "
            + DsOptions.DEFAULT_LEVEL + ", the synth default).")
    Double level;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (samples < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--samples must be >= 1");
        }
        Corpus real = Corpora.load(Corpora.root(data), corpus);
        List<Signature> genuine = real.signatures().stream().filter(s -> s.meta().kind() == Kind.GENUINE).toList();
        List<Signature> picked = CompareFigure.pick(genuine.isEmpty() ? real.signatures() : genuine, samples);
        BufferedImage img;
        if (methods.equals(List.of("forgery"))) {
            img = forgeryFigure(real);
        } else if (methods.equals(List.of("fs"))) {
            Profile p = Profile.of(real);
            GeneratorOptions o = GeneratorOptions.of(samples, 1, 0, seed).withFs(p.fsOptions()).withName("synthetic-" + corpus);
            Corpus syn = CorpusGenerator.generate(o);
            img = CompareFigure.render(corpus + ": real (left) vs synthetic with --profile " + corpus + " (right)",
                    "real: " + corpus, picked, "synthetic: seed " + seed, syn.signatures());
        } else {
            List<CompareFigure.Block> blocks = new ArrayList<>();
            blocks.add(new CompareFigure.Block("real: " + corpus, picked));
            for (String m : methods) {
                blocks.add(switch (m) {
                    case "ds" -> new CompareFigure.Block("DS duplicate (level " + (level == null ? DsOptions.DEFAULT_LEVEL
                            : level) + ", seed " + seed + ")", duplicates(picked));
                    case "ks" -> new CompareFigure.Block("KS re-timing (seed " + seed + ")", retimed(real, picked));
                    default -> throw new CommandLine.ParameterException(spec.commandLine(),
                            "--methods: fs alone, forgery alone, or ds and/or ks; got '" + m + "'");
                });
            }
            img = CompareFigure.render(corpus + ": real samples (left) and their " + String.join(", ", methods.stream()
                    .map(x -> x.toUpperCase(Locale.ROOT)).toList()) + " versions", blocks);
        }
        Path abs = out.toAbsolutePath();
        AtomicFiles.writePng(abs, img);
        spec.commandLine().getOut().println("wrote " + abs);
        return 0;
    }

    /**
     * Real genuine samples of subjects with skilled forgeries (one per row, spread over the
     * corpus), a real forgery of each, and a synthetic forgery of the same genuine sample by the
     * forger model calibrated on this corpus ({@link SynthBackend#calibrate}; not held out: a
     * picture, not a measurement). Forgery of row i: {@code Streams.seed(seed, 3, i)}.
     */
    private BufferedImage forgeryFigure(Corpus real) {
        List<Signature> firsts = real.subjects().stream().filter(s -> !real.of(s, Kind.SKILLED_FORGERY).isEmpty()
                && !real.of(s, Kind.GENUINE).isEmpty()).map(s -> real.of(s, Kind.GENUINE).get(0)).toList();
        if (firsts.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--methods forgery: corpus " + corpus
                    + " has no subject with both genuine samples and skilled forgeries");
        }
        List<Signature> picked = CompareFigure.pick(firsts, samples);
        List<Signature> forged = picked.stream().map(g -> real.of(g.meta().subject(), Kind.SKILLED_FORGERY).get(0)).toList();
        int threads = Runtime.getRuntime().availableProcessors();
        SynthBackend syn = new SynthBackend(threads);
        List<org.sigbench.synth.calibrate.Group> groups = real.subjects().stream().map(s -> new org.sigbench.synth.calibrate.Group(
                real.of(s, Kind.GENUINE), real.of(s, Kind.SKILLED_FORGERY))).toList();
        spec.commandLine().getErr().println("plot compare: calibrating the forger model on " + corpus);
        Variability v = syn.calibrate(VariabilityEstimator.estimate(real, Kind.GENUINE), groups, new VerifyBackend(threads),
                Streams.seed(seed, 99));
        List<Signature> synthetic = IntStream.range(0, picked.size()).mapToObj(i -> syn.forgeries(picked.get(i), 1, v,
                Streams.seed(seed, 3, i), picked.get(i).meta().id() + "-forged").get(0)).toList();
        return CompareFigure.render(corpus + ": genuine samples, a real skilled forgery of each, and a synthetic one "
                + "(forger model calibrated on " + corpus + ")", List.of(new CompareFigure.Block("real genuine", picked),
                new CompareFigure.Block("real skilled forgery", forged),
                new CompareFigure.Block("synthetic forgery (seed " + seed + ")", synthetic)));
    }

    private List<Signature> duplicates(List<Signature> picked) {
        Extractor ex = Extractor.defaults();
        RealDsSettings ds = RealDsSettings.strokeWise(level == null ? DsOptions.DEFAULT_LEVEL : level);
        return IntStream.range(0, picked.size()).parallel().mapToObj(i -> {
            Signature s = picked.get(i);
            return RealDuplicates.duplicates(s, ex.extract(s), ds, 1, Streams.seed(seed, 2, i), s.meta().id() + "-ds").get(0);
        }).toList();
    }

    private List<Signature> retimed(Corpus real, List<Signature> picked) {
        Extractor ex = Extractor.defaults();
        Map<Kind, KsTiming> timing = new EnumMap<>(Kind.class);
        for (Signature s : picked) {
            timing.computeIfAbsent(s.meta().kind(), k -> KsTiming.estimate(real.signatures().stream()
                    .filter(x -> x.meta().kind() == k).toList(), ex, KsOptions.defaults()));
        }
        return IntStream.range(0, picked.size()).parallel().mapToObj(i -> {
            Signature s = picked.get(i);
            return RealRetiming.retime(s, KsOptions.defaults(), timing.get(s.meta().kind()),
                    s.meta().derived(s.meta().corpus() + "-ks", s.meta().id() + "-ks", 1, "KS of " + s.meta().id()),
                    Streams.of(seed, 1, i));
        }).toList();
    }
}
