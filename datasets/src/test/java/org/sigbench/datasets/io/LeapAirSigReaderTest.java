package org.sigbench.datasets.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** The {@link CorpusReaderContract} for the Leap in-air signatures (gzip CSV, clock from frame ids at 105 Hz). */
class LeapAirSigReaderTest extends CorpusReaderContract {
    @Override
    String corpus() {
        return LeapAirSigReader.NAME;
    }

    /** The fixtures are plain CSV so they can be read; the corpus stores them gzipped. */
    @Override
    void prepare(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root.resolve("leap-airsig"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p.resolveSibling(p.getFileName() + ".gz")))) {
                    out.write(Files.readAllBytes(p));
                }
                Files.delete(p);
            }
        }
    }

    @Override
    Path breakOneFile(Path root) throws IOException {
        Path f = root.resolve("leap-airsig/Signatures/bob/updated_2.csv.gz");
        Files.write(f, new byte[] {0x1f, (byte) 0x8b, 8}); // a gzip header cut short
        return f;
    }
}
