package org.equalify.eqpdf.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eqpdf}: the command-line front of the converter. A thin user of the library API. */
@Command(name = "eqpdf", mixinStandardHelpOptions = true, version = "eqpdf 0.1.0",
        description = "Turns PDF course materials into accessible HTML (WCAG 2.1 AA) and Markdown.",
        subcommands = {ConvertCommand.class, SampleCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 some input failed, 2 usage error.",
                "Run 'eqpdf help COMMAND' for a command's options."})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("eqpdf: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
