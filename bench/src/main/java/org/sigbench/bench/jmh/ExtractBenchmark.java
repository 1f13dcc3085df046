package org.sigbench.bench.jmh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.Extractor;

/**
 * Sigma-Lognormal extraction of real samples of median length (the 5 samples around the median
 * sample count of the corpus; {@code SIGBENCH_DATA} or {@code -p data=DIR}), one call per
 * sample, on one thread. Baseline arm: the initial estimate alone (resampling, smoothing,
 * segmentation, one lognormal per speed bell; no optimisation), so the figure shows what the
 * joint time/space refinement costs. Score = average time per signature. Run:
 * {@code ./sigbench jmh -f 1 -wi 2 -i 3 -w 1s -r 1s Extract}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractBenchmark {
    @Param({"svc2004-task2", "leap-airsig", "leap-airwriting-digits"})
    public String corpus;

    @Param({""})
    public String data;

    private List<Signature> median;
    private final Extractor extractor = Extractor.defaults();
    private int next;

    @Setup
    public void setup() {
        Corpus c = Corpora.load(Corpora.root(data), corpus);
        List<Signature> all = new ArrayList<>(c.signatures());
        all.sort(Comparator.comparingInt(Signature::size).thenComparing(s -> s.meta().id()));
        int m = all.size() / 2;
        median = List.copyOf(all.subList(Math.max(0, m - 2), Math.min(all.size(), m + 3)));
    }

    private Signature nextSample() {
        Signature s = median.get(next);
        next = (next + 1) % median.size();
        return s;
    }

    /** Full extraction: initial estimate, windowed Levenberg-Marquardt, stroke addition. */
    @Benchmark
    public Extraction extract() {
        return extractor.extract(nextSample());
    }

    /** Baseline: the initial estimate alone. */
    @Benchmark
    public Extraction initialEstimateBaseline() {
        Signature s = nextSample();
        return extractor.initialEstimate(s.t(), s.x(), s.y(), s.z(), s.dims());
    }
}
