package org.sigbench.bench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sigbench plot <kind>}: figures. Each kind is a subcommand in its own class. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Draw figures (PNG): synthetic beside real samples, reconstructions, ...",
        subcommands = {PlotCompareCommand.class, PlotExtractCommand.class})
public final class PlotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
