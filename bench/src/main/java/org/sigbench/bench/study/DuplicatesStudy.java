package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sigbench.bench.port.Variability;
import org.sigbench.bench.cells.DuplicatesCell;
import org.sigbench.bench.cells.DuplicatesResult;
import org.sigbench.bench.cells.ProtocolStats;
import org.sigbench.bench.run.CellResult;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;

/**
 * The training-with-duplicates study ({@code dup} cells): each subject enrolled with its first K
 * real genuine samples plus M DS duplicates of each ({@code K (M + 1)} references), the duplicates
 * of a subject made with the calibration of the other fold ({@link StudyExecutor#fold}); or, in an
 * oracle cell, plus the subject's next M real genuine samples instead. The duplicates for M are the
 * first M of the suite's largest M, so reference sets are nested across M.
 */
final class DuplicatesStudy {
    /** Genuine probes an oracle cell of the duplicates study leaves to each subject at least. */
    static final int ORACLE_MIN_PROBES = 5;

    private final StudyExecutor ex;
    private final Memo<String, List<Signature>> dupCache = new Memo<>();

    DuplicatesStudy(StudyExecutor ex) {
        this.ex = ex;
    }

    /** Computes one cell of the study. */
    void run(DuplicatesCell cell, CellResult.Builder out) {
        Corpus r = ex.real(cell.corpus());
        int k = cell.refs();
        int m = cell.duplicates();
        Map<String, List<Signature>> extra = new LinkedHashMap<>();
        if (cell.oracle()) {
            // the oracle: the next M real genuine samples, fewer when the subject would keep fewer than
            // ORACLE_MIN_PROBES genuine probes (the table's "enrolled" column shows the mean used)
            for (String s : r.subjects()) {
                List<Signature> gen = r.of(s, Kind.GENUINE);
                int use = Math.min(m, gen.size() - k - ORACLE_MIN_PROBES);
                if (use > 0) {
                    extra.put(s, gen.subList(k, k + use));
                }
            }
            ProtocolStats stats = ex.protocol(cell, r, cell.verifier(), k, extra);
            out.result(new DuplicatesResult(stats, k, k + extra.values().stream().mapToInt(List::size).average().orElse(0)));
            return;
        }
        if (m > 0) {
            String key = StudyExecutor.memoKey(cell.corpus());
            List<String> subjects = r.subjects();
            Variability[] cal = {ex.calibration(cell.corpus(), 0), ex.calibration(cell.corpus(), 1)};
            List<List<Signature>> per = IntStream.range(0, subjects.size()).parallel().mapToObj(i -> {
                Variability v = cal[1 - StudyExecutor.fold(i)];
                List<Signature> gen = r.of(subjects.get(i), Kind.GENUINE);
                List<Signature> list = new ArrayList<>();
                if (gen.size() <= k) {
                    return list;
                }
                for (Signature ref : gen.subList(0, k)) {
                    // the duplicates for M are the first M of the largest M in the suite, so the
                    // reference sets are nested across M (the very same objects: cells share comparisons)
                    list.addAll(duplicatesOf(ref, v, key).subList(0, m));
                }
                return list;
            }).toList();
            for (int i = 0; i < subjects.size(); i++) {
                if (!per.get(i).isEmpty()) {
                    extra.put(subjects.get(i), per.get(i));
                }
            }
        }
        out.result(new DuplicatesResult(ex.protocol(cell, r, cell.verifier(), k, extra), k, k * (m + 1)));
    }

    /**
     * The DS duplicates of one real reference: the largest M of the suite, made once with the
     * calibration {@code v} of the other fold and relabelled {@code <id>-dup<j>}.
     */
    private List<Signature> duplicatesOf(Signature ref, Variability v, String key) {
        int mMax = ex.suite().duplicates() == null ? 0
                : ex.suite().duplicates().duplicates().stream().mapToInt(Integer::intValue).max().orElse(0);
        String id = ref.meta().id();
        return dupCache.get(key + "/" + id, () -> {
            List<Signature> d = ex.synthesis().duplicates(ref, mMax, v, ex.seed("dup/" + key + "/" + id), id + "-dup");
            List<Signature> out = new ArrayList<>(d.size());
            for (int j = 0; j < d.size(); j++) {
                out.add(StudyExecutor.relabel(d.get(j), ref.meta(), ref.meta().corpus(), id + "-dup" + (j + 1), "DS of " + id));
            }
            return List.copyOf(out);
        });
    }
}
