package org.sigbench.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sigbench.bench.report.Table;

/**
 * Projected wall time of larger scale studies from measured rates. Model, per run of N identities
 * on C cores: {@code T = t0 + (N (N + 1) / r + 2 N^2 / (B s)) / C}, where {@code r} is comparisons
 * per CPU second and {@code s} subjects synthesised per CPU second (both measured: what one core
 * does), {@code t0} the engine start-up, and tiles of
 * side {@code B = max(1000, N / 100)} (at most 10^4 tiles, so the driver handles at most 10^4 small
 * results), each synthesising its 2B subjects afresh (no subject kept across tiles: an upper bound).
 *
 * @param perCore    comparisons per second per core
 * @param synthPerCore subjects synthesised per second per core
 * @param startup    engine start-up, seconds
 */
public record Projection(double perCore, double synthPerCore, double startup) {
    /** The identities of the table. */
    public static final List<Long> IDENTITIES = List.of(10_000L, 100_000L, 1_000_000L);
    /** The core counts of the table. */
    public static final List<Integer> CORES = List.of(8, 64, 512);

    public Projection {
        if (!(perCore > 0) || !(synthPerCore > 0) || !(startup >= 0)) {
            throw new IllegalArgumentException("projection needs measured rates > 0, got " + perCore + " comparisons/s, "
                    + synthPerCore + " subjects/s, start-up " + startup + " s");
        }
    }

    /** Tile side for N identities. */
    public static long block(long n) {
        return Math.max(1000, n / 100);
    }

    /** Projected wall time, seconds. */
    public double seconds(long n, int cores) {
        double cmp = ScaleSpec.comparisons(n) / perCore;
        double syn = 2.0 * n * n / block(n) / synthPerCore;
        return startup + (cmp + syn) / cores;
    }

    /**
     * Projected wall time, seconds, of a study whose subjects are each synthesised once (what
     * {@code ./sigbench scale} does when every tile runs in one JVM, as with a {@code local} master).
     */
    public double secondsSynthesisingOnce(long n, int cores) {
        return startup + (ScaleSpec.comparisons(n) / perCore + n / synthPerCore) / cores;
    }

    /** The projection table: one row per N, one column per core count, times as h / min / s. */
    public Table table() {
        List<String> header = new ArrayList<>(List.of("identities", "comparisons", "tile side", "tiles"));
        CORES.forEach(c -> header.add(c + " cores"));
        List<List<String>> rows = new ArrayList<>();
        for (long n : IDENTITIES) {
            List<String> row = new ArrayList<>();
            row.add(String.format(Locale.ROOT, "%,d", n));
            row.add(String.format(Locale.ROOT, "%.2e", (double) ScaleSpec.comparisons(n)));
            row.add(Long.toString(block(n)));
            long t = (n + block(n) - 1) / block(n);
            row.add(String.format(Locale.ROOT, "%,d", t * t));
            for (int c : CORES) {
                row.add(duration(seconds(n, c)));
            }
            rows.add(row);
        }
        return new Table("projection.csv", "Projected wall time",
                String.format(Locale.ROOT, "From the measured %.0f comparisons and %.1f synthesised subjects per CPU second "
                        + "and %.0f s start-up: T = t0 + (N(N+1)/r + 2N^2/(B s)) / C.", perCore, synthPerCore, startup),
                header, rows);
    }

    /** Seconds as {@code 42 s}, {@code 12.5 min}, {@code 3.1 h} or {@code 4.2 days}. */
    public static String duration(double s) {
        if (s < 120) {
            return String.format(Locale.ROOT, "%.0f s", s);
        }
        if (s < 7200) {
            return String.format(Locale.ROOT, "%.1f min", s / 60);
        }
        if (s < 3 * 86400) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", s / 86400);
    }
}
