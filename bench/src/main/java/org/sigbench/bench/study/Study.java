package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sigbench.bench.io.CodeFingerprint;
import org.sigbench.bench.port.Backends;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.io.CellConfiguration;
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
        return c.subjects() == 0 ? c.name() : c.name() + "~" + c.subjects();
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
            out.add(cell(s, "variability/" + key(c), "variability", corpusParams(c), fingerprint, backends));
        }
    }

    /** The {@code rvs/...} cells of the real vs synthetic section: per corpus, verifier, K, and variant (real first). */
    private static void rvsCells(Suite s, Function<String, String> fingerprint, String backends, List<Cell> out) {
        if (s.realVsSynthetic() == null) {
            return;
        }
        var r = s.realVsSynthetic();
        grid(r.corpora(), r.verifiers(), r.refs(), (c, v, k) -> {
            List<String> variants = new ArrayList<>();
            variants.add("real");
            variants.addAll(r.variants());
            for (String variant : variants) {
                Map<String, String> p = corpusParams(c);
                p.put("variant", variant);
                p.put("verifier", v);
                p.put("refs", Integer.toString(k));
                out.add(cell(s, "rvs/" + key(c) + "/" + variant + "/" + v + "/k" + k, "rvs", p,
                        fingerprint, backends));
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
                Map<String, String> p = corpusParams(c);
                p.put("verifier", v);
                p.put("refs", Integer.toString(k));
                p.put("duplicates", Integer.toString(m));
                out.add(cell(s, "dup/" + key(c) + "/" + v + "/k" + k + "/m" + m, "dup", p,
                        fingerprint, backends));
                if (d.oracle() && k == 1 && m > 0) {
                    Map<String, String> o = new LinkedHashMap<>(p);
                    o.put("extra", "oracle");
                    out.add(cell(s, "dup/" + key(c) + "/" + v + "/k" + k + "/m" + m + "-oracle", "dup", o,
                            fingerprint, backends));
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
            for (String cond : a.conditions()) {
                Map<String, String> p = corpusParams(a.corpus());
                p.put("condition", cond);
                p.put("perReference", Integer.toString(a.perReference()));
                p.put("band", Double.toString(a.band()));
                out.add(cell(s, e.getKey() + "/" + cond, e.getKey(), p, fingerprint, backends));
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
                Map<String, String> p = corpusParams(c);
                p.put("variant", v);
                p.put("folds", Integer.toString(r.folds()));
                p.put("trees", Integer.toString(r.trees()));
                p.put("features", "kinematics+aspect");
                out.add(cell(s, "realism/" + key(c) + "/" + v, "realism", p, fingerprint, backends));
            }
        }
    }

    /** The {@code throughput/jmh} cell, when the suite measures throughput (hashed on every module's code). */
    private static void throughputCell(Suite s, List<Cell> out) {
        if (s.throughput() == null) {
            return;
        }
        var t = s.throughput();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("include", t.include());
        p.put("forks", Integer.toString(t.forks()));
        p.put("warmups", Integer.toString(t.warmups()));
        p.put("iterations", Integer.toString(t.iterations()));
        p.put("seconds", Double.toString(t.seconds()));
        // timings of every module's code: any code change measures again
        out.add(Cell.of("throughput/jmh", "throughput", p, CellConfiguration.of(CodeFingerprint.ALL, Map.of())));
    }

    /**
     * The recognition sections of a suite by cell kind (also the cell id prefix): {@code air} for
     * air-writing, {@code gesture} for mid-air gestures; absent sections are left out.
     */
    public static Map<String, Suite.Recognition> recognitionSections(Suite s) {
        Map<String, Suite.Recognition> m = new LinkedHashMap<>();
        if (s.airWriting() != null) {
            m.put("air", s.airWriting());
        }
        if (s.gestures() != null) {
            m.put("gesture", s.gestures());
        }
        return m;
    }

    /** Whether a cell's result depends on the synthesis back end. */
    static boolean usesSynthesis(String kind, Map<String, String> p) {
        return switch (kind) {
            case "variability", "realism" -> true;
            case "rvs" -> !"real".equals(p.get("variant"));
            case "dup" -> !"0".equals(p.get("duplicates")) && !"oracle".equals(p.get("extra"));
            case "air", "gesture" -> !List.of("real", "real-single", "k1").contains(p.get("condition"));
            default -> false;
        };
    }

    private static Map<String, String> corpusParams(CorpusRef c) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("corpus", c.name());
        p.put("subjects", Integer.toString(c.subjects()));
        return p;
    }

    private static Cell cell(Suite s, String id, String kind, Map<String, String> params,
                             Function<String, String> fingerprint, String backends) {
        Map<String, String> ctx = new LinkedHashMap<>();
        ctx.put("seed", Long.toString(s.seed()));
        ctx.put("bootstrap", Integer.toString(s.bootstrap()));
        ctx.put("backends", backends);
        ctx.put("data", fingerprint.apply(params.get("corpus")));
        boolean synthesis = usesSynthesis(kind, params);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("load", LoadOptions.defaults());
        options.put("synth", synthesis ? Backends.synthesisOptions() : null);
        options.put("verify", Backends.verificationOptions(params.get("verifier")));
        ctx.putAll(CellConfiguration.of(CellConfiguration.modules(synthesis), options));
        return Cell.of(id, kind, params, ctx);
    }
}
