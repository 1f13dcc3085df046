package org.sigbench.datasets.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;

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
                                   Map<String, Integer> channels, String pathRegex, List<KindRule> kinds,
                                   Map<String, Map<String, String>> values, String header, String penMeaning,
                                   List<Double> penValues, Double clockWrap, Map<String, String> absent) {

    /** 0-based column numbers; {@code z} and {@code pen} may be null. */
    public record Columns(int t, int x, int y, Integer z, Integer pen) {
    }

    /** Repetitions {@code from..to} (inclusive) are of {@code kind}. */
    public record KindRule(int from, int to, String kind) {
    }

    private static final ObjectMapper JSON = StrictJson.builder().build();
    /** Path groups that {@code values} may map. */
    static final List<String> GROUPS = List.of("subject", "kind", "session", "label");
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
        require(p.namedGroups().containsKey("subject"), "pathRegex needs the named group subject");
        require(p.namedGroups().containsKey("rep") || kinds == null || kinds.isEmpty(), "kinds rules need the rep group");
        values = values == null ? Map.of() : Map.copyOf(values);
        for (Map.Entry<String, Map<String, String>> v : values.entrySet()) {
            require(GROUPS.contains(v.getKey()), "values may map the groups " + GROUPS + ", not " + v.getKey());
            require(p.namedGroups().containsKey(v.getKey()), "values." + v.getKey() + " needs that group in pathRegex");
            require(v.getValue() != null && v.getValue().size() <= 10_000, "values." + v.getKey() + " needs 1..10000 entries");
            for (String to : v.getValue().values()) {
                require(to != null && !to.isBlank(), "values." + v.getKey() + " maps to an empty value");
                if (v.getKey().equals("kind")) {
                    Kind.parse(to);
                }
            }
        }
        absent = absent == null ? Map.of() : Map.copyOf(absent);
        for (Map.Entry<String, String> a : absent.entrySet()) {
            require(GROUPS.contains(a.getKey()) && p.namedGroups().containsKey(a.getKey()),
                    "absent names a group of pathRegex among " + GROUPS + ", not " + a.getKey());
            require(a.getValue() != null && !a.getValue().isBlank(), "absent." + a.getKey() + " is empty");
            if (a.getKey().equals("kind")) {
                Kind.parse(a.getValue());
            }
        }
        require(header == null || !countLine, "header and countLine exclude each other (use a count group in header)");
        require(header == null || header.length() <= 1000, "header is longer than 1000 characters");
        if (header != null) {
            Pattern.compile(header);
        }
        penMeaning = penMeaning == null ? "down" : penMeaning;
        require(List.of("down", "up", "endOfStroke").contains(penMeaning), "penMeaning must be down, up or endOfStroke");
        require(penMeaning.equals("down") ? penValues == null : penDown == null,
                "penDown goes with penMeaning down, penValues with up and endOfStroke");
        require(columns.pen() != null || (penDown == null && penValues == null && penMeaning.equals("down")),
                "penDown, penValues and penMeaning need columns.pen");
        require(penValues == null || penValues.size() <= 100, "penValues lists at most 100 values");
        penValues = penValues == null ? null : List.copyOf(penValues);
        require(clockWrap == null || clockWrap > 0, "clockWrap must be > 0 (the counter's modulus in timeUnit)");
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

    /** Loads the corpus from {@code base.resolve(folder)}. */
    public Corpus load(Path base, LoadOptions options) {
        return loadWithReport(base, options).corpus();
    }

    /** Loads the corpus and says what was repaired or left unread. Any bad file fails the whole corpus. */
    public LoadedCorpus loadWithReport(Path base, LoadOptions options) {
        return new ColumnTextLoader(this).load(base, options);
    }

    @Override
    public String toString() {
        return "ColumnTextDescriptor[" + name + ", " + folder + "/" + glob + "]";
    }

    static String requireName(ColumnTextDescriptor d) {
        return Objects.requireNonNull(d.name());
    }
}
