package org.sigbench.datasets.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rule, enforced: no main source file of any module outside
 * {@code org/sigbench/datasets/random} names {@code RandomSource} or a JDK generator in code
 * (comments do not count). Scans {@code ../<module>/src/main/java} from this module's folder.
 */
class NoDirectGeneratorsTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\bRandomSource\\b|\\bjava\\.util\\.Random\\b|\\bnew\\s+Random\\s*\\(|\\bThreadLocalRandom\\b"
                    + "|\\bSplittableRandom\\b|\\bMath\\.random\\s*\\(");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Path ALLOWED = Path.of("org", "sigbench", "datasets", "random");

    @Test
    void onlyStreamsCreatesGenerators() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sourceRoots = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml")))
                    .map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .forEach(sourceRoots::add);
        }
        List<String> names = sourceRoots.stream().map(p -> root.relativize(p).getName(0).toString()).toList();
        assertTrue(names.containsAll(List.of("datasets", "synth", "verify", "bench")), "scan found modules " + names
                + " under " + root + "; run from a module folder of the reactor");
        List<String> bad = new ArrayList<>();
        int scanned = 0;
        boolean sawStreams = false;
        for (Path src : sourceRoots) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(src)) {
                files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            for (Path f : files) {
                Path rel = src.relativize(f);
                scanned++;
                if (rel.startsWith(ALLOWED)) {
                    sawStreams |= rel.getFileName().toString().equals("Streams.java");
                    continue;
                }
                String code = COMMENTS.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
                Matcher m = FORBIDDEN.matcher(code);
                if (m.find()) {
                    bad.add(root.relativize(f) + ": " + m.group());
                }
            }
        }
        assertTrue(sawStreams, "the scan did not see datasets/random/Streams.java");
        assertTrue(scanned > 50, "only " + scanned + " files scanned");
        assertEquals(List.of(), bad, "create generators with org.sigbench.datasets.random.Streams instead");
    }
}
