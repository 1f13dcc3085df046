package org.sigbench.bench.scale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sigbench.bench.io.ReportWriter;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellExecutor;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.study.Memo;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.verify.verifier.DtwVerifier;
import org.sigbench.verify.verifier.DtwVerifierOptions;
import org.sigbench.verify.verifier.Verifier;

/**
 * Computes the tiles of {@link ScaleStudy}. Subject {@code s} is
 * {@link CorpusGenerator#subject(GeneratorOptions, int)} with Full Synthesis defaults and the
 * study's seed (reference G01, probe G02, skilled forgery F01), the same whatever N, tile, thread
 * or JVM; each JVM synthesises a subject once and keeps it (and its DTW features) for the tiles it
 * runs. One tile, single-threaded: for each reference of the tile, its distances to the tile's
 * probes (random, or genuine when probe and reference are the same subject) and, on the diagonal,
 * to its own forgery (skilled).
 */
final class ScaleExecutor implements CellExecutor {
    private final GeneratorOptions generator;
    private final Path scoresDir;
    private final Memo<Integer, List<Signature>> subjects = new Memo<>();
    private final DtwVerifier verifier = new DtwVerifier(DtwVerifierOptions.DEFAULT);

    ScaleExecutor(long seed, Path scoresDir) {
        this.generator = generator(seed);
        this.scoresDir = scoresDir;
    }

    private static GeneratorOptions generator(long seed) {
        return GeneratorOptions.of(1, ScaleSpec.GENUINE, ScaleSpec.FORGERIES, seed).withName("scale");
    }

    /** The option records of the tiles, by group: the generator's (per identity) and the verifier's. */
    static java.util.Map<String, Object> options(long seed) {
        return java.util.Map.of("synth", generator(seed), "verify", DtwVerifierOptions.DEFAULT);
    }

    @Override
    public void execute(Cell cell, CellResult.Builder out) {
        if (!(cell instanceof ScaleTile tile)) {
            throw new IllegalArgumentException("not a tile of the scale study: " + cell.id());
        }
        int b = tile.block();
        int pi = tile.probes();
        int ri = tile.references();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        int[] synthesized = {0};
        List<Signature> probes = new ArrayList<>();
        List<Signature> refs = new ArrayList<>();
        List<Signature> forgeries = new ArrayList<>();
        for (int k = 0; k < b; k++) {
            probes.add(subject(pi * b + k, synthesized).get(1));
            List<Signature> r = subject(ri * b + k, synthesized);
            refs.add(r.get(0));
            forgeries.add(r.get(ScaleSpec.GENUINE));
        }
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        DistanceHistogram genuine = new DistanceHistogram();
        DistanceHistogram skilled = new DistanceHistogram();
        DistanceHistogram random = new DistanceHistogram();
        List<String> lines = scoresDir == null ? null : new ArrayList<>();
        for (int j = 0; j < b; j++) {
            Verifier.Model m = verifier.enrol(List.of(refs.get(j)));
            double[] s = m.scores(probes);
            for (int i = 0; i < b; i++) {
                double d = distance(s[i]);
                boolean same = pi == ri && i == j;
                (same ? genuine : random).add(d);
                if (lines != null) {
                    lines.add(line(ri * b + j, pi * b + i, same ? "genuine" : "random", d));
                }
            }
            if (pi == ri) {
                double d = distance(m.score(forgeries.get(j)));
                skilled.add(d);
                if (lines != null) {
                    lines.add(line(ri * b + j, ri * b + j, "skilled", d));
                }
            }
        }
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        if (lines != null) {
            ReportWriter.writeScores(scoresDir, "scale-b" + b + "-p" + pi + "-r" + ri + ".tsv", lines);
        }
        // timings (not results): how long this tile took to synthesise the subjects this JVM did not have
        // yet, and to compare
        out.result(new TileResult(pi, ri, boxed(genuine.toSeries()), boxed(skilled.toSeries()), boxed(random.toSeries()),
                genuine.total() + skilled.total() + random.total(), new TileResult.Timing(synthesized[0], (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, (c1 - c0) / 1e9, (c2 - c1) / 1e9)));
    }

    private List<Signature> subject(int s, int[] synthesized) {
        return subjects.get(s, () -> {
            synchronized (synthesized) {
                synthesized[0]++;
            }
            return CorpusGenerator.subject(generator, s);
        });
    }

    private static List<Double> boxed(double[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    /** The DTW verifier's score with one reference is {@code -2 d}: back to the distance d. */
    private static double distance(double score) {
        return -score / 2;
    }

    private static String line(int ref, int probe, String kind, double d) {
        return String.format(Locale.ROOT, "%s\t%s\t%s\t%.17g", CorpusGenerator.subjectId(ref), CorpusGenerator.subjectId(probe),
                kind, d);
    }
}
