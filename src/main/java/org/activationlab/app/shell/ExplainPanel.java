package org.activationlab.app.shell;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "What am I looking at?" side panel: the current screen's explanation (F2 toggles). */
public final class ExplainPanel extends BorderPane {
    private final VBox text = new VBox(10);

    public ExplainPanel() {
        setId("explain-panel");
        getStyleClass().add("explain-panel");
        Label title = new Label("What am I looking at?");
        title.getStyleClass().add("explain-title");
        Button close = new Button("✕");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> hide());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, close);
        head.setPadding(new Insets(10, 10, 6, 14));
        setTop(head);
        text.setPadding(new Insets(4, 14, 14, 14));
        ScrollPane sp = new ScrollPane(text);
        sp.setFitToWidth(true);
        sp.getStyleClass().add("edge-to-edge");
        setCenter(sp);
        setPrefWidth(340);
        setMinWidth(260);
        hide();
    }

    /** Shows the explanation of {@code screen} (or a note that it has none). */
    public void setScreen(Screen screen) {
        text.getChildren().clear();
        String s = screen instanceof Explainable e ? e.explanation()
                : "This screen has no explanation yet.";
        for (String para : s.split("\\n\\s*\\n")) {
            Label l = new Label(para.strip());
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            text.getChildren().add(l);
        }
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
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    /** The text currently shown (for tests). */
    public String shownText() {
        StringBuilder sb = new StringBuilder();
        text.getChildren().forEach(n -> sb.append(((Label) n).getText()).append("\n\n"));
        return sb.toString().strip();
    }
}
