package org.activationlab.cli;

import java.io.PrintWriter;
import org.activationlab.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line. Each subcommand is its own class in this package.
 *
 * <p>Exit codes: 0 success, 1 a failure while running, 2 bad input (picocli's usage error code,
 * also used by subcommands for values that parse but make no sense).
 */
@Command(name = "activation-lab",
        mixinStandardHelpOptions = true,
        versionProvider = ActivationLabCommand.VersionProvider.class,
        description = {"Activation Lab: activation functions, gradient flow and real training, made visible.",
                "Run without arguments to open the app; give a subcommand to use the command line.",
                "",
                "  --self-test [DIR]   render every screen offscreen to PNGs in DIR and check none is blank",
                ""},
        subcommands = {
                CommandLine.HelpCommand.class,
                FunctionsCommand.class,
                EvalCommand.class,
                DownloadCommand.class,
                ChainCommand.class,
                SignalCommand.class,
                ApproxCommand.class,
                TrainCommand.class,
                BenchCommand.class,
        })
public final class ActivationLabCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with our error handling (one clear line on stderr, exit 2). */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ActivationLabCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new CliErrors.ParameterHandler());
        cl.setExecutionExceptionHandler(new CliErrors.ExecutionHandler());
        return cl;
    }

    /** Runs the command line on the process's stdout and stderr and returns the exit code. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = create(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Supplies {@code --version}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"activation-lab " + Version.get(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
