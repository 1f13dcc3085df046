package org.sigbench.bench.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The fingerprint of the code a cell's result depends on: per sigbench module, a SHA-256 over the
 * bytes of its compiled classes and resources. Procedure: find where the module's classes were
 * loaded from (the code source of one of its classes: a {@code target/classes} folder in the tests,
 * the shaded {@code bench/target/sigbench.jar} of {@code ./sigbench}, or a module jar on the Spark
 * class path); take every file entry whose name starts with the module's package folder
 * ({@code org/sigbench/datasets/}, ...), minus the module's excluded sub-folders; sort the names;
 * hash each name, its size and its bytes in that order. The package prefix separates the modules
 * inside the fat jar, and the same bytes give the same fingerprint from a jar or a folder. Computed
 * once per module and JVM. When the location cannot be read (no code source, a nested jar), the
 * fingerprint is a random one of this JVM, so nothing stored is reused rather than stale results.
 */
public final class CodeFingerprint {
    /**
     * A sigbench module whose code a cell can depend on.
     *
     * @param name     short name, used in cell contexts ({@code code.<name>}) and provenance
     * @param prefix   its package folder in a jar or classes folder
     * @param excluded sub-folders of {@code prefix} left out (code no cell computes through)
     * @param anchor   a class of the module, to find where the module was loaded from
     */
    public record Module(String name, String prefix, List<String> excluded, Class<?> anchor) {
        public Module {
            excluded = List.copyOf(excluded);
        }
    }

    /** The data model and readers. */
    public static final Module DATASETS = new Module("datasets", "org/sigbench/datasets/", List.of(),
            org.sigbench.datasets.Corpus.class);
    /** The verifiers, protocols and metrics. */
    public static final Module VERIFY = new Module("verify", "org/sigbench/verify/", List.of(),
            org.sigbench.verify.verifier.Verifiers.class);
    /** The synthesis, extraction and calibration. */
    public static final Module SYNTH = new Module("synth", "org/sigbench/synth/", List.of(),
            org.sigbench.synth.corpus.CorpusGenerator.class);
    /**
     * bench's own computing code (studies, back-end adapters, realism tests, runner, suites, data
     * access, scale tiles, JMH benchmarks), without the command line ({@code cli/}), the report
     * builder ({@code report/}: reports are rebuilt from the stored cells on every run), the
     * perception test ({@code perceive/}) and the figures ({@code figures/}).
     */
    public static final Module BENCH = new Module("bench", "org/sigbench/bench/",
            List.of("cli/", "report/", "perceive/", "figures/"), CodeFingerprint.class);
    /** Every module, in dependency order. */
    public static final List<Module> ALL = List.of(DATASETS, VERIFY, SYNTH, BENCH);

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> WHERE = new ConcurrentHashMap<>();

    private CodeFingerprint() {
    }

    /** The fingerprint (hex SHA-256) of a module's code in this JVM, computed on first use. */
    public static String of(Module m) {
        return CACHE.computeIfAbsent(m.name(), n -> compute(m));
    }

    /** One line per module for a report's provenance: name, fingerprint (16 hex digits) and where it was read. */
    public static List<String> describe(List<Module> modules) {
        List<String> out = new ArrayList<>();
        for (Module m : modules) {
            String fp = of(m);
            out.add(m.name() + ": " + fp.substring(0, Math.min(16, fp.length())) + " ("
                    + WHERE.getOrDefault(m.name(), "?") + ")");
        }
        return out;
    }

    private static String compute(Module m) {
        Path location = location(m.anchor());
        if (location == null) {
            WHERE.put(m.name(), "location unknown: a new fingerprint every run");
            return "unknown-" + UUID.randomUUID();
        }
        WHERE.put(m.name(), location.getFileName() == null ? location.toString()
                : location.getParent() == null ? location.getFileName().toString()
                : location.getParent().getFileName() + "/" + location.getFileName());
        return of(location, m.prefix(), m.excluded());
    }

    private static Path location(Class<?> anchor) {
        CodeSource cs = anchor.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null || !"file".equals(cs.getLocation().getProtocol())) {
            return null;
        }
        try {
            Path p = Path.of(cs.getLocation().toURI());
            return Files.isDirectory(p) || Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The fingerprint of the entries under {@code prefix} (minus {@code excluded} sub-folders) of a
     * classes folder or a jar: SHA-256 over each entry's name, size and bytes, in name order.
     *
     * @throws UncheckedIOException when the folder or jar cannot be read
     */
    public static String of(Path location, String prefix, List<String> excluded) {
        MessageDigest md = sha256();
        try {
            if (Files.isDirectory(location)) {
                Map<String, Path> files = new TreeMap<>();
                Path top = location.resolve(prefix);
                if (Files.isDirectory(top)) {
                    try (Stream<Path> s = Files.walk(top)) {
                        s.filter(Files::isRegularFile).forEach(f -> {
                            String name = location.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                            if (included(name, prefix, excluded)) {
                                files.put(name, f);
                            }
                        });
                    }
                }
                for (var e : files.entrySet()) {
                    add(md, e.getKey(), Files.readAllBytes(e.getValue()));
                }
            } else {
                try (ZipFile zip = new ZipFile(location.toFile())) {
                    Map<String, ZipEntry> entries = new TreeMap<>();
                    zip.stream().filter(e -> !e.isDirectory() && included(e.getName(), prefix, excluded))
                            .forEach(e -> entries.put(e.getName(), e));
                    for (var e : entries.entrySet()) {
                        try (InputStream in = zip.getInputStream(e.getValue())) {
                            add(md, e.getKey(), in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code at " + location + " to fingerprint it", e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static boolean included(String name, String prefix, List<String> excluded) {
        if (!name.startsWith(prefix)) {
            return false;
        }
        String rest = name.substring(prefix.length());
        return excluded.stream().noneMatch(rest::startsWith);
    }

    private static void add(MessageDigest md, String name, byte[] bytes) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
