package org.sigbench.bench.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code sigbench jmh [JMH options] [benchmark regex]}: runs the JMH benchmarks packaged in the
 * CLI jar (package {@code org.sigbench.bench.jmh}); every argument goes to JMH unchanged, so
 * {@code sigbench jmh -h} lists JMH's own options.
 */
@Command(name = "jmh", description = "Run the JMH throughput benchmarks (arguments go to JMH; -h for its help).")
public final class JmhCommand implements java.util.concurrent.Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(args.toArray(String[]::new));
        return 0;
    }
}
