package org.sigbench.datasets.io;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Names of every corpus under {@code root}: built-in ones present first, then interchange and descriptor corpora by folder name. */
    public static List<String> discover(Path root) {
        List<String> out = new ArrayList<>();
        BUILT_IN.forEach((name, folder) -> {
            if (Files.isDirectory(root.resolve(folder))) {
                out.add(name);
            }
        });
        if (InterchangeFormat.isCorpus(root)) {
            add(out, InterchangeFormat.corpusName(root));
        }
        for (Path d : subfolders(root)) {
            if (InterchangeFormat.isCorpus(d)) {
                add(out, InterchangeFormat.corpusName(d));
            } else if (Files.isRegularFile(d.resolve(DESCRIPTOR))) {
                add(out, ColumnTextDescriptor.read(d.resolve(DESCRIPTOR)).name());
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<String> out, String name) {
        if (!out.contains(name)) {
            out.add(name);
        }
    }

    private static List<Path> subfolders(Path root) {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
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
        String folder = BUILT_IN.get(name);
        if (folder != null && Files.isDirectory(root.resolve(folder))) {
            return switch (name) {
                case "svc2004-task1", "svc2004-task2" ->
                        ColumnTextDescriptor.builtIn(name + ".json").loadWithReport(root, options);
                case LeapAirSigReader.NAME -> LeapAirSigReader.load(root.resolve(folder), options);
                case LeapGesturesReader.NAME -> LeapGesturesReader.load(root.resolve(folder), options);
                default -> AirWritingDigitsReader.load(root.resolve(folder), options);
            };
        }
        if (InterchangeFormat.isCorpus(root) && InterchangeFormat.corpusName(root).equals(name)) {
            return new LoadedCorpus(InterchangeFormat.read(root), List.of());
        }
        Path direct = root.resolve(name);
        if (InterchangeFormat.isCorpus(direct) && InterchangeFormat.corpusName(direct).equals(name)) {
            return new LoadedCorpus(InterchangeFormat.read(direct), List.of());
        }
        for (Path d : subfolders(root)) {
            if (InterchangeFormat.isCorpus(d)) {
                if (InterchangeFormat.corpusName(d).equals(name)) {
                    return new LoadedCorpus(InterchangeFormat.read(d), List.of());
                }
            } else if (Files.isRegularFile(d.resolve(DESCRIPTOR))) {
                ColumnTextDescriptor desc = ColumnTextDescriptor.read(d.resolve(DESCRIPTOR));
                if (desc.name().equals(name)) {
                    return desc.loadWithReport(d, options);
                }
            }
        }
        throw new IllegalArgumentException("no corpus '" + name + "' under " + root + " (found: "
                + String.join(", ", discover(root)) + ")");
    }
}
