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

    /** File extensions the installers associate with the app (see assets/packaging). */
    static final java.util.List<String> DOCUMENT_EXTENSIONS = java.util.List.of(".alsession", ".almodel");

    /** One argument naming an existing session or model file: the desktop asked us to open it. */
    static boolean isDocument(String[] args) {
        if (args.length != 1) {
            return false;
        }
        String a = args[0].toLowerCase(java.util.Locale.ROOT);
        return DOCUMENT_EXTENSIONS.stream().anyMatch(a::endsWith) && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }

    public static void main(String[] args) {
        StartupClock.mark("main");
        java.util.Optional<Integer> child = VectorRelauncher.relaunchIfUseful(args);
        if (child.isPresent()) {
            System.exit(child.get());
        }
        if (args.length == 0 || isDocument(args)) {
            // no arguments, or a saved file opened from the desktop (file association): the window
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
