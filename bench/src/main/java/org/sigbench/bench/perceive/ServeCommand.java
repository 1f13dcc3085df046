package org.sigbench.bench.perceive;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sigbench perceive serve}: serves a test until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a test's page to participants' browsers and record their answers in the test folder "
                + "(answers.db, SQLite). Stop with Ctrl-C; restarting resumes every participant.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--test", required = true, paramLabel = "DIR", description = "Test folder (from perceive prepare).")
    Path test;

    @Option(names = "--port", defaultValue = "8080", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; e.g. 0.0.0.0 to let "
                    + "the lab network in).")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be in 0..65535, got " + port);
        }
        try {
            if (!InetAddress.getByName(bind).isLoopbackAddress()) {
                System.err.println("perceive serve: warning: listening on " + bind + ": anyone who can reach this "
                        + "machine can open the test and post answers");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + ": not an address of this machine");
        }
        TestFolder t = TestFolder.read(test);
        PerceiveServer s = PerceiveServer.start(t, bind, port);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.close();
            stop.countDown();
        }));
        System.out.println("perceive serve: " + t.manifest().trials().size() + " trials of " + test + " at http://"
                + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + s.port() + "/");
        System.out.flush();
        stop.await();
        return 0;
    }
}
