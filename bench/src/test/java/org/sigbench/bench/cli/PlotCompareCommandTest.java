package org.sigbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plot compare}: real samples beside synthetic ones, FS (two blocks) or DS and KS versions (three blocks). */
class PlotCompareCommandTest {
    @TempDir
    Path tmp;

    @Test
    void dsAndKsVersionsAreBlocksBesideTheRealSamplesSameSeedSameBytes() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, SigbenchCli.execute("synth", "--subjects", "2", "--genuine", "2", "--seed", "3", "--dims", "3",
                "--name", "tiny", "--out", data.resolve("tiny").toString()));
        Path a = tmp.resolve("a.png");
        Path b = tmp.resolve("b.png");
        String[] common = {"plot", "compare", "--data", data.toString(), "--corpus", "tiny", "--methods", "ds,ks",
                "--samples", "2", "--seed", "5", "--out"};
        assertEquals(0, SigbenchCli.execute(concat(common, a.toString())));
        assertEquals(0, SigbenchCli.execute(concat(common, b.toString())));
        BufferedImage img = ImageIO.read(a.toFile());
        // 3 blocks of 4 panels (x-y, x-z, y-z, speed) 300 px wide, 20 px between blocks; 2 rows of 230 px under a 40 px title
        assertEquals(3 * (4 * 300 + 20) - 20, img.getWidth());
        assertEquals(40 + 2 * 230, img.getHeight());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Path fs = tmp.resolve("fs.png");
        assertEquals(0, SigbenchCli.execute("plot", "compare", "--data", data.toString(), "--corpus", "tiny", "--samples",
                "2", "--out", fs.toString()));
        assertEquals(2 * (4 * 300 + 20) - 20, ImageIO.read(fs.toFile()).getWidth());
        assertNotEquals(0, SigbenchCli.execute("plot", "compare", "--data", data.toString(), "--corpus", "tiny",
                "--methods", "fs,ds", "--out", tmp.resolve("bad.png").toString()));
    }

    @Test
    void forgeryFigureNeedsSubjectsWithForgeriesAndSaysSo() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, SigbenchCli.execute("synth", "--subjects", "2", "--genuine", "3", "--forgeries", "0", "--seed", "3",
                "--name", "noforge", "--out", data.resolve("noforge").toString()));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        Path out = tmp.resolve("f.png");
        int status;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            status = SigbenchCli.execute("plot", "compare", "--data", data.toString(), "--corpus", "noforge", "--methods",
                    "forgery", "--out", out.toString());
        } finally {
            System.setErr(old);
        }
        assertNotEquals(0, status);
        org.junit.jupiter.api.Assertions.assertTrue(err.toString().contains("has no subject with both genuine samples and "
                + "skilled forgeries"), err.toString());
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(out));
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
