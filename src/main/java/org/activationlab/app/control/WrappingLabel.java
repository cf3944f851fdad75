package org.activationlab.app.control;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * A label that wraps its text and is always tall enough for all of it (never cut off with "…"),
 * measuring its height for a given width only when something that decides it has changed.
 *
 * <p>Why: a plain wrapping label lays its whole text out again every time its container asks
 * for its height, and a container asks on every layout pass, even when only a neighbour changed.
 * On the gradient-chain screen a drag changes a few numbers 60 times a second, so each frame
 * re-measured every paragraph on the screen: about a tenth of the frame's work and a quarter of
 * its garbage. The height depends only on the text, the width offered, the font, the insets, the
 * line spacing, the graphic and the text's padding, so it is kept per those and measured again
 * when any of them differs.
 */
public class WrappingLabel extends Label {
    private String text;
    private double width = Double.NaN;
    private Font font;
    private Insets insets;
    private Insets labelPadding;
    private double lineSpacing;
    private double height;

    public WrappingLabel() {
        this("");
    }

    public WrappingLabel(String text) {
        super(text);
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double forWidth) {
        if (getGraphic() != null || !same(forWidth)) { // a graphic's own size may change unseen: always measure then
            height = super.computePrefHeight(forWidth);
            text = getText();
            width = forWidth;
            font = getFont();
            insets = getInsets();
            labelPadding = getLabelPadding();
            lineSpacing = getLineSpacing();
        }
        return height;
    }

    private boolean same(double forWidth) {
        return Double.compare(forWidth, width) == 0 && Objects.equals(text, getText()) && Objects.equals(font, getFont())
                && Objects.equals(insets, getInsets()) && Objects.equals(labelPadding, getLabelPadding())
                && lineSpacing == getLineSpacing() && isWrapText();
    }
}
