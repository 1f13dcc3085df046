package org.sigbench.bench.perceive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sigbench perceive serve} in a JVM of its own, so a test can kill it the hard way
 * (SIGKILL: no shutdown hook, no closing of the database).
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
    private final Process process;
    private final String url;

    ServerProcess(Path test, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.sigbench.bench.cli.SigbenchCli", "perceive", "serve", "--test", test.toString(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        String found = null;
        while (found == null && (line = out.readLine()) != null) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                found = m.group(1);
            }
        }
        if (found == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start; see " + log);
        }
        url = found;
    }

    String url() {
        return url;
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not die");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
