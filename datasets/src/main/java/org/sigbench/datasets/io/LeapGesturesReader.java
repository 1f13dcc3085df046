package org.sigbench.datasets.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.InvalidSignatureException;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/**
 * Reader of the Leap Motion mid-air gestures ({@code leap-gestures-midair/<participant>/<gesture>.csv};
 * F. M. Caputo, P. Prebianca, A. Carcangiu, L. D. Spano, A. Giachetti, "Comparing 3D trajectories
 * for simple mid-air gesture recognition", Computers &amp; Graphics 73 (2018) 17-25).
 *
 * <p>Each file holds one recording of one gesture: one point per line, exactly four numbers split
 * by white space, {@code x y z t}, with the forefinger tip in millimetres and {@code t} in Unix
 * milliseconds. Time: {@code t_i = (c_i - c_0) / 1000} seconds, so every sample starts at 0; the
 * clock must increase strictly (a repeated or backward timestamp is an error naming file and line).
 * Blank lines at the end are ignored, a blank line inside the data is an error. All points count
 * as pen down. The kind is {@link Kind#OTHER} with the gesture (the file name without
 * {@code .csv}) as label; the subject is the participant folder; the id is
 * {@code <participant>/<gesture>}; session and repetition are 1 (one recording per participant and
 * gesture).
 *
 * <p>Nothing is skipped silently: the documentation files at the top ({@value #SOURCE},
 * {@value #GESTURE_LIST}) are the only entries the reader leaves out without a word; any other
 * entry that is not a {@code .csv} file in a participant folder is named in the load report.
 * Symbolic links are followed (the data root may be one), but a file or folder whose real path
 * leaves the corpus folder is an error: nothing outside the data is read.
 */
public final class LeapGesturesReader {
    /** Corpus name. */
    public static final String NAME = "leap-gestures-midair";
    /** Provenance file at the top of the corpus folder. */
    static final String SOURCE = "SOURCE.md";
    /** The authors' list of participants at the top of the corpus folder. */
    static final String GESTURE_LIST = "all_gestures.txt";
    private static final String EXT = ".csv";
    private static final String[] COLUMNS = {"x (1)", "y (2)", "z (3)", "t (4)"};

    private LeapGesturesReader() {
    }

    /** Loads the corpus from the {@code leap-gestures-midair} folder. */
    public static LoadedCorpus load(Path folder, LoadOptions options) {
        Path real = realPath(folder, folder);
        record Item(Path file, String subject, String gesture) {
        }
        List<Item> items = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Path p : list(folder)) {
            String name = p.getFileName().toString();
            if (!Files.isDirectory(p)) {
                if (!Set.of(SOURCE, GESTURE_LIST).contains(name)) {
                    ignored.add(name);
                }
                continue;
            }
            inside(p, real, folder);
            for (Path f : list(p)) {
                String fn = f.getFileName().toString();
                if (Files.isRegularFile(f) && fn.endsWith(EXT) && fn.length() > EXT.length()) {
                    inside(f, real, folder);
                    items.add(new Item(f, name, fn.substring(0, fn.length() - EXT.length())));
                } else {
                    ignored.add(name + "/" + fn);
                }
            }
        }
        if (items.isEmpty()) {
            throw new DataFormatException(folder, 0, NAME + ": no <participant>/<gesture>.csv file found");
        }
        items.sort((a, b) -> {
            int c = NaturalOrder.INSTANCE.compare(a.subject, b.subject);
            return c != 0 ? c : NaturalOrder.INSTANCE.compare(a.gesture, b.gesture);
        });
        List<Signature> sigs = items.parallelStream().map(it -> parse(it.file, folder, it.subject, it.gesture)).toList();
        List<String> notes = new ArrayList<>();
        if (!ignored.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%s: ignored %d entries that are not <participant>/<gesture>.csv files: %s",
                    NAME, ignored.size(), String.join(", ", ignored.stream().limit(10).toList())
                            + (ignored.size() > 10 ? ", ..." : "")));
        }
        try {
            return new LoadedCorpus(Corpus.of(NAME, sigs), notes);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(folder, 0, e.getMessage(), e);
        }
    }

    /** The entries of a folder, by name. */
    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path realPath(Path p, Path where) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new DataFormatException(where, 0, "cannot resolve the path (broken symbolic link?)");
        }
    }

    /** Fails when {@code p} resolves (through symbolic links) outside {@code realRoot}. */
    private static void inside(Path p, Path realRoot, Path folder) {
        if (!realPath(p, p).startsWith(realRoot)) {
            throw new DataFormatException(p, 0, "symbolic link leads outside the corpus folder " + folder);
        }
    }

    /**
     * Parses one gesture file.
     *
     * @param root the corpus folder (the source path is relative to it)
     */
    public static Signature parse(Path file, Path root, String subject, String gesture) {
        List<String> lines = Lines.read(file);
        int n = lines.size();
        while (n > 0 && lines.get(n - 1).isBlank()) {
            n--;
        }
        if (n == 0) {
            throw new DataFormatException(file, 0, "empty file");
        }
        double[] t = new double[n];
        double[][] xyz = new double[3][n];
        boolean[] pen = new boolean[n];
        long c0 = 0;
        double prev = 0;
        for (int i = 0; i < n; i++) {
            int ln = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                throw new DataFormatException(file, ln, "blank line inside the data");
            }
            String[] cells = Lines.split(line, "\\s+", null);
            if (cells.length != 4) {
                throw new DataFormatException(file, ln, "expected 4 columns (x y z t), found " + cells.length);
            }
            for (int k = 0; k < 3; k++) {
                xyz[k][i] = Lines.number(cells[k], file, ln, COLUMNS[k]);
            }
            double c = Lines.number(cells[3], file, ln, COLUMNS[3]);
            if (c != Math.rint(c) || Math.abs(c) > 1e15) {
                throw new DataFormatException(file, ln, "column " + COLUMNS[3] + " is not a whole number of milliseconds: '"
                        + cells[3] + "'");
            }
            if (i == 0) {
                c0 = (long) c;
            } else if (!(c > prev)) {
                throw new DataFormatException(file, ln, c == prev ? "timestamp " + cells[3] + " repeats the previous one"
                        : "clock goes backwards: " + cells[3] + " after " + (long) prev);
            }
            prev = c;
            t[i] = ((long) c - c0) / 1000.0;
            pen[i] = true;
        }
        String rel = root.relativize(file).toString().replace('\\', '/');
        SignatureMeta meta = new SignatureMeta(NAME, subject, subject + "/" + gesture, Kind.OTHER, gesture, null, 1, 1, rel);
        try {
            return Signature.of(meta, 3, t, xyz[0], xyz[1], xyz[2], pen, null);
        } catch (InvalidSignatureException e) {
            throw new DataFormatException(file, e.sampleIndex() >= 0 ? e.sampleIndex() + 1 : 0, e.getMessage(), e);
        }
    }
}
