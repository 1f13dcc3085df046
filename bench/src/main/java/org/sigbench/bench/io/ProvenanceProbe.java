package org.sigbench.bench.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Facts about the environment for the provenance section; tolerant of a missing git. */
public final class ProvenanceProbe {
    private ProvenanceProbe() {
    }

    /** The commit of the working tree at {@code dir} ({@code -dirty} when files outside {@code reports/} changed), or "unknown (no git)". */
    public static String gitCommit(Path dir) {
        String head = run(dir, "git", "rev-parse", "HEAD");
        if (head == null || head.isBlank()) {
            return "unknown (no git)";
        }
        String status = run(dir, "git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)reports");
        return head.strip() + (status != null && !status.isBlank() ? "-dirty" : "");
    }

    private static String run(Path dir, String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** JVM vendor, version and name. */
    public static String jvm() {
        return System.getProperty("java.vm.vendor") + " " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
    }

    public static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }
}
