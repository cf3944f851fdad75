package org.activationlab.app.training;

import java.util.List;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.train.TrainConfig;

/**
 * Ready-made set-ups for a lecture, each with a one-line caption saying what to watch for.
 * Applying one overwrites the set-up fields (the data source stays).
 */
public enum Preset {
    /** The post's Keras experiment: its CNN, six activations, Adam with value clipping 0.5, batch 128. */
    REPRODUCE_POST("Reproduce the post",
            "The post's CNN trained once per activation with Adam, clipping at 0.5 and batch 128. The CNN is slow on a"
                    + " laptop: one epoch on a quarter of the embedded digits, plus testing, takes about a minute per"
                    + " activation on two cores; raise epochs and the share if time allows."),
    /** Nielsen's deep sigmoid network: four hidden layers of 30, plain SGD. */
    VANISHING("Vanishing gradients in a deep sigmoid MLP",
            "Four hidden layers of 30 units trained with plain SGD. Open the gradient chart: with sigmoid each earlier"
                    + " layer gets a smaller gradient than the one after it, while ReLU keeps them close together."),
    /** A learning rate big enough to push many ReLU units into the region where they never fire again (measured: ~84% of relu1 after one epoch). */
    DEAD_RELU("Dead ReLUs",
            "Adam with a learning rate fifty times its usual 0.001: big early steps push ReLU units below zero for every"
                    + " digit (about 80% of the first layer within one epoch on the embedded digits), and a dead unit gets no"
                    + " gradient, so it stays dead. Leaky ReLU units below zero still pass a fifth of the gradient.");

    private final String title;
    private final String caption;

    Preset(String title, String caption) {
        this.title = title;
        this.caption = caption;
    }

    public String title() {
        return title;
    }

    public String caption() {
        return caption;
    }

    @Override
    public String toString() {
        return title;
    }

    /** Writes this preset's values into the set-up fields. */
    public void applyTo(SetupViewModel s) {
        s.initProperty().set(SetupViewModel.InitChoice.AUTO);
        s.dropoutProperty().set("0");
        s.seedProperty().set("1");
        switch (this) {
            case REPRODUCE_POST -> {
                s.modelProperty().set(SetupViewModel.ModelKind.POST_CNN);
                s.selectOnly(List.of(ActivationChoice.of(ActivationKind.SIGMOID), ActivationChoice.of(ActivationKind.RELU),
                        new ActivationChoice(ActivationKind.ELU, 1.0), new ActivationChoice(ActivationKind.LEAKY_RELU, 0.2),
                        ActivationChoice.of(ActivationKind.SELU), ActivationChoice.of(ActivationKind.GELU_TANH)));
                optimiser(s, TrainConfig.OptimizerKind.ADAM, "0.001", GradientClip.Mode.VALUE, "0.5", "128");
                s.epochsProperty().set("1");
                s.shareProperty().set("25");
            }
            case VANISHING -> {
                s.modelProperty().set(SetupViewModel.ModelKind.MLP);
                s.layersProperty().set("784-30-30-30-30-10");
                s.selectOnly(List.of(ActivationChoice.of(ActivationKind.SIGMOID), ActivationChoice.of(ActivationKind.RELU)));
                optimiser(s, TrainConfig.OptimizerKind.SGD, "0.1", GradientClip.Mode.NONE, "0.5", "10");
                s.epochsProperty().set("3");
                s.shareProperty().set("100");
            }
            case DEAD_RELU -> {
                s.modelProperty().set(SetupViewModel.ModelKind.MLP);
                s.layersProperty().set("784-128-128-10");
                s.selectOnly(List.of(ActivationChoice.of(ActivationKind.RELU), new ActivationChoice(ActivationKind.LEAKY_RELU, 0.2)));
                optimiser(s, TrainConfig.OptimizerKind.ADAM, "0.05", GradientClip.Mode.NONE, "0.5", "64");
                s.epochsProperty().set("2");
                s.shareProperty().set("100");
            }
            default -> throw new IllegalStateException(name());
        }
        s.setCaption(caption);
    }

    private static void optimiser(SetupViewModel s, TrainConfig.OptimizerKind k, String lr, GradientClip.Mode clip,
                                  String t, String batch) {
        s.optimizerProperty().set(k);
        s.momentumProperty().set("0");
        s.learningRateProperty().set(lr);
        s.clipModeProperty().set(clip);
        s.clipThresholdProperty().set(t);
        s.batchProperty().set(batch);
    }
}
