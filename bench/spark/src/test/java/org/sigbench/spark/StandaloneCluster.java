package org.sigbench.spark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A one-machine Spark standalone cluster for tests, on loopback only: a master and one worker
 * started from this JVM's class path (the project's own Spark jars), as the README shows by hand.
 * {@link #close()} stops both (the worker stops its executors).
 */
final class StandaloneCluster implements AutoCloseable {
    private final List<Process> processes = new ArrayList<>();
    private final int port;

    private StandaloneCluster(int port) {
        this.port = port;
    }

    /** Starts a master and a worker of {@code cores} cores; waits (at most 90 s) for the master's port. */
    static StandaloneCluster start(Path dir, int cores) throws IOException, InterruptedException {
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars")); // the worker's launcher wants SPARK_HOME/jars; the class path comes from us
        Files.createDirectories(dir.resolve("work"));
        StandaloneCluster c = new StandaloneCluster(freePort());
        try {
            c.launch(dir.resolve("master.log"), home, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                    Integer.toString(c.port), "--webui-port", Integer.toString(freePort()));
            c.awaitPort(90);
            c.launch(dir.resolve("worker.log"), home, "org.apache.spark.deploy.worker.Worker", c.master(), "--host",
                    "127.0.0.1", "--cores", Integer.toString(cores), "--memory", "3g", "--webui-port",
                    Integer.toString(freePort()), "--work-dir", dir.resolve("work").toString());
            return c;
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The master URL. */
    String master() {
        return "spark://127.0.0.1:" + port;
    }

    private void launch(Path log, Path home, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(pb.start());
    }

    private void awaitPort(int seconds) throws InterruptedException, IOException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IOException("a Spark process stopped at start (exit " + p.exitValue() + ")");
                }
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IOException("the Spark master did not open port " + port + " within " + seconds + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : processes.reversed()) {
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
