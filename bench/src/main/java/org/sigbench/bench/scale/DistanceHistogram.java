package org.sigbench.bench.scale;

import java.util.Arrays;

/**
 * Counts of DTW distances ({@code DTW/(n+m)}, lower = more alike) in {@link #BINS} fixed bins of
 * width {@link #WIDTH} from 0; distances past the last bin count in it. Histograms of tiles add up
 * exactly (in any order), which is what lets the tiles of a study run anywhere. Not thread-safe.
 */
public final class DistanceHistogram {
    /** Bin width. */
    public static final double WIDTH = 0.0025;
    /** Bins: [0, 10) in steps of {@link #WIDTH}, the last one open-ended. */
    public static final int BINS = 4000;

    private final long[] counts = new long[BINS];
    private long total;

    /** The bin of a distance; a NaN or negative distance is a bug upstream and fails. */
    public static int bin(double distance) {
        if (!(distance >= 0)) {
            throw new IllegalArgumentException("a DTW distance must be >= 0, got " + distance);
        }
        return (int) Math.min(BINS - 1, Math.floor(distance / WIDTH));
    }

    public void add(double distance) {
        counts[bin(distance)]++;
        total++;
    }

    /** Adds every count of another histogram. */
    public void addAll(DistanceHistogram h) {
        for (int i = 0; i < BINS; i++) {
            counts[i] += h.counts[i];
        }
        total += h.total;
    }

    public long total() {
        return total;
    }

    public long count(int bin) {
        return counts[bin];
    }

    /** Index of the first non-empty bin ({@link #BINS} when empty). */
    public int first() {
        int i = 0;
        while (i < BINS && counts[i] == 0) {
            i++;
        }
        return i;
    }

    /**
     * The compact stored form: {@code [first, c_first, c_first+1, ..., c_last]} (the counts from the
     * first to the last non-empty bin), or {@code []} when empty.
     */
    public double[] toSeries() {
        int a = first();
        if (a == BINS) {
            return new double[0];
        }
        int b = BINS - 1;
        while (counts[b] == 0) {
            b--;
        }
        double[] s = new double[b - a + 2];
        s[0] = a;
        for (int i = a; i <= b; i++) {
            s[i - a + 1] = counts[i];
        }
        return s;
    }

    /** Reads {@link #toSeries()}; a series that does not fit the bins fails with the reason. */
    public static DistanceHistogram ofSeries(double[] s) {
        DistanceHistogram h = new DistanceHistogram();
        if (s.length == 0) {
            return h;
        }
        int a = (int) s[0];
        if (a != s[0] || a < 0 || a + s.length - 1 > BINS) {
            throw new IllegalArgumentException("histogram series does not fit " + BINS + " bins (first bin " + s[0]
                    + ", " + (s.length - 1) + " counts)");
        }
        for (int i = 1; i < s.length; i++) {
            long c = (long) s[i];
            if (c != s[i] || c < 0) {
                throw new IllegalArgumentException("histogram count " + s[i] + " is not a whole number >= 0");
            }
            h.counts[a + i - 1] = c;
            h.total += c;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DistanceHistogram h && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }
}
