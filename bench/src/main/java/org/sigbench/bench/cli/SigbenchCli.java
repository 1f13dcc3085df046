package org.sigbench.bench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./sigbench}. Each subcommand lives in its own class in this package and
 * is listed in {@code subcommands} below.
 */
@Command(name = "sigbench", mixinStandardHelpOptions = true, version = "sigbench 0.1.0",
        description = "Benchmark harness for synthetic versus real signatures.",
        subcommands = {CommandLine.HelpCommand.class, DatasetsCommand.class, SynthCommand.class,
                ExtractCommand.class, VerifyCommand.class, BenchCommand.class, ScaleCommand.class, PlotCommand.class, JmhCommand.class,
                org.sigbench.bench.perceive.PerceiveCommand.class})
public final class SigbenchCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the CLI and exits with its status; bad input gives a one-line error and status 2 or 1. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI without exiting (for tests). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new SigbenchCli());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("sigbench " + commandLine.getCommandName() + ": error: " + ErrorMessages.of(ex));
            if (System.getenv("SIGBENCH_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl.execute(args);
    }
}
