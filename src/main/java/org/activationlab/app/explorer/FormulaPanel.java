package org.activationlab.app.explorer;

import org.activationlab.app.control.TexImages;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationlab.core.activation.ActivationKind;

/**
 * The typeset formulas of the selected function (f and f′, constants in full), and for GELU
 * both forms side by side plus the post's rounded derivative with its measured error.
 */
final class FormulaPanel extends VBox {
    private static final float SIZE = 23f;
    private static final float SMALL = 15f;
    /** Multiplies the formulas' type size: the app's text scale (presenter mode, zoom). */
    private double scale = 1;
    private ActivationKind shown;
    private final TexImages tex;

    FormulaPanel(TexImages tex) {
        super(6);
        this.tex = tex;
        getStyleClass().add("explorer-formula");
        setPadding(new Insets(10, 12, 10, 12));
    }

    /** Typesets the formulas {@code k} times larger (the app's text scale) and shows them again. */
    void setScale(double k) {
        double v = org.activationlab.app.control.TextScale.clamp(k);
        if (v != scale) {
            scale = v;
            if (shown != null) {
                show(shown);
            }
        }
    }

    void show(ActivationKind k) {
        shown = k;
        getChildren().clear();
        getChildren().add(heading("Formula: " + k.displayName()));
        if (k == ActivationKind.GELU || k == ActivationKind.GELU_TANH) {
            showGelu();
            return;
        }
        FunctionNotes n = FunctionNotes.of(k);
        getChildren().addAll(formula(n.valueTex(), SIZE), formula(n.derivativeTex(), SIZE));
        for (String c : n.constants()) {
            Label l = new Label(c);
            l.getStyleClass().add("explorer-constant");
            getChildren().add(l);
        }
    }

    private void showGelu() {
        FunctionNotes exact = FunctionNotes.of(ActivationKind.GELU);
        FunctionNotes approx = FunctionNotes.of(ActivationKind.GELU_TANH);
        VBox left = new VBox(4, caption("exact"), formula(exact.valueTex(), SMALL), formula(exact.derivativeTex(), SMALL));
        VBox right = new VBox(4, caption("tanh form"), formula(approx.valueTex(), SMALL),
                formula(approx.derivativeTex(), SMALL));
        HBox both = new HBox(24, left, right);
        GeluRoundedFormula.Errors e = GeluRoundedFormula.errors();
        Label measured = new Label(String.format(Locale.ROOT,
                "Measured on [−6, 6]: off by at most %s (at x = %.2f) from the tanh form's exact f′, "
                        + "and by %s (at x = %.2f) from the exact GELU's f′.",
                sci(e.vsTanhForm()), e.atTanhForm(), sci(e.vsExactGelu()), e.atExactGelu()).replace('-', '−'));
        measured.setWrapText(true);
        measured.setMinWidth(150);
        measured.getStyleClass().add("explorer-measured");
        VBox post = new VBox(4, caption("the post's f′, constants rounded:"), formula(FunctionNotes.GELU_ROUNDED_TEX, SMALL));
        HBox postRow = new HBox(16, post, measured);
        getChildren().addAll(both, postRow);
    }

    static String sci(double v) {
        if (v == 0) {
            return "0";
        }
        int e = (int) Math.floor(Math.log10(v));
        return String.format(Locale.ROOT, "%.1f·10^%d", v / Math.pow(10, e), e)
                .replace("^", "").replaceAll("10(-?\\d+)$", "10" + superscript(e));
    }

    private static String superscript(int e) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder(e < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(e)).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("explorer-heading");
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("explorer-caption");
        return l;
    }

    private Node formula(String source, float baseSize) {
        float size = (float) (baseSize * scale);
        return tex.node(source, size);
    }
}
