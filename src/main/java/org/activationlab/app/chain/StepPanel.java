package org.activationlab.app.chain;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.app.control.TexImages;
import org.activationlab.app.control.WrappingLabel;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.chain.BigMag;
import org.activationlab.core.chain.ChainResult;
import org.activationlab.core.chain.TraceStep;

/**
 * Step mode: Back / Next / Play buttons, the current equation typeset with the numbers
 * substituted, the factor just multiplied in (red ▲ or blue ▼), the running product in words
 * and as a bar on a log10 axis.
 */
final class StepPanel extends VBox {
    private final ChainViewModel vm;
    private final TexImages tex = new TexImages();
    private final ImageView equation = new ImageView();
    private final Label equationFallback = new WrappingLabel();
    final Label stepLabel = new Label();
    final Label runningName = new Label();
    final Label runningValue = new Label();
    final Label factorLabel = new WrappingLabel();
    final Button back = new Button("◀ Back");
    final Button next = new Button("Next ▶");
    final Button play = new Button("▶ Play");
    final ProductBar bar = new ProductBar();
    private static final float SIZE = 17f;
    /** The equation's type size: {@link #SIZE} times the app's text scale (presenter mode, zoom). */
    private float size = SIZE;
    private final TaskRunner tasks;
    private ChainState rangeFor;
    private String wanted;
    private boolean typesetting;

    /** @param tasks typesets equations off the FX thread, at most one at a time, always the latest */
    StepPanel(ChainViewModel vm, TaskRunner tasks) {
        super(6);
        this.vm = vm;
        this.tasks = tasks;
        getStyleClass().add("chain-step");
        stepLabel.setId("chain-step-label");
        runningName.setId("running-name");
        runningValue.setId("running-product");
        factorLabel.setId("factor-label");
        runningValue.getStyleClass().add("chain-big-number");
        runningName.getStyleClass().add("chain-big-number");
        stepLabel.getStyleClass().add("chain-body");
        factorLabel.getStyleClass().add("chain-factor");
        getChildren().addAll(buttons(), equationBox(), readout(), bar);
    }

    private javafx.scene.layout.FlowPane buttons() {
        Button start = new Button("|◀");
        start.setId("chain-first");
        start.setTooltip(new Tooltip("Back to the start: only dC/da_L (Home)"));
        start.setOnAction(e -> vm.goToStep(0));
        back.setId("chain-back");
        back.setTooltip(new Tooltip("Take the last factor out again (←)"));
        back.setOnAction(e -> vm.back());
        next.setId("chain-next");
        next.setTooltip(new Tooltip("Multiply in the next factor w_j·f′(z_j), walking back from the cost (→)"));
        next.setOnAction(e -> vm.next());
        play.setId("chain-play");
        play.setTooltip(new Tooltip("Walk through every factor automatically (Space)"));
        play.setOnAction(e -> vm.togglePlay());
        Button end = new Button("▶|");
        end.setId("chain-last");
        end.setTooltip(new Tooltip("Jump to the end: the whole product dC/db₁ (End)"));
        end.setOnAction(e -> vm.goToStep(vm.chain().depth()));
        vm.playingProperty().addListener((o, was, p) -> play.setText(p ? "⏸ Pause" : "▶ Play"));
        for (Button b : new Button[] {start, back, next, play, end}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(8, 6, start, back, next, play, end);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ScrollPane equationBox() {
        equationFallback.setWrapText(true);
        equationFallback.setVisible(false);
        equationFallback.setManaged(false);
        HBox content = new HBox(equation, equationFallback);
        content.setAlignment(Pos.CENTER_LEFT);
        ScrollPane sp = ChainView.uncached(new ScrollPane(content));
        sp.setId("chain-equation");
        sp.setFitToHeight(true);
        sp.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setMinWidth(0);
        sp.setPrefWidth(200);
        sp.setMinHeight(100);
        sp.setPrefHeight(110);
        sp.getStyleClass().add("chain-card");
        Tooltip.install(sp, new Tooltip("dC/db₁ = f′(z₁)·w₂f′(z₂)·…·w_L f′(z_L)·dC/da_L, built from the right:"
                + " symbols, then numbers, then the product so far"));
        return sp;
    }

    private VBox readout() {
        runningName.setMinWidth(Region.USE_PREF_SIZE);
        runningValue.setMinWidth(Region.USE_PREF_SIZE);
        stepLabel.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane line = new javafx.scene.layout.FlowPane(10, 2, runningName, runningValue, stepLabel);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.setPrefWrapLength(200);
        line.setMinWidth(0);
        factorLabel.setWrapText(true);
        factorLabel.setMinHeight(Region.USE_PREF_SIZE);
        factorLabel.setMinWidth(0);
        factorLabel.setPrefWidth(200);
        factorLabel.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, line, factorLabel);
    }

    void show(ChainState s, int k) {
        if (rangeFor != s) {
            rangeFor = s;
            setRange(s.result());
        }
        int depth = s.depth();
        TraceStep t = s.trace().step(k);
        Texts.set(stepLabel, "step " + k + " of " + depth);
        Texts.set(runningName, plain(t) + " =");
        Texts.set(runningValue, Numbers.format(t.running(), 5));
        showEquation(aligned(s.trace().equationLatex(k, 6, 5)));
        int cmp = t.factor().compareMagnitude(BigMag.ONE);
        if (k == 0) {
            Texts.set(factorLabel, "start: dC/da" + sub(depth) + " = " + Numbers.format(t.factor(), 5)
                    + " from the cost");
            Texts.style(factorLabel, fill(Colors.TEXT));
        } else {
            String what = t.kind() == TraceStep.Kind.FIRST_DERIVATIVE ? "f′(z₁)" : "w" + sub(t.layer()) + "·f′(z"
                    + sub(t.layer()) + ")";
            String verb = cmp > 0 ? " > 1: the product grows" : cmp < 0 ? " < 1: the product shrinks"
                    : " = 1: no change";
            Texts.set(factorLabel, Colors.symbolFor(cmp) + " " + what + " = " + Numbers.format(t.factor(), 4)
                    + (cmp == 0 ? "" : ",  |factor|" + verb));
            Texts.style(factorLabel, fill(Colors.forFactor(cmp)));
        }
        BigMag prev = k == 0 ? null : s.trace().step(k - 1).running();
        bar.show(t.running(), prev, k == 0 ? Colors.NEUTRAL : Colors.forFactor(cmp));
        back.setDisable(k == 0);
        next.setDisable(k == depth);
    }

    private static double log10Abs(BigMag v) {
        return v.isZero() ? Double.NEGATIVE_INFINITY : v.log10Abs();
    }

    private void setRange(ChainResult r) {
        double lo = 0;
        double hi = 0;
        for (int j = 0; j <= r.depth(); j++) {
            double l = j == 0 ? log10Abs(r.dCdb1()) : r.log10AbsDCda(j); // no object per layer: this runs every frame of a drag
            if (l != Double.NEGATIVE_INFINITY) {
                lo = Math.min(lo, l);
                hi = Math.max(hi, l);
            }
        }
        bar.setRange(lo, hi);
    }

    /**
     * The core's one-line equation "lhs = symbols = numbers = result" set as three aligned lines,
     * so it fits beside the chart. Its parts never contain " = " themselves.
     */
    static String aligned(String latex) {
        String[] p = latex.split(" = ");
        if (p.length < 2) {
            return latex;
        }
        StringBuilder b = new StringBuilder("\\begin{array}{rl}").append(p[0]);
        for (int i = 1; i < p.length; i++) {
            b.append(i == 1 ? " & = " : " \\\\ & = ").append(p[i]);
        }
        return b.append("\\end{array}").toString();
    }

    /** Typesets the equation {@code k} times larger (the app's text scale), now and from then on. */
    void setScale(double k) {
        float v = (float) (SIZE * org.activationlab.app.control.TextScale.clamp(k));
        if (v != size) {
            size = v;
            if (wanted != null) {
                showEquation(wanted);
            }
        }
    }

    /**
     * Shows the equation: at once from the cache, else typeset in the background (about 3–7 ms
     * with JLaTeXMath, too much for every frame of a drag). Only one job runs at a time; when it
     * ends, the newest wanted equation is typeset next, so a drag never queues up stale work.
     */
    private void showEquation(String latex) {
        wanted = latex;
        if (tex.isCached(latex, size)) {
            applyEquation(latex, tex.render(latex, size));
        } else if (!typesetting) {
            typesetNext();
        }
    }

    /**
     * While a drag changes the numbers every frame, a new equation is started at most every
     * {@value #MIN_GAP_MS} ms: each typesetting takes 3–7 ms of CPU on a worker thread, and on a
     * two-core classroom machine a worker typesetting non-stop competes with the FX and render
     * threads and makes frames late. Ten updates a second is still live to the eye; the last
     * value always shows once the drag stops.
     */
    static final long MIN_GAP_MS = 100;
    private long lastStart = Long.MIN_VALUE / 2;
    private final javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition();

    private void typesetNext() {
        typesetting = true;
        long sinceLast = (System.nanoTime() - lastStart) / 1_000_000;
        if (sinceLast < MIN_GAP_MS) {
            wait.setDuration(javafx.util.Duration.millis(MIN_GAP_MS - sinceLast));
            wait.setOnFinished(e -> startTypesetting());
            wait.playFromStart();
        } else {
            startTypesetting();
        }
    }

    private void startTypesetting() {
        String latex = wanted;
        float sz = size;
        if (tex.isCached(latex, sz)) {
            typesetting = false;
            applyEquation(latex, tex.render(latex, sz));
            return;
        }
        long now = System.nanoTime();
        // Requests closer than the gap mean a drag: its passing equations are not kept. Each costs
        // a few hundred kB, and the cache kept up to 64 of them alive, which the garbage collector
        // then copied at every pause of the drag (8–14 ms pauses, frames late).
        boolean keep = (now - lastStart) / 1_000_000 >= 2 * MIN_GAP_MS;
        lastStart = now;
        tasks.run(() -> java.util.Optional.ofNullable(TexImages.typeset(latex, sz)), img -> {
            typesetting = false;
            if (keep) {
                tex.put(latex, sz, img.orElse(null));
            }
            if (latex.equals(wanted) && sz == size) {
                applyEquation(latex, img.orElse(null));
            } else {
                showEquation(wanted);
            }
        }, e -> {
            typesetting = false;
            applyEquation(latex, null);
        });
    }

    private void applyEquation(String latex, Image img) {
        equation.setImage(img);
        Texts.set(equationFallback, latex);
        equationFallback.setVisible(img == null);
        equationFallback.setManaged(img == null);
    }

    private static String plain(TraceStep t) {
        return switch (t.kind()) {
            case COST_DERIVATIVE -> "dC/da" + sub(t.layer());
            case LAYER_FACTOR -> "dC/da" + sub(t.layer() - 1);
            case FIRST_DERIVATIVE -> "dC/db₁";
        };
    }

    static String sub(int n) {
        StringBuilder b = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            b.append((char) ('₀' + (ch - '0')));
        }
        return b.toString();
    }

    /**
     * The label's text colour: the factor's colour when it grows or shrinks the product, else the
     * theme's own text colour (a fixed dark grey disappeared on the dark theme's background).
     */
    private static String fill(javafx.scene.paint.Color c) {
        boolean plain = c.equals(Colors.TEXT) || c.equals(Colors.NEUTRAL);
        return "-fx-text-fill: " + (plain ? "-color-fg-default" : Colors.web(c)) + ";";
    }
}
