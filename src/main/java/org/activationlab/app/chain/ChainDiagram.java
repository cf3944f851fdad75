package org.activationlab.app.chain;

import java.util.function.BiConsumer;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.activationlab.core.chain.ChainResult;
import org.activationlab.core.chain.TraceStep;

/**
 * The chain drawn as neurons in a row: a_0 on the left, then one circle per layer showing z, a
 * and f′, edges labelled with w, and the cost C on the right.
 *
 * <p><b>Deep chains:</b> as many layers as fit the width (about 130 px each) are drawn in a
 * window; a scroll bar below moves the window over all L layers (up to 10,000), "⋯ n more" at an
 * end says how many are hidden, and in step mode the window follows the layer whose factor was
 * just multiplied in. So every layer can be reached and the drawing stays readable at any depth.
 *
 * <p>The layer just multiplied in is outlined red (▲, |w·f′| &gt; 1) or blue (▼, &lt; 1); layers
 * already in the product are shaded. Dragging an edge up or down changes that layer's weight
 * (Shift: ten times finer).
 */
final class ChainDiagram extends Region {
    static final double CELL = 132;
    static final double END = 96;
    private static final double R = 24;
    private static final double NODE_Y = 56;
    private static final Font FONT = Font.font("System", 14);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 15);

    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final BiConsumer<Integer, Double> onWeightDrag;
    private ChainState state;
    private int step;
    private int first = 1;
    private int visible = 1;
    private int dragLayer = -1;
    private double dragY;
    private double dragW0;
    /** Everything is drawn in fixed units and scaled by this (presenter mode, zoom): see {@link #setScale}. */
    private double scale = 1;
    private boolean rescaled;

    /** @param onWeightDrag called with (layer, new weight) while an edge is dragged */
    ChainDiagram(BiConsumer<Integer, Double> onWeightDrag) {
        getStyleClass().add("paper"); // drawn in dark ink: a white page of its own on the dark theme
        this.onWeightDrag = onWeightDrag;
        setId("chain-diagram");
        scroll.setId("chain-diagram-scroll");
        scroll.setOrientation(Orientation.HORIZONTAL);
        scroll.setMin(1);
        scroll.setUnitIncrement(1);
        scroll.valueProperty().addListener((o, was, v) -> {
            int f = (int) Math.round(v.doubleValue());
            if (f != first) {
                first = f;
                draw();
            }
        });
        Tooltip.install(scroll, new Tooltip("Move along the chain: shows the layers that do not fit"));
        Tooltip.install(canvas, new Tooltip("Each circle is one neuron: z = w·a + b, a = f(z), f′ = f′(z).\n"
                + "Drag an edge up or down to change its weight w (Shift: finer)."));
        getChildren().addAll(canvas, scroll);
        setMinHeight(150);
        setPrefHeight(168);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragLayer = -1);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED,
                e -> canvas.setCursor(edgeAt(e.getX(), e.getY()) > 0 ? Cursor.V_RESIZE : Cursor.DEFAULT));
    }

    void show(ChainState s, int k) {
        this.state = s;
        this.step = k;
        follow();
        updateScroll();
        draw();
    }

    /** The first layer drawn (1-based). */
    int firstVisible() {
        return first;
    }

    /** How many layers fit. */
    int visibleCount() {
        return visible;
    }

    /** The layer whose factor step k multiplied in (L at step 0, where dC/da_L enters). */
    static int layerOfStep(int depth, int k) {
        return k == 0 ? depth : depth - k + 1;
    }

    /**
     * Draws everything {@code k} times larger (clamped to [0.5, 3]): bound to the app's text scale,
     * so the neurons' numbers grow with the window's text in presenter mode and when zoomed (fewer
     * layers then fit; the scroll bar reaches the others).
     */
    void setScale(double k) {
        double v = org.activationlab.app.control.TextScale.clamp(k);
        if (v != scale) {
            scale = v;
            rescaled = true;
            setMinHeight(150 * v);
            setPrefHeight(168 * v);
            requestLayout();
        }
    }

    /** Centre x of layer j's neuron, in canvas coordinates (only meaningful when drawn). */
    double nodeX(int layer) {
        return x(layer) * scale;
    }

    /** Centre y of the neurons, in canvas coordinates. */
    double nodeY() {
        return NODE_Y * scale;
    }

    /** Centre x of layer j's neuron in drawing units (before {@link #scale}). */
    private double x(int layer) {
        return END + (layer - first + 0.5) * CELL;
    }

    /** The canvas width in drawing units. */
    private double width() {
        return canvas.getWidth() / scale;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double sh = scroll.prefHeight(-1);
        double ch = Math.max(0, getHeight() - sh);
        scroll.resizeRelocate(0, getHeight() - sh, w, sh);
        if (w == canvas.getWidth() && ch == canvas.getHeight() && !rescaled) {
            return; // drawn already by show(); a layout pass alone changes nothing
        }
        rescaled = false;
        canvas.setWidth(w);
        canvas.setHeight(ch);
        int v = Math.max(1, (int) ((w / scale - 2 * END) / CELL));
        if (v != visible) {
            visible = v;
            follow();
            updateScroll();
        }
        draw();
    }

    private void follow() {
        if (state == null) {
            return;
        }
        int depth = state.depth();
        int j = layerOfStep(depth, step);
        if (j < first) {
            first = j;
        } else if (j >= first + visible) {
            first = j - visible + 1;
        }
        first = Math.max(1, Math.min(first, Math.max(1, depth - visible + 1)));
    }

    private void updateScroll() {
        if (state == null) {
            return;
        }
        int max = Math.max(1, state.depth() - visible + 1);
        scroll.setMax(max);
        scroll.setVisibleAmount(Math.max(1, (double) visible * max / Math.max(1, state.depth())));
        scroll.setBlockIncrement(visible);
        scroll.setDisable(max == 1);
        scroll.setVisible(max > 1);
        scroll.setValue(first);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (state == null || w <= 0) {
            return;
        }
        g.save();
        g.scale(scale, scale);
        ChainResult r = state.result();
        int depth = state.depth();
        int last = Math.min(depth, first + visible - 1);
        int current = step == 0 ? -1 : layerOfStep(depth, step);
        g.setTextBaseline(VPos.CENTER);
        drawInput(g, r);
        for (int j = first; j <= last; j++) {
            drawEdge(g, j, r, current);
            drawNode(g, j, r, current);
        }
        drawCost(g, r, last);
        drawEllipses(g, last, depth);
        g.restore();
    }

    private void drawInput(GraphicsContext g, ChainResult r) {
        double x = END * 0.5;
        g.setFill(Colors.NODE_FILL);
        g.fillRoundRect(x - 36, NODE_Y - 20, 72, 40, 8, 8);
        g.setStroke(Colors.MUTED);
        g.setLineWidth(1.5);
        g.strokeRoundRect(x - 36, NODE_Y - 20, 72, 40, 8, 8);
        text(g, first == 1 ? "a₀" : "a" + sub(first - 1), x, NODE_Y - 7, BOLD, Colors.TEXT);
        text(g, Numbers.format(r.a(first - 1), 4), x, NODE_Y + 10, FONT, Colors.TEXT);
    }

    private void drawEdge(GraphicsContext g, int j, ChainResult r, int current) {
        double x0 = j == first ? END * 0.5 + 36 : x(j - 1) + R;
        double x1 = x(j) - R;
        boolean hot = j == current && step < state.depth();
        Color c = hot ? colorOf(r, j) : Colors.MUTED;
        Strokes.horizontal(g, c, x0, x1 - 6, NODE_Y, hot ? 4 : 2);
        Strokes.arrowRight(g, c, x1, NODE_Y, hot ? 11 : 9, hot ? 6.5 : 5);
        text(g, "w" + sub(j) + " = " + Numbers.format(state.chain().weight(j), 4), (x0 + x1) / 2, NODE_Y - 36,
                FONT, hot ? colorOf(r, j) : Colors.TEXT);
        text(g, "↕", (x0 + x1) / 2, NODE_Y - 16, FONT, Colors.MUTED);
    }

    private void drawNode(GraphicsContext g, int j, ChainResult r, int current) {
        double x = x(j);
        boolean inProduct = current > 0 && j >= current;
        g.setFill(inProduct ? Colors.DONE_FILL : Colors.NODE_FILL);
        g.fillOval(x - R, NODE_Y - R, 2 * R, 2 * R);
        boolean hot = j == current;
        g.setStroke(hot ? colorOf(r, j) : Colors.MUTED);
        g.setLineWidth(hot ? 5 : 1.5);
        g.strokeOval(x - R, NODE_Y - R, 2 * R, 2 * R);
        text(g, Integer.toString(j), x, NODE_Y, BOLD, Colors.TEXT);
        if (hot) {
            int cmp = compareFactor(r, j);
            text(g, Colors.symbolFor(cmp), x + R + 4, NODE_Y - R + 2, BOLD, Colors.forFactor(cmp));
        }
        double y = NODE_Y + R + 14;
        text(g, "z = " + Numbers.format(r.z(j), 4), x, y, FONT, Colors.TEXT);
        text(g, "a = " + Numbers.format(r.a(j), 4), x, y + 18, FONT, Colors.TEXT);
        boolean deadSlope = r.derivative(j) == 0.0;
        text(g, "f′ = " + Numbers.format(r.derivative(j), 4), x, y + 36, FONT,
                deadSlope ? Colors.GROWS : Colors.TEXT);
    }

    private void drawCost(GraphicsContext g, ChainResult r, int last) {
        double x = last == state.depth() ? x(last) + CELL * 0.5 + 20 : width() - END * 0.5;
        if (last == state.depth()) {
            Strokes.horizontal(g, Colors.MUTED, x(last) + R, x - 30, NODE_Y, 2);
        }
        g.setFill(Colors.NODE_FILL);
        g.fillRoundRect(x - 30, NODE_Y - 20, 60, 40, 8, 8);
        g.setStroke(step == 0 ? Colors.TEXT : Colors.MUTED);
        g.setLineWidth(step == 0 ? 3 : 1.5);
        g.strokeRoundRect(x - 30, NODE_Y - 20, 60, 40, 8, 8);
        text(g, "C", x, NODE_Y - 7, BOLD, Colors.TEXT);
        text(g, Numbers.format(r.cost(), 3), x, NODE_Y + 10, FONT, Colors.TEXT);
    }

    private void drawEllipses(GraphicsContext g, int last, int depth) {
        if (first > 1) {
            text(g, "⋯ " + (first - 1) + " more", END * 0.5, NODE_Y + 44, FONT, Colors.MUTED);
        }
        if (last < depth) {
            text(g, "⋯ " + (depth - last) + " more", width() - END * 0.5, NODE_Y + 44, FONT, Colors.MUTED);
        }
    }

    private int compareFactor(ChainResult r, int j) {
        if (step == state.depth() && j == 1) {
            return org.activationlab.core.chain.BigMag.of(r.derivative(1))
                    .compareMagnitude(org.activationlab.core.chain.BigMag.ONE);
        }
        TraceStep s = state.trace().step(step);
        return s.amplifies() ? 1 : s.attenuates() ? -1 : 0;
    }

    private Color colorOf(ChainResult r, int j) {
        return Colors.forFactor(compareFactor(r, j));
    }

    private static void text(GraphicsContext g, String s, double x, double y, Font f, Color c) {
        g.setFont(f);
        g.setFill(c);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(s, x, y);
    }

    private static String sub(int n) {
        StringBuilder b = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            b.append((char) ('₀' + (ch - '0')));
        }
        return b.toString();
    }

    /** The layer whose incoming edge (weight) is under (x, y), or −1. */
    int edgeAt(double cx, double cy) {
        double x = cx / scale;
        double y = cy / scale;
        if (state == null || y < NODE_Y - 48 || y > NODE_Y + 12) {
            return -1;
        }
        int last = Math.min(state.depth(), first + visible - 1);
        for (int j = first; j <= last; j++) {
            double x0 = j == first ? END * 0.5 + 36 : x(j - 1) + R;
            if (x >= x0 && x <= x(j) - R) {
                return j;
            }
        }
        return -1;
    }

    private void onPress(MouseEvent e) {
        dragLayer = edgeAt(e.getX(), e.getY());
        if (dragLayer > 0) {
            dragY = e.getY();
            dragW0 = state.chain().weight(dragLayer);
            e.consume();
        }
    }

    private void onDrag(MouseEvent e) {
        if (dragLayer < 0 || state == null || dragLayer > state.depth()) {
            return;
        }
        double perPixel = 0.01 * Math.max(1.0, Math.abs(dragW0)) * (e.isShiftDown() ? 0.1 : 1.0);
        double w = dragW0 - (e.getY() - dragY) * perPixel;
        int decimals = perPixel >= 1 ? 0 : perPixel >= 0.1 ? 1 : perPixel >= 0.01 ? 2 : 3;
        onWeightDrag.accept(dragLayer, java.math.BigDecimal.valueOf(w)
                .setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue());
        e.consume();
    }
}
