package org.sigbench.datasets.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.InvalidSignatureException;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/**
 * Reader of the Leap Motion in-air signatures ({@code leap-airsig/Signatures/<user>/updated_<k>.csv.gz}).
 *
 * <p>Position: the index fingertip ({@code index_x_coor, index_y_coor, index_z_coor}, mm).
 * Pen: {@code target} (1 = pen down, 0 = pen up; any other value is an error). Time: the files have
 * no clock, so {@code t_i = (frame_id_i - frame_id_0) / rate} with
 * {@link LoadOptions#airsigFrameRateHz()}. Frame ids must increase strictly: a repeated or
 * decreasing frame id is an error naming file and line (none occurs in the published data: the
 * steps are 1 to 61 frames, mostly 2). Empty cells are parsed as missing: a missing value in one of
 * the used columns (frame_id, index tip, target) is an error; other columns (e.g. the palm
 * velocities, empty in 4,585 rows) are not read. Every sample is genuine; the subject is the
 * folder name, the repetition is k.
 */
public final class LeapAirSigReader {
    /** Corpus name. */
    public static final String NAME = "leap-airsig";
    private static final Pattern FILE = Pattern.compile("updated_(\\d+)\\.csv\\.gz");
    private static final String[] USED = {"frame_id", "index_x_coor", "index_y_coor", "index_z_coor", "target"};

    private LeapAirSigReader() {
    }

    /** Loads the corpus from the {@code leap-airsig} folder (which holds {@code Signatures/}). */
    public static LoadedCorpus load(Path folder, LoadOptions options) {
        Path dir = Files.isDirectory(folder.resolve("Signatures")) ? folder.resolve("Signatures") : folder;
        record Item(Path file, String subject, int rep) {
        }
        List<Item> items = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        Path realRoot = Confined.real(folder);
        Confined.forEachSubjectEntry(dir, realRoot, "SOURCE.md", unread, f -> {
            Path u = f.getParent();
            Matcher m = FILE.matcher(f.getFileName().toString());
            if (Files.isRegularFile(f) && m.matches()) {
                items.add(new Item(f, u.getFileName().toString(), repetition(m.group(1), f)));
            } else {
                unread.add(u.getFileName() + "/" + f.getFileName());
            }
        });
        if (items.isEmpty()) {
            throw new DataFormatException(dir, 0, NAME + ": no <user>/updated_<k>.csv.gz file found");
        }
        items.sort((a, b) -> a.subject.equals(b.subject) ? Integer.compare(a.rep, b.rep)
                : NaturalOrder.INSTANCE.compare(a.subject, b.subject));
        List<Signature> sigs = items.parallelStream()
                .map(it -> parse(it.file, folder, it.subject, it.rep, options)).toList();
        List<String> notes = new ArrayList<>();
        if (!unread.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%s: %d entries are not <user>/updated_<k>.csv.gz files and are not read: %s",
                    NAME, unread.size(), String.join(", ", unread.stream().limit(10).toList()) + (unread.size() > 10 ? ", ..." : "")));
        }
        notes.add(String.format(Locale.ROOT, "%s: no clock in the files; t = (frame_id - first frame_id) / %s Hz"
                + " (nominal Leap frame rate, option --airsig-rate)", NAME, fmt(options.airsigFrameRateHz())));
        try {
            return new LoadedCorpus(Corpus.of(NAME, sigs), notes);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(dir, 0, e.getMessage(), e);
        }
    }

    private static int repetition(String digits, Path file) {
        try {
            return StrictNumbers.parseInt(digits, 0, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, 0, "repetition in the file name: " + e.getMessage());
        }
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Parses one file. */
    public static Signature parse(Path file, Path root, String subject, int rep, LoadOptions options) {
        List<String> lines = Lines.read(file);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new DataFormatException(file, 0, "empty file");
        }
        String[] header = lines.get(0).split(",", -1);
        int[] col = usedColumns(header, file);
        int n = sampleCount(lines, file);
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        boolean[] pen = new boolean[n];
        long f0 = 0;
        long prev = 0;
        double rate = options.airsigFrameRateHz();
        int[] start = new int[header.length + 1];
        for (int i = 0; i < n; i++) {
            int ln = i + 2;
            String[] cells = usedCells(lines.get(i + 1), header.length, col, start, file, ln);
            long f = Lines.integer(cells[col[0]], file, ln, "frame_id");
            if (i == 0) {
                f0 = f;
            } else if (f <= prev) {
                throw new DataFormatException(file, ln, f == prev ? "frame_id " + f + " repeats the previous one"
                        : "clock goes backwards: frame_id " + f + " after " + prev);
            }
            prev = f;
            t[i] = ((double) f - (double) f0) / rate;
            x[i] = Lines.number(cells[col[1]], file, ln, "index_x_coor");
            y[i] = Lines.number(cells[col[2]], file, ln, "index_y_coor");
            z[i] = Lines.number(cells[col[3]], file, ln, "index_z_coor");
            pen[i] = penDown(cells[col[4]], file, ln);
        }
        String rel = root.relativize(file).toString().replace('\\', '/');
        SignatureMeta meta = SignatureMeta.genuine(NAME, subject, subject + "/" + rep, rep, rel);
        try {
            return Signature.of(meta, 3, t, x, y, z, pen, null);
        } catch (InvalidSignatureException e) {
            throw new DataFormatException(file, e.sampleIndex() >= 0 ? e.sampleIndex() + 2 : 0, e.getMessage(), e);
        }
    }

    /** The index in the header of each {@link #USED} column; each must appear exactly once. */
    private static int[] usedColumns(String[] header, Path file) {
        int[] col = new int[USED.length];
        for (int k = 0; k < USED.length; k++) {
            col[k] = -1;
            for (int c = 0; c < header.length && col[k] < 0; c++) {
                if (header[c].strip().equals(USED[k])) {
                    col[k] = c;
                }
            }
            for (int c = col[k] + 1; c < header.length; c++) {
                if (header[c].strip().equals(USED[k])) {
                    throw new DataFormatException(file, 1, "header names column " + USED[k] + " twice");
                }
            }
            if (col[k] < 0) {
                throw new DataFormatException(file, 1, "header has no column " + USED[k]);
            }
        }
        return col;
    }

    /** Lines after the header, blank lines at the end not counted; at least one. */
    private static int sampleCount(List<String> lines, Path file) {
        int last = lines.size();
        while (last > 1 && lines.get(last - 1).isBlank()) {
            last--;
        }
        if (last == 1) {
            throw new DataFormatException(file, 1, "header only, no samples");
        }
        return last - 1;
    }

    /**
     * The used cells of one line (the others stay null): the line must have as many cells as the
     * header. {@code start} is scratch space of header length + 1.
     */
    private static String[] usedCells(String line, int width, int[] col, int[] start, Path file, int ln) {
        // cell k is line[start[k], start[k+1] - 1); only the used cells become strings
        int cellCount = 1;
        start[0] = 0;
        for (int p = line.indexOf(','); p >= 0; p = line.indexOf(',', p + 1)) {
            if (cellCount < width) {
                start[cellCount] = p + 1;
            }
            cellCount++;
        }
        if (cellCount != width) {
            throw new DataFormatException(file, ln, "expected " + width + " cells like the header, found "
                    + cellCount + (cellCount < width ? " (truncated line?)" : ""));
        }
        start[width] = line.length() + 1;
        String[] cells = new String[width];
        for (int k : col) {
            cells[k] = line.substring(start[k], start[k + 1] - 1);
        }
        return cells;
    }

    /** The {@code target} cell: 1 is pen down, 0 pen up, anything else an error. */
    private static boolean penDown(String cell, Path file, int ln) {
        double target = Lines.number(cell, file, ln, "target");
        if (target != 0 && target != 1) {
            throw new DataFormatException(file, ln, "target must be 0 or 1, got " + StrictNumbers.excerpt(cell.strip(), 40));
        }
        return target == 1;
    }
}
