package org.sigbench.datasets.io;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the samples of one column-text file as a {@link ColumnTextDescriptor} describes them:
 * header lines (skipped, a count line, or a header pattern whose {@code count} group must equal the
 * number of samples), one sample per line, cells split by the delimiter, every line as wide as the
 * first, numbers strict ({@link StrictNumbers}), the pen column read with its stated meaning, and
 * the clock checked ({@code strict}), repaired ({@code repair}) and unwrapped ({@code clockWrap}).
 */
final class ColumnTextFile {
    /** What one file holds, before naming: raw and repaired clock, coordinates, pen, channels and repair counts. */
    record Samples(int firstLine, double[] raw, double[] t, double[] x, double[] y, double[] z, boolean[] pen,
                   double[] button, double[][] channels, int repeats, int backwardSteps, int shifted, int wraps) {
    }

    private final ColumnTextDescriptor d;
    private final Pattern split;
    private final Pattern header;

    ColumnTextFile(ColumnTextDescriptor d) {
        this.d = d;
        this.split = Pattern.compile(d.delimiter());
        this.header = d.header() == null ? null : Pattern.compile(d.header());
    }

    Samples read(Path file) {
        List<String> lines = Lines.read(file);
        if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
            throw new DataFormatException(file, 0, "empty file");
        }
        int first = d.skipLines();
        int expected = -1;
        if (d.countLine() || header != null) {
            if (lines.size() <= first) {
                throw new DataFormatException(file, lines.size(), "file ends before the " + (header != null ? "header" : "count")
                        + " line");
            }
            String c = lines.get(first).strip();
            expected = header != null ? headerCount(c, file, first + 1) : count(c, file, first + 1);
            first++;
        }
        int last = lines.size();
        while (last > first && lines.get(last - 1).isBlank()) {
            last--;
        }
        int n = last - first;
        if (expected >= 0 && n != expected) {
            throw new DataFormatException(file, n < expected ? last : first + expected + 1, (header != null ? "header" : "count")
                    + " line (line " + first + ") says " + expected + " samples but the file has " + n
                    + (n < expected ? " (truncated file?)" : " (extra lines)"));
        }
        if (n == 0) {
            throw new DataFormatException(file, first, "no samples");
        }
        return samples(lines, first, n, file);
    }

    private static int count(String c, Path file, int line) {
        try {
            return StrictNumbers.parseInt(c, 0, Lines.MAX_LINES);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, line, "count line is not a whole number: " + StrictNumbers.quote(c));
        }
    }

    /** Checks the header line against the pattern; the value of its {@code count} group, or -1 without one. */
    private int headerCount(String line, Path file, int no) {
        Matcher m = header.matcher(line);
        if (!m.matches()) {
            throw new DataFormatException(file, no, "header line " + StrictNumbers.quote(line) + " does not match the pattern "
                    + d.header());
        }
        return header.namedGroups().containsKey("count") ? count(m.group("count"), file, no) : -1;
    }

    private Samples samples(List<String> lines, int first, int n, Path file) {
        ColumnTextDescriptor.Columns col = d.columns();
        List<String> chNames = List.copyOf(d.channels().keySet());
        int[] chCol = new int[chNames.size()];
        for (int k = 0; k < chCol.length; k++) {
            chCol[k] = d.channels().get(chNames.get(k));
        }
        int need = lastUsedColumn(col, chCol);
        double[] raw = new double[n];
        double[] u = new double[n]; // raw clock, unwrapped
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = d.dims() == 3 ? new double[n] : null;
        boolean[] pen = new boolean[n];
        double[] button = new double[n];
        double[][] ch = new double[chCol.length][n];
        int[] counts = new int[4];
        int width = 0;
        double prev = 0;
        double offset = 0;
        for (int i = 0; i < n; i++) {
            int ln = first + i + 1;
            String[] cells = cells(lines.get(first + i), ln, need, i == 0 ? -1 : width, first + 1, file);
            width = cells.length;
            double c = Lines.number(cells[col.t()], file, ln, label("t", col.t()));
            x[i] = Lines.number(cells[col.x()], file, ln, label("x", col.x()));
            y[i] = Lines.number(cells[col.y()], file, ln, label("y", col.y()));
            if (z != null) {
                z[i] = Lines.number(cells[col.z()], file, ln, label("z", col.z()));
            }
            if (col.pen() != null) {
                button[i] = Lines.number(cells[col.pen()], file, ln, label("pen", col.pen()));
                pen[i] = penDown(button[i]);
            } else {
                pen[i] = true;
            }
            for (int k = 0; k < ch.length; k++) {
                ch[k][i] = Lines.number(cells[chCol[k]], file, ln, label(chNames.get(k), chCol[k]));
            }
            if (i > 0 && d.clockWrap() != null && raw[i - 1] - c > d.clockWrap() / 2) {
                offset += d.clockWrap(); // the counter wrapped: continue from where it was
                counts[3]++;
            }
            raw[i] = c;
            u[i] = c + offset;
            t[i] = i == 0 ? u[i] : clock(prev, u, i, file, ln, counts);
            prev = t[i];
        }
        return new Samples(first, raw, t, x, y, z, pen, button, ch, counts[0], counts[1], counts[2], counts[3]);
    }

    /** The largest column index the descriptor reads. */
    private static int lastUsedColumn(ColumnTextDescriptor.Columns col, int[] chCol) {
        int need = Math.max(Math.max(col.t(), col.x()), col.y());
        need = Math.max(need, col.z() == null ? 0 : col.z());
        need = Math.max(need, col.pen() == null ? 0 : col.pen());
        for (int c : chCol) {
            need = Math.max(need, c);
        }
        return need;
    }

    /**
     * The cells of a data line: not blank, at least {@code need + 1} of them, and as many as the first
     * data line ({@code width}, line {@code firstLine}; -1 for the first line itself).
     */
    private String[] cells(String raw, int ln, int need, int width, int firstLine, Path file) {
        String line = raw.strip();
        if (line.isEmpty()) {
            throw new DataFormatException(file, ln, "blank line inside the data");
        }
        String[] cells = Lines.split(line, d.delimiter(), split);
        if (cells.length <= need) {
            throw new DataFormatException(file, ln, "expected at least " + (need + 1) + " columns, found "
                    + cells.length + " (truncated line?)");
        }
        if (width >= 0 && cells.length != width) {
            throw new DataFormatException(file, ln, "expected " + width + " columns like line " + firstLine
                    + ", found " + cells.length + (cells.length > width ? " (extra cells)" : " (truncated line?)"));
        }
        return cells;
    }

    private static String label(String name, int column) {
        return name + " (" + (column + 1) + ")";
    }

    /** Whether the pen is down at a sample whose pen cell is {@code b}, by the descriptor's stated meaning. */
    private boolean penDown(double b) {
        List<Double> values = d.penMeaning().equals("down") ? d.penDown() : d.penValues();
        boolean marked = values == null ? b != 0 : values.contains(b);
        return d.penMeaning().equals("down") == marked;
    }

    /** The (possibly repaired) time of sample i given the previous time; counts repeats, back steps and shifts. */
    private double clock(double prev, double[] raw, int i, Path file, int ln, int[] counts) {
        double c = raw[i];
        if (c > prev) {
            return c;
        }
        String unit = d.timeUnit();
        if (d.clock().equals("strict")) {
            throw new DataFormatException(file, ln, c == prev ? "timestamp " + fmt(raw[i]) + " repeats the previous one"
                    : "clock goes backwards: " + fmt(raw[i]) + " after " + fmt(raw[i - 1]));
        }
        double back = raw[i - 1] - raw[i];
        if (back > d.maxBackstep()) {
            throw new DataFormatException(file, ln, "clock goes backwards by " + fmt(back) + " " + unit + " (" + fmt(raw[i])
                    + " after " + fmt(raw[i - 1]) + "), more than the " + fmt(d.maxBackstep()) + " " + unit
                    + " the descriptor allows");
        }
        if (back == 0) {
            counts[0]++;
        } else if (back > 0) {
            counts[1]++;
        }
        counts[2]++;
        return prev + d.resolution();
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
