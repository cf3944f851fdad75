package org.activationlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.core.activation.ActivationKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code activation-lab functions}: the catalogue as an aligned table, one line per function with
 * its CLI name, parameter, default and allowed range, so a user knows what {@code eval} accepts.
 */
@Command(name = "functions",
        mixinStandardHelpOptions = true,
        versionProvider = ActivationLabCommand.VersionProvider.class,
        description = "List every activation function with its parameter, default and allowed range.")
public final class FunctionsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (String line : table()) {
            out.println(line);
        }
        out.println();
        out.println("selu has no adjustable parameter: alpha = " + ActivationKind.SELU_ALPHA_DIGITS
                + " and lambda = " + ActivationKind.SELU_LAMBDA_DIGITS + " are fixed (Klambauer et al. 2017).");
        out.println("Ranges are closed intervals. Evaluate with: activation-lab eval NAME [--alpha A] --x X1,X2,...");
        out.flush();
    }

    /** The table's lines, header first, columns padded to the widest cell. */
    static List<String> table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "PARAMETER", "DEFAULT", "RANGE"});
        for (ActivationKind k : ActivationKind.values()) {
            rows.add(k.parameter()
                    .map(p -> new String[] {k.cliName(), p.name(), Double.toString(p.defaultValue()),
                            "[" + p.min() + ", " + p.max() + "]"})
                    .orElseGet(() -> new String[] {k.cliName(), "-", "-", "-"}));
        }
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                sb.append(r[c]);
                if (c < r.length - 1) {
                    sb.append(" ".repeat(width[c] - r[c].length() + 2));
                }
            }
            lines.add(sb.toString());
        }
        return lines;
    }
}
