package org.sigbench.datasets.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sigbench.datasets.Corpus;

/**
 * Finds and loads corpora under a data root.
 *
 * <p>Built-in corpora, found by folder: {@code svc2004-task1} ({@code svc2004/Task1}),
 * {@code svc2004-task2} ({@code svc2004/Task2}), {@code leap-airsig} ({@code leap-airsig}),
 * {@code leap-airwriting-digits} ({@code leap-airwriting-digits}) and {@code leap-gestures-midair}
 * ({@code leap-gestures-midair}). Besides these: any sigbench
 * interchange corpus (a folder with {@code corpus.csv}: the root itself or a direct subfolder,
 * named by its manifest) and any user column-text corpus (a direct subfolder with a
 * {@code corpus.json} descriptor, named by the descriptor; see {@link ColumnTextDescriptor}).
 *
 * <p>Policy for bad input: strict. One bad file fails the whole corpus with a
 * {@link DataFormatException} naming the file, the line and the reason; nothing is skipped
 * silently. The only files left out on purpose are those a corpus itself flags as faulty (the
 * digits' {@code not_right} list), and the load report ({@link LoadedCorpus#notes()}) says how many.
 */
public final class Corpora {
    /** Environment variable holding the data root when {@code --data} is not given. */
    public static final String ENV = "SIGBENCH_DATA";
    /** Descriptor file name of a user column-text corpus. */
    public static final String DESCRIPTOR = "corpus.json";

    private static final Map<String, String> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("svc2004-task1", "svc2004/Task1");
        BUILT_IN.put("svc2004-task2", "svc2004/Task2");
        BUILT_IN.put(LeapAirSigReader.NAME, "leap-airsig");
        BUILT_IN.put(AirWritingDigitsReader.NAME, "leap-airwriting-digits");
        BUILT_IN.put(LeapGesturesReader.NAME, "leap-gestures-midair");
    }

    private Corpora() {
    }

    /** Names of the built-in corpora, in listing order. */
    public static List<String> builtInNames() {
        return List.copyOf(BUILT_IN.keySet());
    }

    /**
     * The data root: {@code dataOption} (the {@code --data} value) when given, else the environment
     * variable {@value #ENV}.
     *
     * @throws IllegalArgumentException with a clear message when neither is set or the folder is missing
     */
    public static Path root(String dataOption) {
        String v = dataOption != null && !dataOption.isBlank() ? dataOption : System.getenv(ENV);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("no data folder: pass --data DIR or set " + ENV);
        }
        Path p = Path.of(v);
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("data folder " + p + " does not exist or is not a folder"
                    + (dataOption != null && !dataOption.isBlank() ? "" : " (from " + ENV + ")"));
        }
        return p;
    }

    /**
     * Names of every corpus under {@code root}: built-in ones present first, then interchange and
     * descriptor corpora by folder name.
     *
     * @throws DataFormatException when a manifest or descriptor cannot be read, or two folders give one name
     */
    public static List<String> discover(Path root) {
        List<String> out = new ArrayList<>();
        for (Found f : scan(root)) {
            if (f.error() != null) {
                throw f.error();
            }
            out.add(f.name());
        }
        return List.copyOf(out);
    }

    /**
     * One corpus found by {@link #scan}: its name, or the error that keeps it from being named or
     * loaded (a broken manifest or descriptor, a name used by two folders).
     *
     * @param name   corpus name (for an error: the folder name)
     * @param folder where it was found
     * @param error  null when the corpus can be loaded by name
     */
    public record Found(String name, Path folder, DataFormatException error) {
    }

    /** Every corpus under {@code root}, in {@link #discover} order, with per-folder errors instead of one failure. */
    public static List<Found> scan(Path root) {
        List<Found> out = new ArrayList<>();
        BUILT_IN.forEach((name, folder) -> {
            if (Files.isDirectory(root.resolve(folder))) {
                out.add(new Found(name, root.resolve(folder), null));
            }
        });
        List<Path> candidates = new ArrayList<>();
        if (InterchangeFormat.isCorpus(root)) {
            candidates.add(root);
        }
        candidates.addAll(subfolders(root));
        for (Path d : candidates) {
            try {
                String name = InterchangeFormat.isCorpus(d) ? InterchangeFormat.corpusName(d)
                        : Files.isRegularFile(d.resolve(DESCRIPTOR)) ? ColumnTextDescriptor.read(d.resolve(DESCRIPTOR)).name() : null;
                if (name == null) {
                    continue;
                }
                Found same = out.stream().filter(f -> f.name().equals(name) && f.error() == null).findFirst().orElse(null);
                if (same != null) {
                    out.remove(same);
                    out.add(new Found(name, d, new DataFormatException(d, 0, "corpus name " + StrictNumbers.quote(name)
                            + " is also used by " + same.folder() + ": rename one")));
                } else {
                    out.add(new Found(name, d, null));
                }
            } catch (DataFormatException e) {
                out.add(new Found(String.valueOf(d.getFileName()), d, e));
            }
        }
        return List.copyOf(out);
    }

    private static List<Path> subfolders(Path root) {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new DataFormatException(root, 0, "cannot list the data folder (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Loads one corpus with {@link LoadOptions#defaults()}. */
    public static Corpus load(Path root, String name) {
        return loadWithReport(root, name, LoadOptions.defaults()).corpus();
    }

    /** Loads one corpus with options. */
    public static Corpus load(Path root, String name, LoadOptions options) {
        return loadWithReport(root, name, options).corpus();
    }

    /**
     * Loads one corpus and the notes a user must see (exclusions, clock repairs, nominal rates).
     *
     * @throws IllegalArgumentException when no corpus of that name is under {@code root}
     * @throws DataFormatException      when a file of the corpus is bad (the whole corpus fails)
     */
    public static LoadedCorpus loadWithReport(Path root, String name, LoadOptions options) {
        List<Found> found = scan(root);
        for (Found f : found) {
            if (f.error() != null && f.name().equals(name)) { // a name used twice, or the named folder's own broken file
                throw f.error();
            }
        }
        for (Found f : found) {
            if (f.error() != null || !f.name().equals(name)) {
                continue;
            }
            if (BUILT_IN.containsKey(name) && f.folder().equals(root.resolve(BUILT_IN.get(name)))) {
                return switch (name) {
                    case "svc2004-task1", "svc2004-task2" ->
                            ColumnTextDescriptor.builtIn(name + ".json").loadWithReport(root, options);
                    case LeapAirSigReader.NAME -> LeapAirSigReader.load(f.folder(), options);
                    case LeapGesturesReader.NAME -> LeapGesturesReader.load(f.folder(), options);
                    default -> AirWritingDigitsReader.load(f.folder(), options);
                };
            }
            if (InterchangeFormat.isCorpus(f.folder())) {
                return new LoadedCorpus(InterchangeFormat.read(f.folder()), List.of());
            }
            return ColumnTextDescriptor.read(f.folder().resolve(DESCRIPTOR)).loadWithReport(f.folder(), options);
        }
        throw new IllegalArgumentException("no corpus " + StrictNumbers.quote(name) + " under " + root + " (found: "
                + String.join(", ", found.stream().filter(f -> f.error() == null).map(Found::name).toList()) + ")");
    }
}
