package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.sigbench.bench.io.CodeFingerprint;
import org.sigbench.bench.port.Backends;
import org.sigbench.bench.cells.CorpusKey;
import org.sigbench.bench.cells.DuplicatesCell;
import org.sigbench.bench.cells.RealismCell;
import org.sigbench.bench.cells.RecognitionCell;
import org.sigbench.bench.cells.ThroughputCell;
import org.sigbench.bench.cells.VariabilityCell;
import org.sigbench.bench.cells.Variant;
import org.sigbench.bench.cells.VerificationCell;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.io.CellConfiguration;
import org.sigbench.bench.suite.Condition;
import org.sigbench.bench.suite.Suite;
import org.sigbench.bench.suite.Suite.CorpusRef;
import org.sigbench.datasets.io.LoadOptions;

/**
 * Expands a {@link Suite} into its cells. Cell ids:
 * <ul>
 *   <li>{@code variability/<corpus>}: the DS variability estimated from the real corpus;</li>
 *   <li>{@code rvs/<corpus>/<variant>/<verifier>/k<K>}, variant {@code real}, {@code fs}, {@code ds}, {@code ks};</li>
 *   <li>{@code dup/<corpus>/<verifier>/k<K>/m<M>}, and for K = 1 the oracle
 *       {@code dup/<corpus>/<verifier>/k1/m<M>-oracle} (M more real genuine references);</li>
 *   <li>{@code air/<condition>} (air-writing) and {@code gesture/<condition>} (mid-air gestures),
 *       both computed by {@link Recognition};</li>
 *   <li>{@code realism/<corpus>/<variant>};</li>
 *   <li>{@code throughput/jmh}.</li>
 * </ul>
 * A corpus limited to its first N subjects appears as {@code <name>~N}.
 *
 * <p>What a cell's hash ({@link Cell#hash()}) covers, so that a resumed run reuses a stored result
 * only when nothing it depends on changed: its kind and parameters (the suite settings of its
 * section); the suite's seed and bootstrap replicates; the back-end names; the data fingerprint of
 * its corpus (file contents); and, from {@link CellConfiguration}, the code fingerprint of every
 * module it depends on ({@code code.datasets}, {@code code.verify}, {@code code.bench}, and
 * {@code code.synth} only for cells that synthesise, so real-only cells survive a synthesis change)
 * and the canonical JSON of the option records it runs with ({@code options.load}: the readers'
 * {@code LoadOptions}; {@code options.synth}: the synthesis back end's DS, forger, KS, extraction
 * and calibration records; {@code options.verify}: the verifier's settings and those of the DTW
 * distances). Nothing is bumped by hand: recompiling changed code is enough.
 */
public final class Study {
    private Study() {
    }

    /** Corpus key used in ids and caches. */
    public static String key(CorpusRef c) {
        return corpus(c).key();
    }

    /**
     * The cells of a suite, in report order.
     *
     * @param fingerprint corpus name to data fingerprint
     * @param backends    names of the synthesis and verification back ends (hashed: switching back
     *                    end recomputes)
     */
    public static List<Cell> cells(Suite s, Function<String, String> fingerprint, String backends) {
        List<Cell> out = new ArrayList<>();
        variabilityCells(s, fingerprint, backends, out);
        rvsCells(s, fingerprint, backends, out);
        dupCells(s, fingerprint, backends, out);
        recognitionCells(s, fingerprint, backends, out);
        realismCells(s, fingerprint, backends, out);
        throughputCell(s, out);
        return out;
    }

    /**
     * The {@code variability/<corpus>} cells: one per corpus that DS synthesis needs (the DS
     * variants of real vs synthetic and realism, the duplicates, the recognition sections), first seen first.
     */
    private static void variabilityCells(Suite s, Function<String, String> fingerprint, String backends, List<Cell> out) {
        Map<String, CorpusRef> needVariability = new LinkedHashMap<>();
        if (s.realVsSynthetic() != null) {
            for (CorpusRef c : s.realVsSynthetic().corpora()) {
                if (s.realVsSynthetic().variants().contains("ds")) {
                    needVariability.put(key(c), c);
                }
            }
        }
        if (s.duplicates() != null) {
            s.duplicates().corpora().forEach(c -> needVariability.put(key(c), c));
        }
        if (s.realism() != null && s.realism().variants().contains("ds")) {
            s.realism().corpora().forEach(c -> needVariability.put(key(c), c));
        }
        for (Suite.Recognition r : recognitionSections(s).values()) {
            needVariability.put(key(r.corpus()), r.corpus());
        }
        for (CorpusRef c : needVariability.values()) {
            out.add(new VariabilityCell(corpus(c), context(s, c, null, true, fingerprint, backends)));
        }
    }

    /** The {@code rvs/...} cells of the real vs synthetic section: per corpus, verifier, K, and variant (real first). */
    private static void rvsCells(Suite s, Function<String, String> fingerprint, String backends, List<Cell> out) {
        if (s.realVsSynthetic() == null) {
            return;
        }
        var r = s.realVsSynthetic();
        grid(r.corpora(), r.verifiers(), r.refs(), (c, v, k) -> {
            List<Variant> variants = new ArrayList<>();
            variants.add(Variant.REAL);
            r.variants().forEach(x -> variants.add(Variant.of(x)));
            for (Variant variant : variants) {
                out.add(new VerificationCell(corpus(c), variant, v, k,
                        context(s, c, v, variant.synthetic(), fingerprint, backends)));
            }
        });
    }

    /** The {@code dup/...} cells of the duplicates section: per corpus, verifier, K and M, with the K = 1 oracles. */
    private static void dupCells(Suite s, Function<String, String> fingerprint, String backends, List<Cell> out) {
        if (s.duplicates() == null) {
            return;
        }
        var d = s.duplicates();
        grid(d.corpora(), d.verifiers(), d.refs(), (c, v, k) -> {
            for (int m : d.duplicates()) {
                out.add(new DuplicatesCell(corpus(c), v, k, m, false, context(s, c, v, m != 0, fingerprint, backends)));
                if (d.oracle() && k == 1 && m > 0) {
                    out.add(new DuplicatesCell(corpus(c), v, k, m, true, context(s, c, v, false, fingerprint, backends)));
                }
            }
        });
    }

    /** What a section does at one (corpus, verifier, K) of its grid. */
    @FunctionalInterface
    private interface GridPoint {
        void accept(CorpusRef c, String verifier, int k);
    }

    /** Runs {@code body} at every (corpus, verifier, K) of a section: corpora outermost, K innermost. */
    private static void grid(List<CorpusRef> corpora, List<String> verifiers, List<Integer> refs, GridPoint body) {
        for (CorpusRef c : corpora) {
            for (String v : verifiers) {
                for (int k : refs) {
                    body.accept(c, v, k);
                }
            }
        }
    }

    /** The {@code air/<condition>} and {@code gesture/<condition>} cells of the recognition sections. */
    private static void recognitionCells(Suite s, Function<String, String> fingerprint, String backends, List<Cell> out) {
        for (var e : recognitionSections(s).entrySet()) {
            var a = e.getValue();
            for (Condition cond : a.conditions()) {
                out.add(new RecognitionCell(e.getKey(), corpus(a.corpus()), cond, a.perReference(), a.band(),
                        context(s, a.corpus(), null, cond.synthesises(), fingerprint, backends)));
            }
        }
    }

    /** The {@code realism/<corpus>/<variant>} cells of the realism section. */
    private static void realismCells(Suite s, Function<String, String> fingerprint, String backends, List<Cell> out) {
        if (s.realism() == null) {
            return;
        }
        var r = s.realism();
        for (CorpusRef c : r.corpora()) {
            for (String v : r.variants()) {
                out.add(new RealismCell(corpus(c), Variant.of(v), r.folds(), r.trees(),
                        context(s, c, null, true, fingerprint, backends)));
            }
        }
    }

    /** The {@code throughput/jmh} cell, when the suite measures throughput (hashed on every module's code). */
    private static void throughputCell(Suite s, List<Cell> out) {
        if (s.throughput() == null) {
            return;
        }
        var t = s.throughput();
        // timings of every module's code: any code change measures again
        out.add(new ThroughputCell(t.include(), t.forks(), t.warmups(), t.iterations(), t.seconds(),
                new TreeMap<>(CellConfiguration.of(CodeFingerprint.ALL, Map.of()))));
    }

    /**
     * The recognition sections of a suite by cell kind (also the cell id prefix): {@code air} for
     * air-writing, {@code gesture} for mid-air gestures; absent sections are left out.
     */
    public static Map<RecognitionCell.Task, Suite.Recognition> recognitionSections(Suite s) {
        Map<RecognitionCell.Task, Suite.Recognition> m = new LinkedHashMap<>();
        if (s.airWriting() != null) {
            m.put(RecognitionCell.Task.AIR, s.airWriting());
        }
        if (s.gestures() != null) {
            m.put(RecognitionCell.Task.GESTURE, s.gestures());
        }
        return m;
    }

    /** The corpus of a cell. */
    static CorpusKey corpus(CorpusRef c) {
        return new CorpusKey(c.name(), c.subjects());
    }

    /**
     * The context of a cell on a corpus: seed, bootstrap, back ends, the corpus' data fingerprint and
     * the code and options it depends on.
     *
     * @param verifier  the verifier whose options are hashed, or null
     * @param synthesis whether the result depends on the synthesis back end
     */
    private static SortedMap<String, String> context(Suite s, CorpusRef c, String verifier, boolean synthesis,
                                               Function<String, String> fingerprint, String backends) {
        Map<String, String> ctx = new LinkedHashMap<>();
        ctx.put("seed", Long.toString(s.seed()));
        ctx.put("bootstrap", Integer.toString(s.bootstrap()));
        ctx.put("backends", backends);
        ctx.put("data", fingerprint.apply(c.name()));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("load", LoadOptions.defaults());
        options.put("synth", synthesis ? Backends.synthesisOptions() : null);
        options.put("verify", Backends.verificationOptions(verifier));
        ctx.putAll(CellConfiguration.of(CellConfiguration.modules(synthesis), options));
        return new TreeMap<>(ctx);
    }
}
