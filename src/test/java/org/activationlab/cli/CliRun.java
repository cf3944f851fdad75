package org.activationlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = ActivationLabCommand.create(o, e).execute(args);
        }
        return new CliRun(code, out.toString(), err.toString());
    }

    String[] outLines() {
        return out.split("\\R");
    }
}
