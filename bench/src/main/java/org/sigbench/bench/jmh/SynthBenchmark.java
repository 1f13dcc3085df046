package org.sigbench.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.sigbench.datasets.Corpus;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.fs.FsOptions;
import org.sigbench.synth.fs.FullSynthesis;
import org.sigbench.synth.fs.Plan;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Trajectory;

/**
 * Synthesis throughput. One op of the signature benchmarks is one 3D signature of 3 s at 100 Hz
 * (300 samples, 30 strokes: FS defaults with the stroke count fixed), so ops/s = signatures/s on
 * one core:
 * <ul>
 *   <li>{@code sampleFast}: the kernel's no-allocation path (support-limited, table erf, samples in
 *       SIMD lanes; its setup samples up to 3,000 signatures so that the lanes kernel is compiled
 *       before measuring, see {@code warmLanes});</li>
 *   <li>{@code sampleScalar}: the same path with the scalar stroke kernel (the fast path before the
 *       lanes; same bits, checked in setup);</li>
 *   <li>{@code sampleNaive}: the baseline, every stroke at every sample with commons-math3 erf;</li>
 *   <li>{@code sampleAllocating}: the fast path returning a new Trajectory;</li>
 *   <li>{@code corpusAllCores}: one op = a whole corpus of 20 identities x (10 genuine + 10
 *       forgeries) at 100 Hz, FS defaults, generated on all available cores (planning, duplicates,
 *       forgers and sampling into Signatures included).</li>
 * </ul>
 * Run: {@code ./sigbench jmh -f 1 -wi 3 -i 5 -w 1s -r 1s SynthBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SynthBenchmark {
    SigmaLognormal movement;
    double[] t;
    double[][] buf;
    GeneratorOptions corpusOptions;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        FsOptions o = FsOptions.defaults().withStrokes(30, 0);
        Plan p = FullSynthesis.plan(o, CorpusGenerator.stream(42, 1, 0, 0));
        movement = p.toMovement();
        double a = movement.strokes().get(0).supportStart(3);
        t = new double[300];
        for (int i = 0; i < t.length; i++) {
            t[i] = a + i / 100.0;
        }
        buf = new double[6][t.length];
        double[][] ref = new double[6][t.length];
        movement.sampleIntoScalar(t, t.length, ref[0], ref[1], ref[2], ref[3], ref[4], ref[5]);
        movement.sampleInto(t, t.length, buf[0], buf[1], buf[2], buf[3], buf[4], buf[5]);
        for (int c = 0; c < 6; c++) {
            if (!java.util.Arrays.equals(ref[c], buf[c])) {
                throw new IllegalStateException("lanes and scalar kernels disagree on channel " + c);
            }
        }
        if (params.getBenchmark().endsWith("sampleFast") || params.getBenchmark().endsWith("sampleAllocating")) {
            warmLanes();
        }
        corpusOptions = GeneratorOptions.of(20, 10, 10, 7).withThreads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Until C2 compiles the lanes kernel, the Vector API runs interpreted at a few signatures per
     * second (seconds in all on a loaded 2-core machine), longer than the suite's one short warm-up
     * iteration: sample up to 3,000 signatures (at most 20 s) before measuring.
     */
    private void warmLanes() {
        long end = System.nanoTime() + 20_000_000_000L;
        for (int i = 0; i < 3000 && System.nanoTime() < end; i++) {
            movement.sampleInto(t, t.length, buf[0], buf[1], buf[2], buf[3], buf[4], buf[5]);
        }
    }

    @Benchmark
    public double sampleFast() {
        movement.sampleInto(t, t.length, buf[0], buf[1], buf[2], buf[3], buf[4], buf[5]);
        return buf[0][t.length - 1] + buf[3][t.length / 2];
    }

    @Benchmark
    public double sampleScalar() {
        movement.sampleIntoScalar(t, t.length, buf[0], buf[1], buf[2], buf[3], buf[4], buf[5]);
        return buf[0][t.length - 1] + buf[3][t.length / 2];
    }

    @Benchmark
    public Trajectory sampleAllocating() {
        return movement.sample(t);
    }

    @Benchmark
    public Trajectory sampleNaive() {
        return movement.sampleNaive(t);
    }

    @Benchmark
    @OwnUnit("a corpus of 400 signatures on all cores")
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 3, time = 2)
    public void corpusAllCores(Blackhole bh) {
        Corpus c = CorpusGenerator.generate(corpusOptions);
        bh.consume(c);
    }
}
