package org.sigbench.datasets.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.InvalidSignatureException;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/**
 * A column-text corpus described by a small JSON file instead of Java code: one text file per
 * signature, one sample per line, columns split by a delimiter. The SVC2004 readers are such
 * descriptors, shipped as resources ({@code svc2004-task1.json}, {@code svc2004-task2.json}); see
 * {@code datasets/README.md} for the field list and an example.
 *
 * <p>Time: {@code t_i = (c_i - c_0) * unit} seconds, where {@code c} is the raw clock column, so
 * every signature starts at t = 0. With {@code clock = "strict"} a repeated or backward timestamp
 * is an error naming file and line. With {@code clock = "repair"} each sample keeps its place and
 * its values, and its time becomes {@code c'_i = max(c_i, c'_{i-1} + resolution)} (loss-free:
 * no sample is dropped); a backward step larger than {@code maxBackstep} is still an error.
 *
 * <p>Sample id: the relative path without its extension ({@code U1S21} for SVC2004,
 * {@code alice/genuine_1} for nested files).
 *
 * @param name        corpus name
 * @param folder      folder of the files: relative to the data root for a built-in descriptor,
 *                    relative to the JSON file's folder for a user's {@code corpus.json}; default "."
 * @param dims        2 (tablet, no z column) or 3
 * @param glob        file glob relative to {@code folder}, matched against '/'-separated paths
 * @param delimiter   a regex that splits a line into cells, e.g. {@code "\\s+"} or {@code ","}
 * @param skipLines   header lines to skip
 * @param countLine   whether the first line after the header holds the number of samples N (then
 *                    exactly N sample lines must follow)
 * @param columns     0-based column of t, x, y, z (3D only) and pen (optional: always down)
 * @param penDown     pen column values meaning "pen down"; absent means any non-zero value
 * @param timeUnit    {@code s}, {@code ms} or {@code us}
 * @param clock       {@code strict} (default) or {@code repair}
 * @param resolution  clock resolution in {@code timeUnit}, used by {@code repair}; default 1
 * @param maxBackstep largest backward step {@code repair} accepts, in {@code timeUnit}; default 0
 * @param channels    extra channels: name to 0-based column, in output order
 * @param pathRegex   regex matched against the whole relative path; named groups {@code subject}
 *                    and {@code rep} are required, {@code kind} (genuine, skilled_forgery, other) and
 *                    {@code label} are optional
 * @param kinds       optional rules mapping ranges of {@code rep} to a kind; the repetition is then
 *                    renumbered from 1 within the range (SVC2004: 1-20 genuine, 21-40 forgeries)
 */
public record ColumnTextDescriptor(String name, String folder, Integer dims, String glob, String delimiter,
                                   Integer skipLines, Boolean countLine, Columns columns, List<Double> penDown,
                                   String timeUnit, String clock, Double resolution, Double maxBackstep,
                                   Map<String, Integer> channels, String pathRegex, List<KindRule> kinds) {

    /** 0-based column numbers; {@code z} and {@code pen} may be null. */
    public record Columns(int t, int x, int y, Integer z, Integer pen) {
    }

    /** Repetitions {@code from..to} (inclusive) are of {@code kind}. */
    public record KindRule(int from, int to, String kind) {
    }

    private static final ObjectMapper JSON = StrictJson.builder().build();
    /** Largest column number a descriptor may name (0-based). */
    static final int MAX_COLUMN = 999;
    /** Largest descriptor file, in bytes. */
    static final int MAX_BYTES = 1 << 20;

    public ColumnTextDescriptor {
        require(name != null && !name.isBlank(), "name is required");
        folder = folder == null || folder.isBlank() ? "." : folder;
        dims = dims == null ? 2 : dims;
        require(dims == 2 || dims == 3, "dims must be 2 or 3");
        require(glob != null && !glob.isBlank(), "glob is required");
        delimiter = delimiter == null ? "\\s+" : delimiter;
        skipLines = skipLines == null ? 0 : skipLines;
        require(skipLines >= 0, "skipLines must be >= 0");
        countLine = countLine != null && countLine;
        require(columns != null, "columns is required");
        for (Integer c : new Integer[] {columns.t(), columns.x(), columns.y(), columns.z(), columns.pen()}) {
            require(c == null || (c >= 0 && c <= MAX_COLUMN), "columns must be 0.." + MAX_COLUMN + ", got " + c);
        }
        require(skipLines <= 10_000, "skipLines must be <= 10000");
        require(delimiter.length() <= 100, "delimiter is longer than 100 characters");
        Pattern.compile(delimiter);
        require(dims == 3 ? columns.z() != null : columns.z() == null, "columns.z is required for dims 3 and not allowed for dims 2");
        penDown = penDown == null ? null : List.copyOf(penDown);
        timeUnit = timeUnit == null ? "s" : timeUnit;
        require(List.of("s", "ms", "us").contains(timeUnit), "timeUnit must be s, ms or us");
        clock = clock == null ? "strict" : clock;
        require(clock.equals("strict") || clock.equals("repair"), "clock must be strict or repair");
        resolution = resolution == null ? 1.0 : resolution;
        maxBackstep = maxBackstep == null ? 0.0 : maxBackstep;
        require(resolution > 0 && maxBackstep >= 0, "resolution must be > 0 and maxBackstep >= 0");
        channels = channels == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(channels));
        require(channels.size() <= 100, "at most 100 channels");
        for (Map.Entry<String, Integer> c : channels.entrySet()) {
            require(!Signature.RESERVED.contains(c.getKey()), "channel name " + c.getKey() + " is reserved");
            require(c.getValue() != null && c.getValue() >= 0 && c.getValue() <= MAX_COLUMN,
                    "channel " + c.getKey() + " column must be 0.." + MAX_COLUMN);
        }
        require(pathRegex != null, "pathRegex is required");
        require(pathRegex.length() <= 1000, "pathRegex is longer than 1000 characters");
        Pattern p = Pattern.compile(pathRegex);
        require(p.pattern().contains("?<subject>") && p.pattern().contains("?<rep>"),
                "pathRegex needs the named groups subject and rep");
        require(penDown == null || penDown.size() <= 100, "penDown lists at most 100 values");
        require(kinds == null || kinds.size() <= 100, "kinds lists at most 100 rules");
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        for (KindRule k : kinds) {
            require(k != null && k.kind() != null, "every kind rule needs from, to and kind");
            Kind.parse(k.kind());
            require(k.from() >= 1 && k.to() >= k.from(), "kind rule " + k + " needs 1 <= from <= to");
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("corpus descriptor: " + what);
        }
    }

    /** Reads a descriptor from a JSON file; a bad file gives a {@link DataFormatException} naming line and reason. */
    public static ColumnTextDescriptor read(Path json) {
        try (InputStream in = Files.newInputStream(json)) {
            return parse(in, json);
        } catch (IOException e) {
            throw new DataFormatException(json, 0, "cannot read the descriptor (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Reads a descriptor shipped with sigbench, such as {@code svc2004-task1.json}. */
    public static ColumnTextDescriptor builtIn(String resource) {
        try (InputStream in = ColumnTextDescriptor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in descriptor " + resource);
            }
            return parse(in, Path.of(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ColumnTextDescriptor parse(InputStream in, Path source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new DataFormatException(source, 0, "bad corpus descriptor: larger than " + MAX_BYTES + " bytes");
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        try {
            return JSON.readValue(text, ColumnTextDescriptor.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
                // record creators buffer properties, so Jackson reports the end of the object: find the key's own line
                int at = text.indexOf("\"" + u.getPropertyName() + "\"");
                if (at >= 0) {
                    line = (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
                }
            }
            throw new DataFormatException(source, Math.max(line, 0), "bad corpus descriptor: " + StrictJson.reason(e), e);
        }
    }

    /** Counts of what {@code clock = "repair"} changed. */
    public record ClockRepairs(int files, int repeats, int backwardSteps, int shiftedSamples) {
    }

    /** Loads the corpus from {@code base.resolve(folder)}. */
    public Corpus load(Path base, LoadOptions options) {
        return loadWithReport(base, options).corpus();
    }

    /** Loads the corpus and says what was repaired. Any bad file fails the whole corpus. */
    public LoadedCorpus loadWithReport(Path base, LoadOptions options) {
        Path dir = Confined.folder(base, folder, base);
        Path realBase = Confined.real(base);
        if (!Files.isDirectory(dir)) {
            throw new DataFormatException(dir, 0, "corpus " + name + ": folder not found");
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Pattern re = Pattern.compile(pathRegex);
        record Item(Path file, String rel, String subject, int rep) {
        }
        List<Item> items = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (Path f : Confined.files(dir, realBase)) {
            Path relPath = dir.relativize(f);
            String rel = relPath.toString().replace('\\', '/');
            if (!m.matches(relPath)) {
                if (!rel.equals(Corpora.DESCRIPTOR) && !rel.endsWith("/" + Corpora.DESCRIPTOR)) {
                    unread.add(rel);
                }
                continue;
            }
            Matcher mm = re.matcher(rel);
            if (!mm.matches()) {
                throw new DataFormatException(f, 0, "file name does not match pathRegex " + pathRegex);
            }
            items.add(new Item(f, rel, mm.group("subject"), repetition(mm, f)));
        }
        if (items.isEmpty()) {
            throw new DataFormatException(dir, 0, "corpus " + name + ": no file matches " + glob);
        }
        items.sort((a, b) -> {
            int c = NaturalOrder.INSTANCE.compare(a.subject, b.subject);
            return c != 0 ? c : c == 0 && a.rep != b.rep ? Integer.compare(a.rep, b.rep) : a.rel.compareTo(b.rel);
        });
        record Parsed(Signature sig, int repeats, int back, int shifted) {
        }
        List<Parsed> parsed = items.parallelStream().map(it -> {
            int[] counts = new int[3];
            Signature s = parseFile(it.file, it.rel, re, options, counts);
            return new Parsed(s, counts[0], counts[1], counts[2]);
        }).toList();
        List<Signature> sigs = new ArrayList<>(parsed.size());
        int files = 0;
        int rep = 0;
        int back = 0;
        int shifted = 0;
        for (Parsed p : parsed) {
            sigs.add(p.sig);
            if (p.shifted > 0) {
                files++;
            }
            rep += p.repeats;
            back += p.back;
            shifted += p.shifted;
        }
        List<String> notes = new ArrayList<>();
        if (!unread.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%s: %d files do not match the glob %s and are not read: %s", name,
                    unread.size(), glob, String.join(", ", unread.stream().limit(10).toList())
                            + (unread.size() > 10 ? ", ..." : "")));
        }
        if (shifted > 0) {
            notes.add(String.format(Locale.ROOT, "%s: clock repaired in %d files (%d repeated and %d backward timestamps;"
                    + " %d samples moved to previous + %s %s, none dropped)", name, files, rep, back, shifted,
                    fmt(resolution), timeUnit));
        }
        try {
            return new LoadedCorpus(Corpus.of(name, sigs), notes);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(dir, 0, e.getMessage(), e);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private double unitSeconds() {
        return switch (timeUnit) {
            case "ms" -> 1e-3;
            case "us" -> 1e-6;
            default -> 1.0;
        };
    }

    /** Parses one file; {@code counts} receives repeats, backward steps and shifted samples. */
    Signature parseFile(Path file, String rel, Pattern re, LoadOptions options, int[] counts) {
        List<String> lines = Lines.read(file);
        if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
            throw new DataFormatException(file, 0, "empty file");
        }
        int first = skipLines;
        int expected = -1;
        if (countLine) {
            if (lines.size() <= first) {
                throw new DataFormatException(file, lines.size(), "file ends before the count line");
            }
            String c = lines.get(first).strip();
            try {
                expected = StrictNumbers.parseInt(c, Integer.MIN_VALUE, Integer.MAX_VALUE);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(file, first + 1, "count line is not a whole number: " + StrictNumbers.quote(c));
            }
            if (expected < 0) {
                throw new DataFormatException(file, first + 1, "count line is negative: " + expected);
            }
            first++;
        }
        int last = lines.size();
        while (last > first && lines.get(last - 1).isBlank()) {
            last--;
        }
        int n = last - first;
        if (countLine && n != expected) {
            throw new DataFormatException(file, n < expected ? last : first + expected + 1, "count line (line "
                    + first + ") says " + expected + " samples but the file has " + n
                    + (n < expected ? " (truncated file?)" : " (extra lines)"));
        }
        if (n == 0) {
            throw new DataFormatException(file, first, "no samples");
        }
        Pattern split = Pattern.compile(delimiter);
        int need = Math.max(Math.max(columns.t(), columns.x()), columns.y());
        if (columns.z() != null) {
            need = Math.max(need, columns.z());
        }
        if (columns.pen() != null) {
            need = Math.max(need, columns.pen());
        }
        for (int c : channels.values()) {
            need = Math.max(need, c);
        }
        double[] raw = new double[n];
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = dims == 3 ? new double[n] : null;
        boolean[] pen = new boolean[n];
        double[] button = new double[n];
        List<String> chNames = new ArrayList<>(channels.keySet());
        double[][] ch = new double[chNames.size()][n];
        double scale = unitSeconds();
        double prev = 0;
        String tName = "t (" + (columns.t() + 1) + ")";
        String xName = "x (" + (columns.x() + 1) + ")";
        String yName = "y (" + (columns.y() + 1) + ")";
        String zName = columns.z() == null ? "" : "z (" + (columns.z() + 1) + ")";
        String penName = columns.pen() == null ? "" : "pen (" + (columns.pen() + 1) + ")";
        int[] chCol = new int[ch.length];
        String[] chLabel = new String[ch.length];
        for (int k = 0; k < ch.length; k++) {
            chCol[k] = channels.get(chNames.get(k));
            chLabel[k] = chNames.get(k) + " (" + (chCol[k] + 1) + ")";
        }
        int width = 0;
        double[] down = penDown == null ? null : penDown.stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < n; i++) {
            int ln = first + i + 1;
            String line = lines.get(first + i).strip();
            if (line.isEmpty()) {
                throw new DataFormatException(file, ln, "blank line inside the data");
            }
            String[] cells = Lines.split(line, delimiter, split);
            if (cells.length <= need) {
                throw new DataFormatException(file, ln, "expected at least " + (need + 1) + " columns, found "
                        + cells.length + " (truncated line?)");
            }
            if (i == 0) {
                width = cells.length;
            } else if (cells.length != width) {
                throw new DataFormatException(file, ln, "expected " + width + " columns like line " + (first + 1)
                        + ", found " + cells.length + (cells.length > width ? " (extra cells)" : " (truncated line?)"));
            }
            double c = Lines.number(cells[columns.t()], file, ln, tName);
            raw[i] = c;
            x[i] = Lines.number(cells[columns.x()], file, ln, xName);
            y[i] = Lines.number(cells[columns.y()], file, ln, yName);
            if (z != null) {
                z[i] = Lines.number(cells[columns.z()], file, ln, zName);
            }
            if (columns.pen() != null) {
                double b = Lines.number(cells[columns.pen()], file, ln, penName);
                button[i] = b;
                boolean d = down == null && b != 0;
                for (int k = 0; down != null && k < down.length && !d; k++) {
                    d = b == down[k];
                }
                pen[i] = d;
            } else {
                pen[i] = true;
            }
            for (int k = 0; k < ch.length; k++) {
                ch[k][i] = Lines.number(cells[chCol[k]], file, ln, chLabel[k]);
            }
            double ci = c;
            if (i > 0 && !(c > prev)) {
                if (clock.equals("strict")) {
                    throw new DataFormatException(file, ln, c == prev ? "timestamp " + fmt(c) + " repeats the previous one"
                            : "clock goes backwards: " + fmt(c) + " after " + fmt(raw[i - 1]));
                }
                if (c < raw[i - 1] && raw[i - 1] - c > maxBackstep) {
                    throw new DataFormatException(file, ln, "clock goes backwards by " + fmt(raw[i - 1] - c) + " " + timeUnit
                            + " (" + fmt(c) + " after " + fmt(raw[i - 1]) + "), more than the " + fmt(maxBackstep)
                            + " " + timeUnit + " the descriptor allows");
                }
                if (c == raw[i - 1]) {
                    counts[0]++;
                } else if (c < raw[i - 1]) {
                    counts[1]++;
                }
                counts[2]++;
                ci = prev + resolution;
            }
            prev = ci;
            t[i] = ci;
        }
        double t0 = t[0];
        for (int i = 0; i < n; i++) {
            t[i] = (t[i] - t0) * scale;
        }
        Matcher mm = re.matcher(rel);
        mm.matches();
        String subject = mm.group("subject");
        final int fileRep = repetition(mm, file);
        int rep = fileRep;
        Kind kind = Kind.GENUINE;
        String label = null;
        String kindText = group(mm, "kind", file);
        if (kindText != null) {
            try {
                kind = Kind.parse(kindText);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(file, 0, "kind from the file name: " + e.getMessage());
            }
        }
        label = group(mm, "label", file);
        if (!kinds.isEmpty()) {
            KindRule rule = kinds.stream().filter(k -> fileRep >= k.from() && fileRep <= k.to()).findFirst()
                    .orElseThrow(() -> new DataFormatException(file, 0, "repetition " + fileRep + " is in no kind rule"));
            kind = Kind.parse(rule.kind());
            rep = fileRep - rule.from() + 1;
        }
        if (kind != Kind.OTHER) {
            label = null;
        }
        String id = rel.replaceFirst("\\.[^./]*$", "");
        SignatureMeta meta = new SignatureMeta(name, subject, id, kind, label,
                kind == Kind.SKILLED_FORGERY ? subject : null, 1, rep, rel);
        Map<String, double[]> extra = new LinkedHashMap<>();
        for (int k = 0; k < ch.length; k++) {
            extra.put(chNames.get(k), ch[k]);
        }
        if (options.keepRawChannels()) {
            extra.put("clock_" + timeUnit, raw);
            if (columns.pen() != null) {
                extra.put("button", button);
            }
        }
        try {
            return Signature.of(meta, dims, t, x, y, z, pen, extra);
        } catch (InvalidSignatureException e) {
            int ln = e.sampleIndex() >= 0 ? first + e.sampleIndex() + 1 : 0;
            throw new DataFormatException(file, ln, e.getMessage(), e);
        }
    }

    /** The {@code rep} group as a repetition number 0..{@value Integer#MAX_VALUE}. */
    private static int repetition(Matcher mm, Path file) {
        try {
            return StrictNumbers.parseInt(mm.group("rep"), 0, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, 0, "repetition from the file name: " + e.getMessage());
        }
    }

    /** The named group's text; null when the regex has no such group; an error when it has one that matched nothing. */
    private static String group(Matcher m, String g, Path file) {
        if (!m.pattern().namedGroups().containsKey(g)) {
            return null;
        }
        String v = m.group(g);
        if (v == null) {
            throw new DataFormatException(file, 0, "pathRegex group " + g + " matched nothing in this file name"
                    + " (an optional group never defaults)");
        }
        return v;
    }

    @Override
    public String toString() {
        return "ColumnTextDescriptor[" + name + ", " + folder + "/" + glob + "]";
    }

    static String requireName(ColumnTextDescriptor d) {
        return Objects.requireNonNull(d.name());
    }
}
