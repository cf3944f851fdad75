package org.activationlab.app.explorer;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationlab.app.control.NiceTicks;

/**
 * The derivative check: analytic f′(x) against a central difference at the crosshair's x (or a
 * typed x), with absolute and relative error.
 */
final class CheckPanel extends VBox {
    private final ExplorerViewModel vm;
    private final TextField xField = new TextField();
    private final Label message = new Label();
    private final Label analytic = value("check-analytic");
    private final Label numeric = value("check-numeric");
    private final Label abs = value("check-abs");
    private final Label rel = value("check-rel");
    private final Label note = new Label();

    CheckPanel(ExplorerViewModel vm) {
        super(6);
        this.vm = vm;
        getStyleClass().add("explorer-check");
        Label title = new Label("Derivative check");
        title.getStyleClass().add("explorer-heading");
        xField.setId("check-x");
        xField.setPrefColumnCount(7);
        xField.setTooltip(Tips.of("x at which to compare f′(x) with the central difference (f(x+h) − f(x−h)) / 2h; or point at the plot"));
        xField.setOnAction(e -> takeX());
        xField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                takeX();
            }
        });
        HBox xRow = new HBox(8, new Label("at x ="), xField);
        xRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(3);
        g.addRow(0, new Label("analytic f′(x)"), analytic);
        g.addRow(1, new Label("central diff."), numeric);
        g.addRow(2, new Label("absolute error"), abs);
        g.addRow(3, new Label("relative error"), rel);
        message.getStyleClass().add("explorer-error");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        note.setWrapText(true);
        note.getStyleClass().add("explorer-caption");
        getChildren().addAll(title, xRow, message, g, note);
        vm.checkProperty().addListener(o -> show());
        show();
    }

    private void takeX() {
        String t = xField.getText().trim().replace('\u2212', '-');
        try {
            double x = Double.parseDouble(t);
            if (!Double.isFinite(x) || t.matches("(?i).*[a-df-z].*")) {
                throw new NumberFormatException(t);
            }
            message.setText("");
            vm.checkXProperty().set(x);
        } catch (NumberFormatException e) {
            message.setText("Type a number for x, e.g. 1.5.");
        }
    }

    private void show() {
        DerivativeCheck c = vm.checkProperty().get();
        if (!xField.isFocused()) {
            xField.setText(NiceTicks.formatValue(c.x(), 6));
        }
        analytic.setText(NiceTicks.formatValue(c.analytic(), 12));
        numeric.setText(NiceTicks.formatValue(c.numeric(), 12));
        abs.setText(NiceTicks.formatValue(c.absError(), 2));
        rel.setText(NiceTicks.formatValue(c.relError(), 2));
        note.setText(c.atKink()
                ? "x sits on the kink at 0: the difference averages the two one-sided slopes, so it cannot match. "
                  + "The app uses the x ≤ 0 slope there."
                : "Central difference (f(x+h) − f(x−h)) / 2h with h = " + NiceTicks.formatValue(c.h(), 2)
                  + ". Point at the plot to check another x.");
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("explorer-number");
        return l;
    }
}
