package org.activationlab.cli;

import picocli.CommandLine;

/**
 * Turns every bad input into one line on stderr and exit status 2, and every failure while
 * running into one line and exit status 1: no stack traces for users.
 */
final class CliErrors {
    private CliErrors() {
    }

    /** A value that parsed but makes no sense (unknown name, bad range): exit 2 with this message. */
    static CommandLine.ParameterException bad(CommandLine cl, String message) {
        return new CommandLine.ParameterException(cl, message);
    }

    static final class ParameterHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            String msg = ex.getMessage();
            cl.getErr().println(qualifiedName(cl) + ": " + firstLine(msg));
            cl.getErr().flush();
            return 2;
        }
    }

    static final class ExecutionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
            if (ex instanceof IllegalArgumentException) {
                cl.getErr().println(qualifiedName(cl) + ": " + firstLine(ex.getMessage()));
                cl.getErr().flush();
                return 2;
            }
            cl.getErr().println(qualifiedName(cl) + ": failed: "
                    + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage())));
            cl.getErr().flush();
            return 1;
        }
    }

    private static String qualifiedName(CommandLine cl) {
        String name = cl.getCommandName();
        return "activation-lab".equals(name) ? name : "activation-lab " + name;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
