package org.sigbench.bench.perceive;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sigbench perceive prepare|serve|report}: the perception (Turing) test. */
@Command(name = "perceive", mixinStandardHelpOptions = true,
        description = "Perception test: can people tell real from synthetic movements? Prepare a test, serve it "
                + "to participants' browsers, report the rates.",
        subcommands = {PrepareCommand.class, ServeCommand.class, ReportCommand.class})
public final class PerceiveCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
