package org.sigbench.datasets.io;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.InvalidSignatureException;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/**
 * sigbench's own corpus format: a folder with a {@code corpus.csv} manifest and one CSV per signature.
 *
 * <p>Manifest columns: {@value #MANIFEST_HEADER}. Signature files: header
 * {@code t,x,y,z,pen[,channel...]}, one sample per line, t in seconds, pen 1 or 0. Doubles are
 * written with {@link Double#toString(double)}, which Java parses back to the same bits, so a
 * write followed by a read gives an equal {@link Corpus}. Bytes are deterministic (LF line ends,
 * quotes only where needed, signatures in corpus order) and each file is written atomically
 * (temporary file, then move). Reading is strict: any bad cell is a {@link DataFormatException}.
 */
public final class InterchangeFormat {
    /** Manifest file name. */
    public static final String MANIFEST = "corpus.csv";
    /** Manifest header. */
    public static final String MANIFEST_HEADER = "file,corpus,subject,id,kind,label,imitates,session,repetition,dims,source";
    private static final String[] MANIFEST_COLUMNS = MANIFEST_HEADER.split(",");

    private InterchangeFormat() {
    }

    /** Writes {@code dir/corpus.csv} and one CSV per signature; creates {@code dir} if needed. */
    public static void write(Corpus c, Path dir) {
        try {
            Files.createDirectories(dir);
            List<String[]> manifest = new ArrayList<>();
            manifest.add(MANIFEST_COLUMNS);
            Set<String> names = new HashSet<>();
            for (Signature s : c.signatures()) {
                String base = s.meta().id().replaceAll("[^A-Za-z0-9._-]", "_");
                String file = base + ".csv";
                for (int k = 2; !names.add(file.toLowerCase(Locale.ROOT)); k++) {
                    file = base + "~" + k + ".csv";
                }
                SignatureMeta m = s.meta();
                manifest.add(new String[] {file, m.corpus(), m.subject(), m.id(), m.kind().token(), m.label(), m.imitates(),
                        Integer.toString(m.session()), Integer.toString(m.repetition()), Integer.toString(s.dims()), m.source()});
                AtomicFiles.write(dir.resolve(file), Csv.format(samples(s)));
            }
            List<String> previous = isCorpus(dir) ? listedFiles(dir) : List.of();
            AtomicFiles.write(dir.resolve(MANIFEST), Csv.format(manifest));
            // files of the corpus written here before that this one no longer has (a reader refuses unlisted CSVs)
            for (String old : previous) {
                if (!names.contains(old.toLowerCase(Locale.ROOT))) {
                    Files.deleteIfExists(dir.resolve(old));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write corpus to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<String[]> samples(Signature s) {
        List<String> ch = new ArrayList<>(s.channelNames());
        List<String[]> rows = new ArrayList<>(s.size() + 1);
        String[] head = new String[5 + ch.size()];
        head[0] = "t";
        head[1] = "x";
        head[2] = "y";
        head[3] = "z";
        head[4] = "pen";
        for (int k = 0; k < ch.size(); k++) {
            head[5 + k] = ch.get(k);
        }
        rows.add(head);
        double[][] cv = new double[ch.size()][];
        for (int k = 0; k < ch.size(); k++) {
            cv[k] = s.channel(ch.get(k));
        }
        for (int i = 0; i < s.size(); i++) {
            String[] r = new String[head.length];
            r[0] = Double.toString(s.t(i));
            r[1] = Double.toString(s.x(i));
            r[2] = Double.toString(s.y(i));
            r[3] = Double.toString(s.z(i));
            r[4] = s.pen(i) ? "1" : "0";
            for (int k = 0; k < cv.length; k++) {
                r[5 + k] = Double.toString(cv[k][i]);
            }
            rows.add(r);
        }
        return rows;
    }

    /** The plain .csv file names a manifest lists (best effort: a broken manifest lists none). */
    private static List<String> listedFiles(Path dir) {
        List<String> out = new ArrayList<>();
        try {
            List<String[]> rows = readCsv(dir.resolve(MANIFEST));
            for (int i = 1; i < rows.size(); i++) {
                String f = rows.get(i).length > 0 ? rows.get(i)[0] : "";
                if (f.endsWith(".csv") && !f.equals(MANIFEST) && !f.contains("/") && !f.contains("\\") && !f.startsWith(".")) {
                    out.add(f);
                }
            }
        } catch (DataFormatException e) {
            return List.of();
        }
        return out;
    }

    /** Whether {@code dir} holds a manifest. */
    public static boolean isCorpus(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /** The corpus name in a manifest (its first data row). */
    public static String corpusName(Path dir) {
        List<String[]> rows = readCsv(dir.resolve(MANIFEST));
        if (rows.size() < 2) {
            throw new DataFormatException(dir.resolve(MANIFEST), rows.size(), "manifest lists no signature");
        }
        return rows.get(1).length > 1 ? rows.get(1)[1] : "";
    }

    /** Reads a corpus written by {@link #write}. */
    public static Corpus read(Path dir) {
        Path mf = dir.resolve(MANIFEST);
        List<String[]> rows = manifestRows(mf);
        List<Entry> entries = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        String name = null;
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int ln = i + 1;
            if (r.length != MANIFEST_COLUMNS.length) {
                throw new DataFormatException(mf, ln, "expected " + MANIFEST_COLUMNS.length + " cells, found " + r.length);
            }
            if (name == null) {
                name = r[1];
            } else if (!name.equals(r[1])) {
                throw new DataFormatException(mf, ln, "corpus " + StrictNumbers.quote(r[1]) + " differs from "
                        + StrictNumbers.quote(name) + " of line 2");
            }
            entries.add(entry(r, ln, mf, listed));
        }
        checkFolder(dir, listed, entries);
        List<Signature> sigs = entries.parallelStream().map(e -> readSignature(dir.resolve(e.file), e.meta, e.dims)).toList();
        try {
            return Corpus.of(name, sigs);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(mf, 0, e.getMessage(), e);
        }
    }

    /** One manifest line: its line number, signature file, metadata and dimensions. */
    private record Entry(int line, String file, SignatureMeta meta, int dims) {
    }

    /** The rows of the manifest: it exists, has the header and lists at least one signature. */
    private static List<String[]> manifestRows(Path mf) {
        if (!Files.isRegularFile(mf)) {
            throw new DataFormatException(mf, 0, "no corpus manifest here");
        }
        List<String[]> rows = readCsv(mf);
        if (rows.isEmpty()) {
            throw new DataFormatException(mf, 0, "empty file");
        }
        if (!String.join(",", rows.get(0)).equals(MANIFEST_HEADER)) {
            throw new DataFormatException(mf, 1, "header must be " + MANIFEST_HEADER + ", got "
                    + StrictNumbers.quote(String.join(",", rows.get(0))));
        }
        if (rows.size() == 1) {
            throw new DataFormatException(mf, 1, "manifest lists no signature");
        }
        return rows;
    }

    /** A manifest row of the right width: a plain .csv file name listed once (added to {@code listed}) and valid metadata. */
    private static Entry entry(String[] r, int ln, Path mf, Set<String> listed) {
        if (r[0].isEmpty() || r[0].contains("/") || r[0].contains("\\") || r[0].startsWith(".") || r[0].contains(":")
                || r[0].equals(MANIFEST) || !r[0].endsWith(".csv")) {
            throw new DataFormatException(mf, ln, "file must be a plain .csv file name in the corpus folder: "
                    + StrictNumbers.quote(r[0]));
        }
        if (!listed.add(r[0])) {
            throw new DataFormatException(mf, ln, "file " + StrictNumbers.quote(r[0]) + " is listed twice");
        }
        try {
            SignatureMeta meta = new SignatureMeta(r[1], r[2], r[3], Kind.parse(r[4]), r[5], r[6],
                    (int) Lines.integer(r[7], mf, ln, "session", 1, Integer.MAX_VALUE),
                    (int) Lines.integer(r[8], mf, ln, "repetition", 1, Integer.MAX_VALUE), r[10]);
            int dims = (int) Lines.integer(r[9], mf, ln, "dims", 2, 3);
            return new Entry(ln, r[0], meta, dims);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(mf, ln, e.getMessage(), e);
        }
    }

    /** No unlisted signature file in the folder, and no listed file whose real path leaves it. */
    private static void checkFolder(Path dir, Set<String> listed, List<Entry> entries) {
        Path realDir = Confined.real(dir);
        for (Path f : Confined.files(dir, realDir)) {
            String fn = f.getFileName().toString();
            if (f.getParent().equals(dir) && fn.endsWith(".csv") && !fn.equals(MANIFEST) && !listed.contains(fn)) {
                throw new DataFormatException(f, 0, "signature file in the corpus folder but not listed in " + MANIFEST);
            }
        }
        for (Entry e : entries) {
            if (Files.exists(dir.resolve(e.file), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Confined.inside(dir.resolve(e.file), realDir);
            }
        }
    }

    private static Signature readSignature(Path file, SignatureMeta meta, int dims) {
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file, 0, "listed in " + MANIFEST + " but missing");
        }
        List<String[]> rows = readCsv(file);
        if (rows.isEmpty()) {
            throw new DataFormatException(file, 0, "empty file");
        }
        String[] head = rows.get(0);
        if (head.length < 5 || !head[0].equals("t") || !head[1].equals("x") || !head[2].equals("y") || !head[3].equals("z")
                || !head[4].equals("pen")) {
            throw new DataFormatException(file, 1, "header must start with t,x,y,z,pen, got "
                    + StrictNumbers.quote(String.join(",", head)));
        }
        int n = rows.size() - 1;
        int nc = head.length - 5;
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        boolean[] pen = new boolean[n];
        double[][] ch = new double[nc][n];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i + 1);
            int ln = i + 2;
            if (r.length != head.length) {
                throw new DataFormatException(file, ln, "expected " + head.length + " cells like the header, found " + r.length
                        + (r.length < head.length ? " (truncated line?)" : ""));
            }
            t[i] = Lines.number(r[0], file, ln, "t");
            if (i > 0 && !(t[i] > t[i - 1])) {
                throw new DataFormatException(file, ln, t[i] == t[i - 1] ? "timestamp " + r[0].strip() + " repeats the previous one"
                        : "clock goes backwards: t = " + r[0].strip() + " after " + rows.get(i)[0].strip());
            }
            x[i] = Lines.number(r[1], file, ln, "x");
            y[i] = Lines.number(r[2], file, ln, "y");
            z[i] = Lines.number(r[3], file, ln, "z");
            String p = r[4].strip();
            if (!p.equals("0") && !p.equals("1")) {
                throw new DataFormatException(file, ln, "pen must be 0 or 1, got " + StrictNumbers.quote(p));
            }
            pen[i] = p.equals("1");
            for (int k = 0; k < nc; k++) {
                ch[k][i] = Lines.number(r[5 + k], file, ln, head[5 + k]);
            }
        }
        Map<String, double[]> channels = new LinkedHashMap<>();
        for (int k = 0; k < nc; k++) {
            if (channels.put(head[5 + k], ch[k]) != null) {
                throw new DataFormatException(file, 1, "channel " + head[5 + k] + " appears twice");
            }
        }
        try {
            return Signature.of(meta, dims, t, x, y, z, pen, channels);
        } catch (InvalidSignatureException e) {
            throw new DataFormatException(file, e.sampleIndex() >= 0 ? e.sampleIndex() + 2 : 0, e.getMessage(), e);
        }
    }

    private static List<String[]> readCsv(Path file) {
        String text = String.join("\n", Lines.read(file));
        try (CSVReader r = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new CSVParserBuilder().withSeparator(',').build()).build()) {
            List<String[]> rows = new ArrayList<>(r.readAll());
            while (!rows.isEmpty() && rows.get(rows.size() - 1).length == 1 && rows.get(rows.size() - 1)[0].isBlank()) {
                rows.remove(rows.size() - 1);
            }
            return rows;
        } catch (IOException | CsvException e) {
            throw new DataFormatException(file, 0, "not valid CSV (" + StrictNumbers.excerpt(
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 80) + ")", e);
        }
    }
}
