package org.activationlab.app.training;

import java.util.Locale;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.activationlab.app.control.Palette;

/**
 * A run in the run list: its colour, name, status and latest test accuracy. The list asks its
 * shown cells to {@link #reread()} when a run's status or epoch count changes; a cell keeps its
 * swatch and tooltip and sets a text only when it changed, so an update costs no new nodes and
 * no CSS pass (a {@code ListView.refresh()} would re-create every cell).
 */
final class RunCell extends ListCell<Run> {
    private final Rectangle swatch = new Rectangle(14, 14);
    private final Tooltip tip = new Tooltip();

    RunCell() {
        swatch.setStroke(Color.gray(0.3));
    }

    @Override
    protected void updateItem(Run r, boolean empty) {
        super.updateItem(r, empty);
        if (empty || r == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        show(r);
    }

    /** Shows the run's latest state again (its status or epochs changed). */
    void reread() {
        Run r = getItem();
        if (r != null && !isEmpty()) {
            show(r);
        }
    }

    private void show(Run r) {
        swatch.setFill(Palette.color(r.colorIndex()));
        if (getGraphic() != swatch) {
            setGraphic(swatch);
        }
        set(text(r), getText(), this::setText);
        set(r.setupText() + "\n" + r.message(), tip.getText(), tip::setText);
        if (getTooltip() != tip) {
            setTooltip(tip);
        }
    }

    private static void set(String now, String was, java.util.function.Consumer<String> setter) {
        if (!now.equals(was)) {
            setter.accept(now);
        }
    }

    static String text(Run r) {
        var last = r.epochs().stream().filter(e -> e.epoch() > 0).reduce((a, b) -> b);
        String acc = last.map(e -> String.format(Locale.ROOT, " · test %.1f%%", e.testAccuracy() * 100)).orElse("");
        String st = r.status() == Run.Status.COMPLETED ? "" : " · " + r.status().name().toLowerCase(Locale.ROOT);
        return r.label() + (r.isLoaded() ? " (loaded)" : "") + st + acc;
    }
}
