package org.activationlab.app.chain;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A labelled text field that applies its value on Enter or when it loses focus. A refused value
 * (the command threw IllegalArgumentException) shows the reason in red below the field and the
 * model keeps its old value; the next good value clears the message.
 */
final class Field extends VBox {
    final TextField input = new TextField();
    final Label error = new Label();
    private final Supplier<String> current;
    private final Consumer<String> apply;

    Field(String id, String label, String tip, Supplier<String> current, Consumer<String> apply) {
        super(2);
        this.current = current;
        this.apply = apply;
        input.setId(id);
        error.setId(id + "-error");
        error.getStyleClass().add("chain-error");
        error.setWrapText(true);
        hideError();
        Label l = new Label(label);
        l.setLabelFor(input);
        l.getStyleClass().add("chain-label");
        input.setTooltip(new Tooltip(tip));
        input.setOnAction(e -> commit());
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        getChildren().addAll(l, input, error);
        sync(true);
    }

    /** Applies the typed text. @return whether it was accepted */
    boolean commit() {
        String t = input.getText();
        if (t.equals(current.get())) {
            hideError();
            return true;
        }
        try {
            apply.accept(t);
            hideError();
            sync(true);
            return true;
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
            error.setManaged(true);
            return false;
        }
    }

    /** Shows the model's value, unless the user is typing here (force: even then). */
    void sync(boolean force) {
        if (force || !input.isFocused()) {
            String v = current.get();
            if (!v.equals(input.getText())) {
                input.setText(v);
            }
        }
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
    }

    void hideError() {
        error.setText("");
        error.setVisible(false);
        error.setManaged(false);
    }
}
