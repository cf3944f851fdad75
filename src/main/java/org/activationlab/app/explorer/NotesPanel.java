package org.activationlab.app.explorer;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.activationlab.core.activation.ActivationKind;

/** Strengths and weaknesses of the selected function, in plain words. */
final class NotesPanel extends VBox {
    private final Label strengths = body();
    private final Label weaknesses = body();

    NotesPanel() {
        super(4);
        getStyleClass().add("explorer-notes");
        setPadding(new Insets(10, 12, 10, 12));
        Label s = new Label("Strengths");
        s.getStyleClass().addAll("explorer-heading", "explorer-strengths");
        Label w = new Label("Weaknesses");
        w.getStyleClass().addAll("explorer-heading", "explorer-weaknesses");
        getChildren().addAll(s, strengths, w, weaknesses);
        strengths.setId("explorer-strengths");
        weaknesses.setId("explorer-weaknesses");
    }

    void show(ActivationKind k) {
        FunctionNotes n = FunctionNotes.of(k);
        strengths.setText(n.strengths());
        weaknesses.setText(n.weaknesses());
    }

    private static Label body() {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add("explorer-body");
        return l;
    }
}
