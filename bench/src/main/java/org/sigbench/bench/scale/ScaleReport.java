package org.sigbench.bench.scale;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.bench.io.ReportWriter;
import org.sigbench.bench.report.DetChart;
import org.sigbench.bench.report.Plot;
import org.sigbench.bench.report.Table;
import org.sigbench.bench.run.CellResult;

/**
 * Writes the scale study's report into its folder: {@code error-rates.csv} and {@code det.csv}
 * (from the tiles only: the same bytes whatever engine computed them), {@code det.png},
 * {@code rates.csv} (a ledger: one row appended by every run that computed tiles, so runs on
 * several engines sit side by side), {@code projection.csv} and {@code README.md}.
 */
public final class ScaleReport {
    /** DET points per curve in det.csv and det.png. */
    static final int DET_POINTS = 300;
    static final List<String> RATE_HEADER = List.of("started", "engine", "slots", "largest_n", "tiles", "comparisons",
            "wall_s", "comparisons_per_s", "comparisons_per_s_per_slot", "comparisons_per_cpu_s", "subjects_per_cpu_s",
            "startup_s", "load_avg", "commit");

    private ScaleReport() {
    }

    /** The merged histograms of the study of N identities. */
    record Merged(int n, DistanceHistogram genuine, DistanceHistogram skilled, DistanceHistogram random) {
    }

    /** Merges the tiles of every N of the study (results in the order of {@link ScaleStudy#cells}). */
    static List<Merged> merge(ScaleSpec spec, List<CellResult> tiles) {
        List<Merged> out = new ArrayList<>();
        for (int n : spec.identities()) {
            Merged m = new Merged(n, new DistanceHistogram(), new DistanceHistogram(), new DistanceHistogram());
            for (CellResult r : tiles) {
                if (!r.ok()) {
                    throw new IllegalStateException("scale tile " + r.id() + " " + r.status() + ": " + r.message());
                }
                int t = spec.tiles(n);
                TileResult tile = r.result(TileResult.class);
                if (tile == null) {
                    throw new IllegalStateException("scale tile " + r.id() + " has no tile result");
                }
                if (tile.probes() < t && tile.references() < t) {
                    m.genuine().addAll(DistanceHistogram.ofSeries(TileResult.array(tile.genuine())));
                    m.skilled().addAll(DistanceHistogram.ofSeries(TileResult.array(tile.skilled())));
                    m.random().addAll(DistanceHistogram.ofSeries(TileResult.array(tile.random())));
                }
            }
            out.add(m);
        }
        return out;
    }

    static Table errorRates(List<Merged> merged) {
        List<List<String>> rows = new ArrayList<>();
        for (Merged m : merged) {
            HistogramCurve sk = HistogramCurve.of(m.genuine(), m.skilled());
            HistogramCurve rd = HistogramCurve.of(m.genuine(), m.random());
            rows.add(List.of(Integer.toString(m.n()), Long.toString(m.genuine().total()), Long.toString(m.skilled().total()),
                    Long.toString(m.random().total()), pct(sk.eer()), pct(rd.eer()), pct(sk.fnmrAtFmr(1)),
                    pct(rd.fnmrAtFmr(1))));
        }
        return new Table("error-rates.csv", "Error rates as N grows",
                "DTW verifier, one reference per identity; genuine: its own second sample; skilled: its forgery; random: "
                        + "every other identity's second sample (all pairs). EER and FNMR at FMR = 1 % in %.",
                List.of("identities", "genuine", "skilled", "random", "eer_skilled", "eer_random", "fnmr_at_fmr1_skilled",
                        "fnmr_at_fmr1_random"), rows);
    }

    static Table det(List<Merged> merged) {
        List<List<String>> rows = new ArrayList<>();
        for (Merged m : merged) {
            for (String type : List.of("skilled", "random")) {
                HistogramCurve c = HistogramCurve.of(m.genuine(), type.equals("skilled") ? m.skilled() : m.random());
                for (HistogramCurve.Point p : c.thinned(DET_POINTS)) {
                    rows.add(List.of(Integer.toString(m.n()), type, String.format(Locale.ROOT, "%.4f", p.threshold()),
                            pct(p.fmr()), pct(p.fnmr())));
                }
            }
        }
        return new Table("det.csv", "DET curves", "FMR and FNMR (%) at distance thresholds, at most " + DET_POINTS
                + " points per curve.", List.of("identities", "impostor", "threshold", "fmr", "fnmr"), rows);
    }

    static Plot detPlot(List<Merged> merged) {
        List<XYChart> charts = new ArrayList<>();
        for (String type : List.of("skilled", "random")) {
            XYChart ch = DetChart.chart("DET, " + type + " forgeries, as N grows");
            for (Merged m : merged) {
                HistogramCurve c = HistogramCurve.of(m.genuine(), type.equals("skilled") ? m.skilled() : m.random());
                List<HistogramCurve.Point> pts = c.thinned(DET_POINTS);
                DetChart.add(ch, "N = " + m.n(), pts.stream().mapToDouble(HistogramCurve.Point::fmr).toArray(),
                        pts.stream().mapToDouble(HistogramCurve.Point::fnmr).toArray(), m == merged.getLast());
            }
            charts.add(ch);
        }
        return new Plot("det.png", "DET curves as N grows (skilled, random)", charts, 2);
    }

    /** The ledger of measured runs: the stored rows, plus this run's when it computed tiles. */
    static Table rates(Path file, ScaleRun run, ScaleSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader cr = new CSVReader(r)) {
                List<String[]> all = cr.readAll();
                for (int i = 1; i < all.size(); i++) {
                    if (all.get(i).length != RATE_HEADER.size()) {
                        throw new IllegalArgumentException(file + ": line " + (i + 1) + " has " + all.get(i).length
                                + " fields, expected " + RATE_HEADER.size() + " (" + String.join(",", RATE_HEADER) + ")");
                    }
                    for (int k = 2; k < RATE_HEADER.size() - 1; k++) {
                        if (k != RATE_HEADER.indexOf("engine") && !all.get(i)[k].matches("[0-9]+(\\.[0-9]+)?")) {
                            throw new IllegalArgumentException(file + ": line " + (i + 1) + ", field " + RATE_HEADER.get(k)
                                    + ": '" + all.get(i)[k] + "' is not a number >= 0");
                        }
                    }
                    rows.add(List.of(all.get(i)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read the rates ledger", e);
            } catch (CsvException e) {
                throw new IllegalArgumentException(file + ": line " + e.getLineNumber() + " is not valid CSV");
            }
        }
        if (run.computed() > 0) {
            rows.add(List.of(run.started(), run.engine(), Integer.toString(run.slots()), Integer.toString(spec.largest()),
                    Integer.toString(run.computed()), Long.toString(run.comparisons()), num(run.wallSeconds(), 1),
                    num(run.rate(), 0), num(run.ratePerSlot(), 0), num(run.cpuRate(), 0), num(run.synthRate(), 1),
                    num(run.startupSeconds(), 1),
                    num(run.load(), 1), run.git()));
        }
        return new Table("rates.csv", "Measured rates", "One row per run that computed tiles: comparisons per second "
                + "over the wall time of the tiles (engine start-up excluded, shown apart) and per slot; comparisons and "
                + "synthesised subjects per CPU second of the threads that did them (what one core does when nothing "
                + "else runs on it); load_avg is the machine's 1-minute load average at the end: other work on the "
                + "same cores lowers the wall-time rates, not the CPU-time ones.", RATE_HEADER, rows);
    }

    /**
     * The projection from the ledger's largest measurement (most comparisons; the latest of equals),
     * or null when no run measured anything.
     */
    static Projection projection(Table rates) {
        List<String> best = null;
        int cmp = RATE_HEADER.indexOf("comparisons");
        for (List<String> row : rates.rows()) {
            if (best == null || Long.parseLong(row.get(cmp)) >= Long.parseLong(best.get(cmp))) {
                best = row;
            }
        }
        if (best == null) {
            return null;
        }
        double synth = Double.parseDouble(best.get(RATE_HEADER.indexOf("subjects_per_cpu_s")));
        double perCore = Double.parseDouble(best.get(RATE_HEADER.indexOf("comparisons_per_cpu_s")));
        return perCore > 0 && synth > 0 ? new Projection(perCore, synth,
                Double.parseDouble(best.get(RATE_HEADER.indexOf("startup_s")))) : null;
    }

    /**
     * Scaling efficiency of every multi-slot run against the latest one-slot run: its rate per slot
     * over the one-slot rate ("" without a one-slot run).
     */
    static String efficiency(Table rates) {
        int slots = RATE_HEADER.indexOf("slots");
        int perSlot = RATE_HEADER.indexOf("comparisons_per_s_per_slot");
        List<String> one = null;
        for (List<String> row : rates.rows()) {
            if (row.get(slots).equals("1")) {
                one = row;
            }
        }
        if (one == null) {
            return "";
        }
        double base = Double.parseDouble(one.get(perSlot));
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rates.rows()) {
            if (!row.get(slots).equals("1") && base > 0) {
                sb.append(sb.isEmpty() ? "Scaling efficiency (rate per slot over the one-slot run of " + one.get(0) + ", "
                        + one.get(perSlot) + " comparisons/s): " : "; ").append(row.get(1)).append(String.format(Locale.ROOT,
                        " %.0f %%", 100 * Double.parseDouble(row.get(perSlot)) / base));
            }
        }
        return sb.isEmpty() ? "" : sb.append(". Runs of different sizes and machine loads (load_avg) are not strictly "
                + "comparable: a small run pays more JIT warm-up per comparison, a loaded machine gives each slot less than a core.")
                .toString();
    }

    /**
     * This study's own time: projected on as many dedicated cores as the largest measured run had
     * slots, and as measured there (its wall-time rate over every comparison of the study).
     */
    static String thisStudy(ScaleSpec spec, Table rates, Projection projection) {
        List<String> best = rates.rows().stream().max(java.util.Comparator.comparingLong(
                (List<String> r) -> Long.parseLong(r.get(RATE_HEADER.indexOf("comparisons"))))).orElseThrow();
        int slots = Integer.parseInt(best.get(RATE_HEADER.indexOf("slots")));
        double wallRate = Double.parseDouble(best.get(RATE_HEADER.indexOf("comparisons_per_s")));
        long n = spec.largest();
        return String.format(Locale.ROOT, "This study (N = %,d, %,d comparisons) on %d dedicated cores at the CPU-time "
                        + "rates of the largest measured run (%s): %s, start-up included (each subject synthesised once). "
                        + "At that run's wall-time rate on this shared machine (%.0f comparisons/s, load average %s): %s.",
                n, ScaleSpec.comparisons(n), slots, best.get(1), Projection.duration(projection.secondsSynthesisingOnce(n, slots)),
                wallRate, best.get(RATE_HEADER.indexOf("load_avg")),
                Projection.duration(ScaleSpec.comparisons(n) / Math.max(wallRate, 1e-9)));
    }

    /** Writes every file of the report into {@code dir}. */
    public static void write(Path dir, ScaleSpec spec, List<CellResult> tiles, ScaleRun run) {
        List<Merged> merged = merge(spec, tiles);
        Table errors = errorRates(merged);
        Table det = det(merged);
        Table rates = rates(dir.resolve("rates.csv"), run, spec);
        Plot plot = detPlot(merged);
        Projection projection = projection(rates);
        for (Table t : projection == null ? List.of(errors, det, rates) : List.of(errors, det, rates, projection.table())) {
            AtomicFiles.write(dir.resolve(t.file()), ReportWriter.csv(t));
        }
        AtomicFiles.write(dir.resolve(plot.file()), ReportWriter.png(plot));
        AtomicFiles.write(dir.resolve("README.md"), markdown(spec, errors, rates, projection, plot, run));
    }

    static String markdown(ScaleSpec spec, Table errors, Table rates, Projection projection, Plot plot, ScaleRun run) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Scale study: ").append(String.format(Locale.ROOT, "%,d", spec.largest()))
                .append(" synthetic identities, all pairs\n\n");
        sb.append("Regenerate with `").append(run.command()).append("` (same seed, same `error-rates.csv` and `det.csv`, ")
                .append("whatever the engine or thread count). Each identity is a Full Synthesis identity (default options, ")
                .append("seed ").append(spec.seed()).append(") with one reference (G01), one genuine probe (G02) and one ")
                .append("skilled forgery (F01); every probe is compared with every reference, in tiles of ")
                .append(spec.block()).append(" x ").append(spec.block())
                .append(" subjects that run as cells (Spark tasks with `--engine spark`). The populations are nested: ")
                .append("N = ").append(spec.identities().getFirst()).append(" is the first ")
                .append(spec.identities().getFirst()).append(" identities of the larger ones. ")
                .append("Distances are counted in ").append(DistanceHistogram.BINS).append(" bins of ")
                .append(DistanceHistogram.WIDTH).append(" (ties within a bin), which is what keeps a tile's result small ")
                .append("and lets tiles merge exactly; `--scores` also writes every distance (the files grow as N^2).\n\n");
        sb.append("## ").append(errors.title()).append("\n\n").append(errors.sentence()).append("\n\n")
                .append(errors.markdown()).append('\n');
        sb.append("![").append(plot.title()).append("](").append(plot.file()).append(")\n\n");
        sb.append("DET points: `det.csv`.\n\n");
        sb.append("## ").append(rates.title()).append("\n\n").append(rates.sentence()).append("\n\n")
                .append(rates.markdown()).append('\n');
        String eff = efficiency(rates);
        if (!eff.isEmpty()) {
            sb.append(eff).append("\n\n");
        }
        if (projection != null) {
            sb.append(thisStudy(spec, rates, projection)).append("\n\n");
            Table p = projection.table();
            sb.append("## ").append(p.title()).append("\n\n").append(p.sentence())
                    .append(" CPU-time rates from the ledger's largest measured run (most comparisons).")
                    .append(" Assumptions: dedicated cores like this machine's, each doing what one core did per CPU ")
                    .append("second here (perfect scaling: the measured efficiency above says how far a real run falls ")
                    .append("short of it); tiles of side B = max(1000, N/100), each ")
                    .append("synthesising its 2B subjects afresh (an upper bound on synthesis); no straggler, no failure; ")
                    .append("the driver only merges histograms (at most 10^4 results of a few kB).\n\n")
                    .append(p.markdown()).append('\n');
        }
        sb.append("## Provenance\n\n");
        sb.append("- command: `").append(run.command()).append("`\n");
        sb.append("- configuration: `").append(run.specJson().replaceAll("\\s*\\n\\s*", " ").strip()).append("`\n");
        sb.append("- seed: ").append(spec.seed()).append('\n');
        sb.append("- engine: ").append(run.engine()).append("; start-up ")
                .append(num(run.startupSeconds(), 1)).append(" s\n");
        sb.append("- commit: ").append(run.git()).append('\n');
        sb.append("- JVM: ").append(run.jvm()).append("; ").append(run.cores()).append(" cores; ").append(run.os()).append('\n');
        sb.append("- code fingerprints (in every tile's hash): ")
                .append(String.join("; ", org.sigbench.bench.io.CodeFingerprint.describe(org.sigbench.bench.io.CodeFingerprint.ALL)))
                .append('\n');
        sb.append("- data: none read (synthetic identities only, Full Synthesis defaults); verifier: ")
                .append(ScaleStudy.VERIFIER).append('\n');
        sb.append("- started ").append(run.started()).append("; ").append(run.computed()).append(" tiles computed, ")
                .append(run.reused()).append(" reused, in ").append(num(run.wallSeconds(), 1)).append(" s\n");
        return sb.toString();
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
