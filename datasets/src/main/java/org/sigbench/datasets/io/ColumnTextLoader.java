package org.sigbench.datasets.io;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.InvalidSignatureException;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/**
 * Loads a {@link ColumnTextDescriptor} corpus: lists the files (confined to the descriptor's
 * folder), names each sample from its path (subject, kind, session, repetition and label through
 * the regex groups and the explicit {@code values} mappings), numbers sessions and repetitions,
 * refuses anything that matches no rule or names one sample twice, and reads the files.
 */
final class ColumnTextLoader {
    private final ColumnTextDescriptor d;

    ColumnTextLoader(ColumnTextDescriptor d) {
        this.d = d;
    }

    /** A file and the names its path gives. */
    private record Item(Path file, String rel, String subject, Kind kind, String label, String session, int fileRep,
                        int rep) {
    }

    LoadedCorpus load(Path base, LoadOptions options) {
        Path dir = Confined.folder(base, d.folder(), base);
        if (!Files.isDirectory(dir)) {
            throw new DataFormatException(dir, 0, "corpus " + d.name() + ": folder not found");
        }
        List<String> unread = new ArrayList<>();
        List<Item> items = items(dir, base, unread);
        Map<String, Integer> sessions = sessionNumbers(items);
        items = numbered(items, sessions);
        ColumnTextFile reader = new ColumnTextFile(d);
        List<ColumnTextFile.Samples> parsed = items.parallelStream().map(it -> reader.read(it.file)).toList();
        List<Signature> sigs = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            sigs.add(signature(items.get(k), sessions, parsed.get(k), options));
        }
        try {
            return new LoadedCorpus(Corpus.of(d.name(), sigs), notes(unread, parsed));
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(dir, 0, e.getMessage(), e);
        }
    }

    /** The files matching the glob, named; other files (but descriptors) go to {@code unread}. At least one. */
    private List<Item> items(Path dir, Path base, List<String> unread) {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + d.glob());
        Pattern re = Pattern.compile(d.pathRegex());
        List<Item> items = new ArrayList<>();
        for (Path f : Confined.files(dir, Confined.real(base))) {
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
                throw new DataFormatException(f, 0, "file name does not match pathRegex " + d.pathRegex());
            }
            items.add(name(f, rel, mm));
        }
        if (items.isEmpty()) {
            throw new DataFormatException(dir, 0, "corpus " + d.name() + ": no file matches " + d.glob());
        }
        return items;
    }

    /** The load report: files not read, clock wraps and clock repairs summed over the files. */
    private List<String> notes(List<String> unread, List<ColumnTextFile.Samples> parsed) {
        int files = 0;
        int repeats = 0;
        int back = 0;
        int shifted = 0;
        int wrapFiles = 0;
        int wraps = 0;
        for (ColumnTextFile.Samples s : parsed) {
            files += s.shifted() > 0 ? 1 : 0;
            repeats += s.repeats();
            back += s.backwardSteps();
            shifted += s.shifted();
            wrapFiles += s.wraps() > 0 ? 1 : 0;
            wraps += s.wraps();
        }
        List<String> notes = new ArrayList<>();
        if (!unread.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%s: %d files do not match the glob %s and are not read: %s", d.name(),
                    unread.size(), d.glob(), String.join(", ", unread.stream().limit(10).toList())
                            + (unread.size() > 10 ? ", ..." : "")));
        }
        if (wraps > 0) {
            notes.add(String.format(Locale.ROOT, "%s: clock wrap repaired in %d files (%d wraps of %s %s added)", d.name(),
                    wrapFiles, wraps, ColumnTextFile.fmt(d.clockWrap()), d.timeUnit()));
        }
        if (shifted > 0) {
            notes.add(String.format(Locale.ROOT, "%s: clock repaired in %d files (%d repeated and %d backward timestamps;"
                    + " %d samples moved to previous + %s %s, none dropped)", d.name(), files, repeats, back, shifted,
                    ColumnTextFile.fmt(d.resolution()), d.timeUnit()));
        }
        return notes;
    }

    /** The names a path gives, through the regex groups and the {@code values} mappings. */
    private Item name(Path f, String rel, Matcher mm) {
        String subject = value("subject", group(mm, "subject", f), f);
        if (subject == null || subject.isBlank()) {
            throw new DataFormatException(f, 0, "the subject from the path is empty");
        }
        String repText = group(mm, "rep", f);
        int fileRep = repText == null ? 0 : repetition(repText, f);
        String kindText = value("kind", group(mm, "kind", f), f);
        Kind kind = Kind.GENUINE;
        int rep = fileRep;
        if (kindText != null) {
            try {
                kind = Kind.parse(kindText);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(f, 0, "kind from the path: " + e.getMessage() + "; map it in values.kind");
            }
        } else if (!d.kinds().isEmpty()) {
            ColumnTextDescriptor.KindRule rule = d.kinds().stream().filter(k -> fileRep >= k.from() && fileRep <= k.to())
                    .findFirst().orElseThrow(() -> new DataFormatException(f, 0, "repetition " + fileRep + " is in no kind rule"));
            kind = Kind.parse(rule.kind());
            rep = fileRep - rule.from() + 1;
        }
        String label = value("label", group(mm, "label", f), f);
        String session = value("session", group(mm, "session", f), f);
        return new Item(f, rel, subject, kind, kind == Kind.OTHER ? label : null, session, fileRep, rep);
    }

    /** The named group's text; null when the regex has no such group; an error when it has one that matched nothing. */
    private String group(Matcher m, String g, Path file) {
        if (!m.pattern().namedGroups().containsKey(g)) {
            return null;
        }
        String v = m.group(g);
        if (v == null) {
            if (d.absent().containsKey(g)) {
                return ABSENT;
            }
            throw new DataFormatException(file, 0, "pathRegex group " + g + " matched nothing in this path"
                    + " (an optional group never defaults: give absent." + g + ")");
        }
        return v;
    }

    /** Marks a group that matched nothing but has an explicit {@code absent} value. */
    private static final String ABSENT = new String("\u0000absent");

    /** {@code text} through the descriptor's mapping of {@code group}, when it has one: an unmapped text is an error. */
    private String value(String group, String text, Path file) {
        if (text == ABSENT) {
            return d.absent().get(group);
        }
        Map<String, String> map = d.values().get(group);
        if (text == null || map == null) {
            return text;
        }
        String v = map.get(text);
        if (v == null) {
            throw new DataFormatException(file, 0, group + " " + StrictNumbers.quote(text) + " from the path is not in values."
                    + group + " " + map.keySet());
        }
        return v;
    }

    private static int repetition(String text, Path file) {
        try {
            return StrictNumbers.parseInt(text, 0, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, 0, "repetition from the path: " + e.getMessage());
        }
    }

    /** Session numbers: the number itself when every session is a whole number >= 1, else the rank in natural order. */
    private static Map<String, Integer> sessionNumbers(List<Item> items) {
        TreeSet<String> all = new TreeSet<>(NaturalOrder.INSTANCE);
        items.stream().filter(it -> it.session != null).forEach(it -> all.add(it.session));
        Map<String, Integer> out = new HashMap<>();
        boolean numeric = all.stream().allMatch(s -> s.matches("0*[1-9]\\d{0,8}"));
        int k = 1;
        for (String s : all) {
            out.put(s, numeric ? Integer.parseInt(s) : k++);
        }
        return out;
    }

    /**
     * Sorts (subject, session, file repetition, path) and numbers the repetitions: from the path
     * when it has one, else 1, 2, ... in path order within subject, kind, label and session. Two
     * files naming the same sample are an error naming both.
     */
    private List<Item> numbered(List<Item> items, Map<String, Integer> sessions) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.<Item, String>comparing(it -> it.subject, NaturalOrder.INSTANCE)
                .thenComparing(it -> it.session == null ? 1 : sessions.get(it.session))
                .thenComparingInt(it -> it.fileRep)
                .thenComparing(it -> it.rel, NaturalOrder.INSTANCE));
        boolean fromPath = Pattern.compile(d.pathRegex()).namedGroups().containsKey("rep");
        Map<String, Integer> next = new HashMap<>();
        Map<String, Item> seen = new LinkedHashMap<>();
        List<Item> out = new ArrayList<>(sorted.size());
        for (Item it : sorted) {
            String group = it.subject + "\u0000" + it.kind + "\u0000" + it.label + "\u0000" + it.session;
            int rep = fromPath ? it.rep : next.merge(group, 1, Integer::sum);
            Item n = new Item(it.file, it.rel, it.subject, it.kind, it.label, it.session, it.fileRep, rep);
            Item before = seen.put(group + "\u0000" + rep, n);
            if (before != null) {
                throw new DataFormatException(it.file, 0, "names the same sample as " + before.rel + " (subject " + it.subject
                        + ", " + it.kind.token() + (it.session == null ? "" : ", session " + it.session) + ", repetition " + rep
                        + "): add a session group or fix the names");
            }
            if (rep < 1) {
                throw new DataFormatException(it.file, 0, "repetition " + rep + " from the path: repetitions are 1-based");
            }
            out.add(n);
        }
        return out;
    }

    private Signature signature(Item it, Map<String, Integer> sessions, ColumnTextFile.Samples s, LoadOptions options) {
        int n = s.t().length;
        double scale = switch (d.timeUnit()) {
            case "ms" -> 1e-3;
            case "us" -> 1e-6;
            default -> 1.0;
        };
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (s.t()[i] - s.t()[0]) * scale;
        }
        String id = it.rel.replaceFirst("\\.[^./]*$", "");
        int session = it.session == null ? 1 : sessions.get(it.session);
        SignatureMeta meta = new SignatureMeta(d.name(), it.subject, id, it.kind, it.label,
                it.kind == Kind.SKILLED_FORGERY ? it.subject : null, session, it.rep, it.rel);
        Map<String, double[]> extra = new LinkedHashMap<>();
        List<String> names = List.copyOf(d.channels().keySet());
        for (int k = 0; k < names.size(); k++) {
            extra.put(names.get(k), s.channels()[k]);
        }
        if (options.keepRawChannels()) {
            extra.put("clock_" + d.timeUnit(), s.raw());
            if (d.columns().pen() != null) {
                extra.put("button", s.button());
            }
        }
        try {
            return Signature.of(meta, d.dims(), t, s.x(), s.y(), s.z(), s.pen(), extra);
        } catch (InvalidSignatureException e) {
            throw new DataFormatException(it.file, e.sampleIndex() >= 0 ? s.firstLine() + e.sampleIndex() + 1 : 0,
                    e.getMessage(), e);
        }
    }
}
