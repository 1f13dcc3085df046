package org.sigbench.bench.perceive;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sigbench.bench.port.Backends;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.io.Corpora;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sigbench perceive prepare}: writes a test folder. */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = "Pick a balanced, seeded mix of real and synthetic samples of a corpus and write a test folder "
                + "(stimuli, manifest of the truth, options).")
public final class PrepareCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Data root (default: env SIGBENCH_DATA).")
    String data;

    @Option(names = "--corpus", required = true, paramLabel = "NAME", description = "Real corpus, e.g. leap-airsig.")
    String corpus;

    @Option(names = "--variants", split = ",", defaultValue = "fs,ds,ks", paramLabel = "V",
            description = "Synthetic variants among fs, ds, ks (default: ${DEFAULT-VALUE}).")
    List<String> variants;

    @Option(names = "--trials", defaultValue = "40", description = "Trials, even: half real (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--points", defaultValue = "" + Resampler.DEFAULT_POINTS,
            description = "Points per stimulus, the same for every trial (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--calibration-subjects", defaultValue = "6",
            description = "Real subjects the synthesis is calibrated on (default: ${DEFAULT-VALUE}).")
    int calibrationSubjects;

    @Option(names = "--threads", defaultValue = "2", description = "Threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Test folder to write.")
    Path out;

    @Override
    public Integer call() {
        Preparer.Request r = new Preparer.Request(variants, trials, seed, points, calibrationSubjects);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        Corpus real = Corpora.load(Corpora.root(data), corpus);
        System.out.println(new Preparer(Backends.synthesis(threads), Backends.verification(threads)).prepare(real, r, out));
        return 0;
    }
}
