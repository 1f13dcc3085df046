package org.sigbench.datasets.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.InvalidSignatureException;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/**
 * Reader of the Leap Motion air-writing digits ({@code leap-airwriting-digits/Recordings/<P>/<P>_<digit>_<rep>_trail.json}).
 *
 * <p>Each trail is {@code {"data": [[i, [x, y, z]], ...]}}. The point index must be consecutive
 * (+1 per point); it starts at 0 in 1,035 files and at a larger number in 140 (the app kept the
 * frame counter of the recording), and is {@code null} on every point in 8 files (each
 * participant's {@code zero_1}); a file that mixes null and numbers, or skips, repeats or reorders
 * indices, is an error. There is no clock: {@code t_k = k / rate} for the k-th point of the array,
 * with {@link LoadOptions#digitsRateHz()}. All points
 * count as pen down. The kind is {@link Kind#OTHER} with the digit (0-9) as label; the subject is
 * the participant.
 *
 * <p>Recordings listed in {@code Recordings/not_right} are left out, and the load report says how
 * many. That list names the {@code _frames.json} dumps; a trail is excluded when its stem
 * ({@code <P>_<digit>_<rep>}) matches an entry's stem, i.e. the file name up to {@code _frames}
 * (one entry reads {@code H_seven_11_frames.jsn}, which this rule still matches). An entry that
 * matches no trail is reported too.
 */
public final class AirWritingDigitsReader {
    /** Corpus name. */
    public static final String NAME = "leap-airwriting-digits";
    private static final Pattern FILE = Pattern.compile("([^_/]+)_([a-z]+)_(\\d+)_trail\\.json");
    private static final Map<String, Integer> DIGITS = Map.of("zero", 0, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final ObjectMapper JSON = StrictJson.builder().build();
    /** Largest trail file, in bytes. */
    static final long MAX_BYTES = 64L << 20;

    private AirWritingDigitsReader() {
    }

    /** Loads the corpus from the {@code leap-airwriting-digits} folder (which holds {@code Recordings/}). */
    public static LoadedCorpus load(Path folder, LoadOptions options) {
        Path dir = Files.isDirectory(folder.resolve("Recordings")) ? folder.resolve("Recordings") : folder;
        Set<String> excluded = readNotRight(dir.resolve("not_right"));
        record Item(Path file, String subject, int digit, int rep, String stem) {
        }
        List<Item> items = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        int[] skipped = {0};
        Path realRoot = Confined.real(folder);
        Confined.forEachSubjectEntry(dir, realRoot, "not_right", unread, f -> {
            Matcher m = FILE.matcher(f.getFileName().toString());
            if (!Files.isRegularFile(f) || !m.matches()) {
                unread.add(f.getParent().getFileName() + "/" + f.getFileName());
                return;
            }
            Integer d = DIGITS.get(m.group(2));
            if (d == null) {
                throw new DataFormatException(f, 0, "unknown digit word '" + m.group(2) + "'");
            }
            String stem = m.group(1) + "_" + m.group(2) + "_" + m.group(3);
            if (excluded.contains(stem)) {
                used.add(stem);
                skipped[0]++;
                return;
            }
            int rep;
            try {
                rep = StrictNumbers.parseInt(m.group(3), 0, Integer.MAX_VALUE);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(f, 0, "repetition in the file name: " + e.getMessage());
            }
            items.add(new Item(f, m.group(1), d, rep, stem));
        });
        if (items.isEmpty()) {
            throw new DataFormatException(dir, 0, NAME + ": no <P>/<P>_<digit>_<rep>_trail.json file found");
        }
        items.sort((a, b) -> {
            int c = NaturalOrder.INSTANCE.compare(a.subject, b.subject);
            c = c != 0 ? c : Integer.compare(a.digit, b.digit);
            return c != 0 ? c : Integer.compare(a.rep, b.rep);
        });
        List<Signature> sigs = items.parallelStream()
                .map(it -> parse(it.file, folder, it.subject, it.digit, it.rep, it.stem, options)).toList();
        List<String> notes = notes(skipped[0], excluded, used, unread, options);
        try {
            return new LoadedCorpus(Corpus.of(NAME, sigs), notes);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(dir, 0, e.getMessage(), e);
        }
    }

    /** The load report: exclusions, not_right entries that matched nothing, entries not read, the nominal clock. */
    private static List<String> notes(int skipped, Set<String> excluded, Set<String> used, List<String> unread, LoadOptions options) {
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%s: excluded %d recordings listed in not_right", NAME, skipped));
        Set<String> unmatched = new LinkedHashSet<>(excluded);
        unmatched.removeAll(used);
        if (!unmatched.isEmpty()) {
            notes.add(NAME + ": not_right entries with no trail file: " + String.join(", ", unmatched));
        }
        if (!unread.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%s: %d entries are not <P>/<P>_<digit>_<rep>_trail.json files and are"
                    + " not read: %s", NAME, unread.size(), String.join(", ", unread.stream().limit(10).toList())
                    + (unread.size() > 10 ? ", ..." : "")));
        }
        notes.add(String.format(Locale.ROOT, "%s: no clock in the files; t = point index / %s Hz (nominal, option --digits-rate)",
                NAME, LeapAirSigReader.fmt(options.digitsRateHz())));
        return notes;
    }

    /** Stems ({@code <P>_<digit>_<rep>}) listed in {@code not_right}; a missing list excludes nothing. */
    static Set<String> readNotRight(Path file) {
        Set<String> out = new LinkedHashSet<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Lines.read(file);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            String base = l.substring(l.lastIndexOf('/') + 1);
            int k = base.indexOf("_frames");
            if (k <= 0) {
                throw new DataFormatException(file, i + 1, "expected a <P>_<digit>_<rep>_frames.json name, got "
                        + StrictNumbers.quote(l));
            }
            out.add(base.substring(0, k));
        }
        return out;
    }

    /** Parses one trail file. */
    public static Signature parse(Path file, Path root, String subject, int digit, int rep, String stem, LoadOptions options) {
        JsonNode data = dataArray(file);
        int n = data.size();
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        boolean nullIndex = n > 0 && data.get(0).isArray() && data.get(0).size() == 2 && data.get(0).get(0).isNull();
        long first = 0;
        for (int i = 0; i < n; i++) {
            JsonNode p = data.get(i);
            String where = "data[" + i + "]";
            if (!p.isArray() || p.size() != 2 || !p.get(1).isArray() || p.get(1).size() != 3
                    || !(nullIndex ? p.get(0).isNull() : p.get(0).isIntegralNumber() && p.get(0).canConvertToLong())) {
                throw new DataFormatException(file, 1, where + " is not [" + (nullIndex ? "null" : "index")
                        + ", [x, y, z]] like data[0]: " + StrictNumbers.excerpt(p.toString(), 80));
            }
            if (!nullIndex) {
                long idx = p.get(0).asLong();
                if (i == 0) {
                    first = idx;
                } else if (idx - first != i) {
                    throw new DataFormatException(file, 1, where + " has point index " + idx + ", expected " + (first + i)
                            + " (points out of order, repeated or missing)");
                }
            }
            double[] v = coordinates(p.get(1), where, file);
            t[i] = i / options.digitsRateHz();
            x[i] = v[0];
            y[i] = v[1];
            z[i] = v[2];
        }
        String rel = root.relativize(file).toString().replace('\\', '/');
        SignatureMeta meta = new SignatureMeta(NAME, subject, stem, Kind.OTHER, Integer.toString(digit), null, 1, rep, rel);
        try {
            return Signature.of(meta, 3, t, x, y, z, null, null);
        } catch (InvalidSignatureException e) {
            throw new DataFormatException(file, 1, e.getMessage(), e);
        }
    }

    /** The {@code data} array of a trail file: the file is at most {@link #MAX_BYTES}, valid JSON, an object with that array. */
    private static JsonNode dataArray(Path file) {
        JsonNode doc;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DataFormatException(file, 0, "file too large (more than " + (MAX_BYTES >> 20) + " MiB)");
            }
            doc = JSON.readTree(Files.readAllBytes(file));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DataFormatException(file, Math.max(line, 0), "not valid JSON: " + StrictJson.reason(e), e);
        } catch (IOException e) {
            throw new DataFormatException(file, 0, "cannot read the file (" + e.getClass().getSimpleName() + ")", e);
        }
        if (doc == null || doc.isMissingNode()) {
            throw new DataFormatException(file, 0, "empty file");
        }
        if (!doc.isObject()) {
            throw new DataFormatException(file, 1, "expected a JSON object {\"data\": [...]}");
        }
        JsonNode data = doc.get("data");
        if (data == null || !data.isArray()) {
            throw new DataFormatException(file, 1, "no \"data\" array");
        }
        return data;
    }

    /** The three finite numbers of an {@code [x, y, z]} array. */
    private static double[] coordinates(JsonNode xyz, String where, Path file) {
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            JsonNode c = xyz.get(k);
            if (!c.isNumber()) {
                throw new DataFormatException(file, 1, where + " coordinate " + "xyz".charAt(k) + " is not a number: "
                        + StrictNumbers.excerpt(c.toString(), 40));
            }
            v[k] = c.asDouble();
            if (!Double.isFinite(v[k])) {
                throw new DataFormatException(file, 1, where + " coordinate " + "xyz".charAt(k) + " is not finite");
            }
        }
        return v;
    }
}
