package org.activationlab.app.chain;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.activationlab.app.control.WrappingLabel;
import org.activationlab.core.chain.ChainPreset;
import org.activationlab.core.chain.ParamUpdate;

/**
 * One gradient-descent step on b₁ spelled out with the numbers (raw and, if clipping is on,
 * clipped), the post's sign slip pointed out for the exploding example, and a button that takes
 * the step for every parameter.
 */
final class UpdateBox extends VBox {
    final Label b1 = new WrappingLabel();
    final Label clipped = new WrappingLabel();
    final Label slip = new WrappingLabel();
    final Button apply = new Button("Take this step");

    UpdateBox(ChainViewModel vm, java.util.function.Consumer<String> onError) {
        super(4);
        b1.setId("b1-update");
        clipped.setId("b1-clipped");
        slip.setId("sign-slip");
        apply.setId("chain-apply-step");
        b1.getStyleClass().add("chain-body");
        clipped.getStyleClass().add("chain-body");
        slip.getStyleClass().add("chain-note");
        b1.setWrapText(true);
        slip.setWrapText(true);
        b1.setTooltip(new Tooltip("Gradient descent on the first bias: b₁ ← b₁ − η·dC/db₁"));
        apply.setTooltip(new Tooltip("Move every w_j and b_j by its step (θ ← θ − η·g, g after clipping)"));
        apply.setOnAction(e -> {
            try {
                vm.applyUpdate();
            } catch (IllegalArgumentException ex) {
                onError.accept(ex.getMessage());
            }
        });
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Label l : new Label[] {b1, clipped, slip}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.setMinWidth(0);
            l.setPrefWidth(200);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        slip.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(b1, clipped, slip, apply);
    }

    void show(ChainState s) {
        ParamUpdate u = s.update().bias(1);
        String eta = Numbers.format(s.learningRate(), 6);
        Texts.set(b1, "One step on b₁:  " + Numbers.format(u.old(), 6) + " − " + eta + " · ("
                + Numbers.format(u.gradient(), 5) + ") = " + Numbers.format(u.newValue(), 5)
                + (u.belowResolution() ? "  (too small to change a double: b₁ does not move)" : ""));
        boolean clip = !s.clipping().isNone();
        clipped.setVisible(clip);
        clipped.setManaged(clip);
        if (clip) {
            Texts.set(clipped, "Raw step η·g = " + Numbers.format(u.rawStep(), 5) + ",  after " + s.clipping()
                    + ": " + Numbers.format(u.step(), 5) + (u.clipped() ? "" : " (not clipped)"));
        }
        boolean exploding = s.preset() == ChainPreset.EXPLODING;
        slip.setVisible(exploding);
        slip.setManaged(exploding);
        if (exploding) {
            Texts.set(slip, "The post writes b₁ = 1.56 − 0.5 · (−343.98) = 173.55. That minus sign is a slip: the "
                    + "product is +343.98, so the honest step lands at " + Numbers.format(u.newValue(), 5)
                    + ". Either way b₁ jumps by about 172 in one step.");
        }
    }
}
