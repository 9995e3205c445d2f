package org.modalis.cli;

import java.io.PrintWriter;
import org.modalis.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code modalis} command. User mistakes (a {@link UserInputException}, a bad option) print one clear
 * message and exit with status 2; only defects print a stack trace.
 */
@Command(name = "modalis", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Physics-based medical imaging simulator: acquire images of numerical phantoms as a scanner does.",
        subcommands = {RunCommand.class, ListCommand.class, ReconstructCommand.class, VoxelizeCommand.class, ViewCommand.class,
                SweepCommand.class,
                ExerciseCommand.class,
                DrillCommand.class,
                DoseLogCommand.class,
                BenchCommand.class, BlochCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for a user mistake (bad scenario, option, file). */
    public static final int USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit status (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof UserInputException u) {
                line.getErr().println("modalis: error: " + u.describe());
                return USER_ERROR;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("modalis: error: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            return USER_ERROR;
        });
        return cl;
    }
}
