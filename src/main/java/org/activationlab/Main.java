package org.activationlab;

import org.activationlab.cli.ActivationLabCommand;

/**
 * The one entry point of the launcher. With no arguments it opens the window; with a subcommand
 * or an option ({@code --version}, {@code --help}) it runs the command line and never touches
 * JavaFX, so every subcommand works without a display.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}: if it did,
 * the Java launcher would start the toolkit before {@code main} runs and the CLI would fail on a
 * machine without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.activationlab.app.ActivationLabApp.launchApp(args);
            return;
        }
        if ("--self-test".equals(args[0])) {
            System.exit(SelfTestLauncher.run(args));
        }
        int code = ActivationLabCommand.execute(args);
        System.exit(code);
    }
}
