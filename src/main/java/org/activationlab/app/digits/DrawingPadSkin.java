package org.activationlab.app.digits;

import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import org.activationlab.core.digits.DigitPreprocessor;
import org.activationlab.core.digits.InkRaster;

/**
 * The pad (a square image of the drawing sheet, repainted once per pulse from the sheet's changed
 * rectangle; a hint shows while it is empty) above a bar with the Clear button and the 28×28 image
 * the network sees.
 */
final class DrawingPadSkin extends SkinBase<DrawingPad> {
    private static final double BORDER = 2;
    private final WritableImage sheet = new WritableImage(DrawingPad.RESOLUTION, DrawingPad.RESOLUTION);
    private final ImageView sheetView = new ImageView(sheet);
    private final StackPane pad = new StackPane(sheetView);
    private final Label emptyHint = new Label("draw a digit here\nright-click or Delete clears");
    private final WritableImage seen = new WritableImage(DigitPreprocessor.SIDE, DigitPreprocessor.SIDE);
    private final ImageView seenView = new ImageView(seen);
    private final Button clear = new Button("Clear");
    private final Label seenLabel = new Label("the network sees:");
    private final HBox bar;
    private final int[] rowBuffer = new int[DrawingPad.RESOLUTION * DrawingPad.RESOLUTION];
    private boolean sheetDirty = true;

    private final EventHandler<MouseEvent> onMouse = this::mouse;
    private final EventHandler<KeyEvent> onKey = this::key;

    DrawingPadSkin(DrawingPad control) {
        super(control);
        sheetView.setSmooth(true);
        seenView.setSmooth(false);
        emptyHint.setMouseTransparent(true);
        pad.getChildren().add(emptyHint);
        pad.setStyle("-fx-background-color: white; -fx-border-color: #57606a; -fx-border-width: " + BORDER + ";");
        pad.setCursor(javafx.scene.Cursor.CROSSHAIR);
        seenView.setStyle("-fx-effect: null;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        StackPane seenFrame = new StackPane(seenView);
        seenFrame.setStyle("-fx-border-color: #57606a; -fx-border-width: 1; -fx-background-color: white;");
        bar = new HBox(10, clear, spacer, seenLabel, seenFrame);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        seenLabel.setMinWidth(Region.USE_PREF_SIZE);
        emptyHint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Tooltip.install(pad, new Tooltip("Draw with the left button; right-click or Delete clears"));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 0, 0));
        clear.setOnAction(e -> control.clear());
        clear.setFocusTraversable(false);
        getChildren().addAll(pad, bar);
        applyFont(control.fontSizeProperty().get());
        registerChangeListener(control.fontSizeProperty(), o -> applyFont(control.fontSizeProperty().get()));
        registerInvalidationListener(control.inkVersionProperty(), o -> {
            sheetDirty = true;
            control.requestLayout();
        });
        registerInvalidationListener(control.digitProperty(), o -> paintSeen(control.digitProperty().get()));
        pad.addEventHandler(MouseEvent.ANY, onMouse);
        control.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
        paintSeen(control.digitProperty().get());
        paintRect(control.raster(), 0, 0, DrawingPad.RESOLUTION, DrawingPad.RESOLUTION); // a new skin shows existing ink
    }

    @Override
    public void dispose() {
        pad.removeEventHandler(MouseEvent.ANY, onMouse);
        if (getSkinnable() != null) {
            getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        }
        super.dispose();
    }

    private void applyFont(double size) {
        Font f = Texts.regular(size);
        for (Label l : new Label[] {seenLabel, emptyHint}) {
            l.setFont(f);
        }
        clear.setFont(f);
        seenLabel.setTextFill(DigitColors.TEXT);
        emptyHint.setTextFill(DigitColors.MUTED);
        double seenSide = DigitPreprocessor.SIDE * Math.max(2, Math.round(size / 7.0));
        seenView.setFitWidth(seenSide);
        seenView.setFitHeight(seenSide);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double barH = bar.prefHeight(w);
        double side = Math.max(20, Math.floor(Math.min(w, h - barH)));
        double inner = side - 2 * BORDER;
        sheetView.setFitWidth(inner);
        sheetView.setFitHeight(inner);
        pad.resizeRelocate(x + (w - side) / 2, y, side, side);
        bar.resizeRelocate(x, y + side, w, barH);
        if (sheetDirty) {
            sheetDirty = false;
            paintSheet();
        }
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 320 + bar.prefHeight(-1) + top + bottom;
    }

    /** Copies the sheet's changed rectangle into the image shown. */
    private void paintSheet() {
        InkRaster r = getSkinnable().raster();
        emptyHint.setVisible(r.isEmpty());
        int[] d = r.takeDirty();
        if (d != null) {
            paintRect(r, d[0], d[1], d[2], d[3]);
        }
    }

    private void paintRect(InkRaster r, int x0, int y0, int w, int h) {
        int k = 0;
        for (int yy = y0; yy < y0 + h; yy++) {
            for (int xx = x0; xx < x0 + w; xx++) {
                rowBuffer[k++] = DigitColors.inkArgb(r.get(xx, yy));
            }
        }
        sheet.getPixelWriter().setPixels(x0, y0, w, h, PixelFormat.getIntArgbInstance(), rowBuffer, 0, w);
    }

    private void paintSeen(float[] digit) {
        int n = DigitPreprocessor.SIDE;
        int[] argb = new int[n * n];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = DigitColors.inkArgb(digit == null ? 0f : digit[i]);
        }
        seen.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
    }

    private void mouse(MouseEvent e) {
        DrawingPad p = getSkinnable();
        double scale = DrawingPad.RESOLUTION / Math.max(1, sheetView.getFitWidth());
        javafx.geometry.Point2D local = sheetView.sceneToLocal(e.getSceneX(), e.getSceneY());
        double sx = local.getX() * scale;
        double sy = local.getY() * scale;
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            p.requestFocus();
            if (e.getButton() == MouseButton.SECONDARY) {
                p.clear();
            } else if (e.getButton() == MouseButton.PRIMARY) {
                p.penDown(sx, sy);
            }
            e.consume();
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED && e.isPrimaryButtonDown()) {
            p.penTo(sx, sy);
            e.consume();
        }
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            getSkinnable().clear();
            e.consume();
        }
    }
}
