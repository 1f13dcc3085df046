package org.sigbench.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sigbench.bench.io.CodeFingerprint;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.io.CellConfiguration;

/**
 * The cells of a scale study: one per tile {@code scale/b<B>/p<i>/r<j>} (the probes of subjects
 * {@code [iB, (i+1)B)} against the references of subjects {@code [jB, (j+1)B)}) of the largest N,
 * row by row. A tile does not depend on N, so the tiles with {@code i, j < N/B} give the result of
 * any smaller N of the study. A tile's hash covers its parameters, the seed, the verifier, the code
 * fingerprint of every module and the option records of the synthesis and the verifier
 * ({@link CellConfiguration}), so changed code recomputes the tiles.
 */
public final class ScaleStudy {
    /** The verifier of every comparison (hashed). */
    public static final String VERIFIER = "dtw (verify module defaults, one reference), distance DTW/(n+m)";

    private ScaleStudy() {
    }

    public static List<Cell> cells(ScaleSpec spec) {
        List<Cell> out = new ArrayList<>();
        // every module's code, and the generator and verifier option records of ScaleExecutor
        Map<String, String> configuration = CellConfiguration.of(CodeFingerprint.ALL, ScaleExecutor.options(spec.seed()));
        int t = spec.tiles(spec.largest());
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                Map<String, String> ctx = new LinkedHashMap<>();
                ctx.put("seed", Long.toString(spec.seed()));
                ctx.put("verifier", VERIFIER);
                ctx.putAll(configuration);
                out.add(new ScaleTile(spec.block(), i, j, new java.util.TreeMap<>(ctx)));
            }
        }
        return out;
    }

    /** Whether a tile belongs to the study of N identities. */
    public static boolean inside(Cell tile, ScaleSpec spec, int n) {
        return tile instanceof ScaleTile s && s.probes() < spec.tiles(n) && s.references() < spec.tiles(n);
    }
}
