package org.sigbench.bench.jmh;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.verify.metrics.Score;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.ProtocolOptions;
import org.sigbench.verify.runner.ProtocolRunner;
import org.sigbench.verify.runner.RunnerOptions;
import org.sigbench.verify.verifier.DtwVerifier;
import org.sigbench.verify.verifier.DtwVerifierOptions;
import org.sigbench.verify.verifier.Verifier;
import org.sigbench.verify.verifier.VerifierFactory;

/**
 * Whole-protocol DTW verification: what a user waits for. One op = the DTW verifier's full scoring
 * of the protocol (5 references; genuine, skilled and random probes) on the first {@code subjects}
 * subjects of a real corpus ({@code SIGBENCH_DATA} or {@code -p data=DIR}), with a fresh verifier,
 * so function features, DTW and scores are all inside the op. The {@code comparisons} counter
 * gives comparisons (probe scores) per second.
 * <ul>
 *   <li>{@code oneThreadManyPairs}: the verifier as used, pairs in SIMD lanes, one thread;</li>
 *   <li>{@code oneThreadSinglePairBaseline}: every pair through the single-pair kernel, one thread;</li>
 *   <li>{@code allCoresManyPairs}: as the first, subjects on all available cores.</li>
 * </ul>
 * {@link #setup()} refuses to run unless the two kernels give bit-identical scores.
 * Run: {@code ./sigbench jmh -f 1 -wi 2 -i 3 -w 2s -r 2s VerifyBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class VerifyBenchmark {
    @Param({"svc2004-task2", "leap-airsig"})
    public String corpus;

    @Param({"10"})
    public int subjects;

    @Param({""})
    public String data;

    Corpus subset;
    Protocol protocol;
    int cores;

    /** Per-iteration counter of comparisons (probe scores) done, reported as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Comparisons {
        public long comparisons;

        @Setup(Level.Iteration)
        public void reset() {
            comparisons = 0;
        }
    }

    @Setup
    public void setup() {
        Corpus c = Corpora.load(Corpora.root(data), corpus);
        Set<String> keep = Set.copyOf(c.subjects().subList(0, Math.min(subjects, c.subjects().size())));
        List<Signature> sub = c.signatures().stream().filter(s -> keep.contains(s.meta().subject())).toList();
        subset = Corpus.of(corpus + "-first" + subjects, sub);
        protocol = Protocol.of(subset, ProtocolOptions.of(5));
        cores = Runtime.getRuntime().availableProcessors();
        List<Score> a = run(true, 1).scores();
        List<Score> b = run(false, 1).scores();
        for (int i = 0; i < a.size(); i++) {
            if (Double.doubleToRawLongBits(a.get(i).score()) != Double.doubleToRawLongBits(b.get(i).score())) {
                throw new IllegalStateException("arms disagree on comparison " + i + ": many-pairs " + a.get(i).score()
                        + ", single-pair " + b.get(i).score());
            }
        }
    }

    private ProtocolRunner.Result run(boolean manyPairs, int threads) {
        VerifierFactory f = new VerifierFactory() {
            @Override
            public String name() {
                return "dtw";
            }

            @Override
            public boolean writerIndependent() {
                return false;
            }

            @Override
            public Verifier create(Protocol development, long seed) {
                return new DtwVerifier(DtwVerifierOptions.DEFAULT, manyPairs);
            }

            @Override
            public String describe() {
                return "dtw";
            }
        };
        return ProtocolRunner.run(subset, protocol, f, new RunnerOptions(threads, 2, 1), null);
    }

    @Benchmark
    public Object oneThreadManyPairs(Comparisons c) {
        ProtocolRunner.Result r = run(true, 1);
        c.comparisons += r.comparisons();
        return r;
    }

    @Benchmark
    public Object oneThreadSinglePairBaseline(Comparisons c) {
        ProtocolRunner.Result r = run(false, 1);
        c.comparisons += r.comparisons();
        return r;
    }

    @Benchmark
    public Object allCoresManyPairs(Comparisons c) {
        ProtocolRunner.Result r = run(true, cores);
        c.comparisons += r.comparisons();
        return r;
    }
}
