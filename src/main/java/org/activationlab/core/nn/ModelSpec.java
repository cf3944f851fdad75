package org.activationlab.core.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;

/**
 * What to build: an architecture, the hidden activation and how to initialise it. Building is
 * deterministic: the same spec and seed give the same initial weights, and the same draws are
 * used whatever the activation (a controlled comparison).
 *
 * <ul>
 *   <li>{@code mlp:784-128-10} (any sizes, at least two): Dense → activation [→ dropout] per
 *       hidden layer, then a linear Dense producing logits;</li>
 *   <li>{@code post-cnn} (the post's network, 1×28×28 in, 10 out): Conv2D 32 3×3 → act →
 *       Conv2D 64 3×3 → act → MaxPool 2×2 → Dropout 0.25 → Flatten → Dense 128 → act →
 *       Dropout 0.5 → Dense 10 (softmax folded into the loss).</li>
 * </ul>
 * For SELU, as the post: LeCun-normal initialisation (unless an initialiser is given) and
 * AlphaDropout instead of Dropout. Otherwise Glorot uniform (Keras's default).
 *
 * @param architecture {@code mlp:<sizes>} or {@code post-cnn}
 * @param alpha        the activation's parameter (NaN: its default / none)
 * @param dropout      dropout rate after each hidden activation of an MLP (0 = none); post-cnn
 *                     uses the post's fixed 0.25 and 0.5 and requires 0 here
 * @param init         the weight initialiser, or null to pick as described above
 */
public record ModelSpec(String architecture, ActivationKind activation, double alpha, double dropout,
                        Initializer init) {
    public static final String POST_CNN = "post-cnn";
    private static final int IMAGE_SIDE = 28;

    public ModelSpec {
        Objects.requireNonNull(architecture);
        Objects.requireNonNull(activation);
        architecture = architecture.trim().toLowerCase(Locale.ROOT);
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (architecture.equals(POST_CNN)) {
            if (dropout != 0) {
                throw new IllegalArgumentException("post-cnn uses the post's dropout rates (0.25 and 0.5); "
                        + "--dropout applies to mlp models only");
            }
        } else {
            mlpSizes(architecture);
        }
        createActivation(activation, alpha);
    }

    /** The activation function this spec uses. */
    public Activation activationFunction() {
        return createActivation(activation, alpha);
    }

    /** The initialiser in effect: the given one, else LeCun normal for SELU, else Glorot uniform. */
    public Initializer effectiveInit() {
        if (init != null) {
            return init;
        }
        return activation == ActivationKind.SELU ? Initializer.LECUN_NORMAL : Initializer.GLOROT_UNIFORM;
    }

    /** Values per input sample. */
    public int inputSize() {
        return architecture.equals(POST_CNN) ? IMAGE_SIDE * IMAGE_SIDE : mlpSizes(architecture)[0];
    }

    /** Builds the network with weights drawn from {@code seed}. */
    public Network build(long seed) {
        SplittableRandom initRng = new SplittableRandom(seed);
        SplittableRandom dropRng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Layer> layers = architecture.equals(POST_CNN) ? postCnn(dropRng) : mlp(dropRng);
        Network net = new Network(layers, new SoftmaxCrossEntropy(), this);
        Initializer in = effectiveInit();
        for (Param p : net.params()) {
            in.fill(p, initRng);
        }
        return net;
    }

    private List<Layer> mlp(SplittableRandom dropRng) {
        int[] sizes = mlpSizes(architecture);
        Activation f = activationFunction();
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            layers.add(new Dense("dense" + (i + 1), sizes[i], sizes[i + 1]));
            if (i + 2 < sizes.length) {
                layers.add(new ActivationLayer(activation.cliName() + (i + 1), f, sizes[i + 1], 1));
                if (dropout > 0) {
                    layers.add(dropoutLayer("dropout" + (i + 1), sizes[i + 1], dropout, dropRng));
                }
            }
        }
        return layers;
    }

    private List<Layer> postCnn(SplittableRandom dropRng) {
        Activation f = activationFunction();
        String act = activation.cliName();
        Conv2D c1 = new Conv2D("conv1", 1, IMAGE_SIDE, IMAGE_SIDE, 32, 3, Conv2D.Padding.VALID);
        Conv2D c2 = new Conv2D("conv2", 32, c1.outHeight(), c1.outWidth(), 64, 3, Conv2D.Padding.VALID);
        MaxPool2D pool = new MaxPool2D("pool", 64, c2.outHeight(), c2.outWidth());
        int flat = pool.outputSize();
        List<Layer> layers = new ArrayList<>();
        layers.add(c1);
        layers.add(new ActivationLayer(act + "1", f, 32, c1.outHeight() * c1.outWidth()));
        layers.add(c2);
        layers.add(new ActivationLayer(act + "2", f, 64, c2.outHeight() * c2.outWidth()));
        layers.add(pool);
        layers.add(dropoutLayer("dropout1", flat, 0.25, dropRng));
        layers.add(new Flatten("flatten", flat));
        layers.add(new Dense("dense1", flat, 128));
        layers.add(new ActivationLayer(act + "3", f, 128, 1));
        layers.add(dropoutLayer("dropout2", 128, 0.5, dropRng));
        layers.add(new Dense("dense2", 128, 10));
        return layers;
    }

    private Layer dropoutLayer(String name, int size, double p, SplittableRandom dropRng) {
        return activation == ActivationKind.SELU
                ? new AlphaDropout(name, size, p, dropRng.split())
                : new Dropout(name, size, p, dropRng.split());
    }

    /** Sizes of {@code mlp:a-b-...}, checked. */
    static int[] mlpSizes(String architecture) {
        if (!architecture.startsWith("mlp:")) {
            throw new IllegalArgumentException("unknown model '" + architecture + "'; use mlp:784-128-10 (any sizes) or "
                    + POST_CNN);
        }
        String[] parts = architecture.substring(4).split("-");
        if (parts.length < 2) {
            throw new IllegalArgumentException("an mlp needs at least two sizes (inputs and outputs), got '"
                    + architecture + "'");
        }
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                sizes[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                sizes[i] = -1;
            }
            if (sizes[i] < 1 || sizes[i] > 1_000_000) {
                throw new IllegalArgumentException("mlp layer size '" + parts[i] + "' in '" + architecture
                        + "' is not a whole number in [1, 1000000]");
            }
        }
        return sizes;
    }

    private static Activation createActivation(ActivationKind kind, double alpha) {
        return Double.isNaN(alpha) || !kind.hasParameter() ? kind.create() : kind.create(alpha);
    }

    /** A one-line, parseable description (used in model files): {@code key=value;...}. */
    public String toText() {
        return "architecture=" + architecture + ";activation=" + activation.cliName() + ";alpha=" + alpha
                + ";dropout=" + dropout + ";init=" + (init == null ? "auto" : init.cliName());
    }

    /** Inverse of {@link #toText()}. */
    public static ModelSpec parse(String text) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                kv.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        for (String key : List.of("architecture", "activation", "alpha", "dropout", "init")) {
            if (!kv.containsKey(key)) {
                throw new IllegalArgumentException("model description lacks '" + key + "': " + text);
            }
        }
        String init = kv.get("init");
        return new ModelSpec(kv.get("architecture"), ActivationKind.require(kv.get("activation")),
                Double.parseDouble(kv.get("alpha")), Double.parseDouble(kv.get("dropout")),
                init.equals("auto") ? null : Initializer.byName(init));
    }
}
