package org.activationlab.app.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard-shortcut list, drawn over the current screen (F1 toggles, Esc or a click closes). */
public final class HelpOverlay extends StackPane {
    private final Supplier<List<Shortcut>> shortcuts;
    private final GridPane grid = new GridPane();

    public HelpOverlay(Supplier<List<Shortcut>> shortcuts) {
        this.shortcuts = shortcuts;
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        setVisible(false);
        setManaged(false);
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("title-3");
        grid.setHgap(24);
        grid.setVgap(8);
        VBox card = new VBox(16, title, grid);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(24));
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> hide());
    }

    public boolean isShowing() {
        return isVisible();
    }

    public void toggle() {
        if (isShowing()) {
            hide();
        } else {
            show();
        }
    }

    public void show() {
        grid.getChildren().clear();
        int row = 0;
        for (Shortcut s : shortcuts.get()) {
            Label k = new Label(s.keys());
            k.getStyleClass().add("shortcut-key");
            grid.addRow(row++, k, new Label(s.description()));
        }
        setManaged(true);
        setVisible(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }
}
