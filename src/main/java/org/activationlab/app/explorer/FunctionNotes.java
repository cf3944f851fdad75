package org.activationlab.app.explorer;

import java.util.List;
import java.util.Map;
import org.activationlab.core.activation.ActivationKind;

/**
 * What the formula panel shows for each function: f and f′ in TeX, constants written out, and a
 * short, honest account of strengths and weaknesses (our own words). Pure data.
 *
 * @param valueTex      f(x) in TeX
 * @param derivativeTex f′(x) in TeX
 * @param constants     constants as text, to full precision (may be empty)
 * @param strengths     what the function is good at
 * @param weaknesses    what goes wrong with it
 */
public record FunctionNotes(String valueTex, String derivativeTex, List<String> constants, String strengths,
                            String weaknesses) {

    /** SELU's constants written to the precision the paper gives them. */
    public static final String SELU_ALPHA = "1.6732632423543772848170429916717";
    public static final String SELU_LAMBDA = "1.0507009873554804934193349852946";

    /** The tanh-form GELU derivative as the post prints it, constants rounded to six digits. */
    public static final String GELU_ROUNDED_TEX = "\\begin{array}{l}0.5\\tanh(0.0356774x^3+0.797885x)\\\\"
            + "\\quad+\\;(0.0535161x^3+0.398942x)\\\\"
            + "\\quad\\cdot\\;\\mathrm{sech}^2(0.0356774x^3+0.797885x)+0.5\\end{array}";

    private static final String CASES_OPEN = "\\left\\{\\begin{array}{ll}";
    private static final String CASES_CLOSE = "\\end{array}\\right.";

    private static String cases(String pos, String neg) {
        return CASES_OPEN + pos + " & x > 0\\\\ " + neg + " & x \\le 0" + CASES_CLOSE;
    }

    private static final Map<ActivationKind, FunctionNotes> NOTES = Map.ofEntries(
        Map.entry(ActivationKind.SIGMOID, new FunctionNotes(
            "\\sigma(x)=\\frac{1}{1+e^{-x}}",
            "\\sigma'(x)=\\sigma(x)\\,\\bigl(1-\\sigma(x)\\bigr)\\le\\frac{1}{4}",
            List.of(),
            "Smooth, and its output lies in (0, 1), so it reads as a probability; still the right choice "
                + "for a yes/no output unit.",
            "Its slope is at most 0.25 (at x = 0) and falls to about 4.5·10⁻⁵ at x = 10. Through many layers "
                + "these small factors multiply and the early layers stop learning. Outputs are never "
                + "centred on 0.")),
        Map.entry(ActivationKind.TANH, new FunctionNotes(
            "\\tanh(x)=\\frac{e^{x}-e^{-x}}{e^{x}+e^{-x}}",
            "\\tanh'(x)=1-\\tanh^2(x)=\\mathrm{sech}^2(x)",
            List.of(),
            "Centred on 0 and with slope 1 at the origin, four times sigmoid's best; a rescaled sigmoid, "
                + "often used in recurrent networks.",
            "Saturates just like sigmoid: for |x| above about 3 the slope is below 0.01, so deep stacks of "
                + "tanh units still lose their gradient.")),
        Map.entry(ActivationKind.RELU, new FunctionNotes(
            "\\mathrm{ReLU}(x)=\\max(0,x)",
            "\\mathrm{ReLU}'(x)=" + cases("1", "0"),
            List.of(),
            "Costs one comparison. For x > 0 the slope is exactly 1, so a chain of active units passes the "
                + "gradient on undamped; the default choice for hidden layers.",
            "For x ≤ 0 the slope is exactly 0: a unit whose input stays negative gets no gradient and can "
                + "stay 'dead' for good. Not differentiable at 0 (the app uses the slope 0 there).")),
        Map.entry(ActivationKind.LEAKY_RELU, new FunctionNotes(
            "f(x)=" + cases("x", "\\alpha x"),
            "f'(x)=" + cases("1", "\\alpha"),
            List.of(),
            "Keeps a small slope α for negative inputs, so no unit can die; as cheap as ReLU.",
            "α is one more setting to choose (the post uses 0.2; 0.1–0.3 is common, PyTorch defaults to 0.01), "
                + "and the kink at 0 remains.")),
        Map.entry(ActivationKind.ELU, new FunctionNotes(
            "f(x)=" + cases("x", "\\alpha\\,(e^{x}-1)"),
            "f'(x)=" + cases("1", "f(x)+\\alpha=\\alpha e^{x}"),
            List.of(),
            "Smooth on the negative side and bounded below by −α, which pulls mean activations towards 0; "
                + "negative inputs still get a (shrinking) gradient.",
            "Needs an exponential, so it is slower than ReLU, and for very negative x the slope αeˣ fades, "
                + "so it saturates there. Smooth at 0 only when α = 1.")),
        Map.entry(ActivationKind.SELU, new FunctionNotes(
            "\\mathrm{SELU}(x)=\\lambda" + cases("x", "\\alpha\\,(e^{x}-1)"),
            "\\mathrm{SELU}'(x)=\\lambda" + cases("1", "\\alpha e^{x}"),
            List.of("α = " + SELU_ALPHA, "λ = " + SELU_LAMBDA),
            "With LeCun-normal initial weights, activations tend towards mean 0 and variance 1 from layer to "
                + "layer on their own (self-normalising), so deep plain stacks train without batch norm.",
            "The guarantee holds only under its assumptions: fully connected layers, LeCun-normal weights, "
                + "and AlphaDropout instead of ordinary dropout. α and λ are fixed, not tunable.")),
        Map.entry(ActivationKind.GELU, new FunctionNotes(
            "\\begin{array}{l}\\mathrm{GELU}(x)=x\\,\\Phi(x)\\\\"
                + "\\quad=\\frac{x}{2}\\left(1+\\mathrm{erf}\\frac{x}{\\sqrt{2}}\\right)\\end{array}",
            "\\begin{array}{l}\\mathrm{GELU}'(x)=\\Phi(x)+x\\,\\varphi(x)\\\\"
                + "\\varphi(x)=\\frac{1}{\\sqrt{2\\pi}}\\,e^{-x^2/2}\\end{array}",
            List.of(),
            "Smooth everywhere and weights each input by how likely it is to be larger than a standard normal "
                + "value; the usual choice in transformers (BERT, GPT).",
            "Dips slightly below 0 (minimum about −0.17 near x = −0.75), needs erf, and is costlier than ReLU. "
                + "For very negative x its slope fades to 0.")),
        Map.entry(ActivationKind.GELU_TANH, new FunctionNotes(
            "\\begin{array}{l}f(x)=\\frac{x}{2}\\left(1+\\tanh u\\right)\\\\"
                + "u=\\sqrt{2/\\pi}\\,(x+0.044715\\,x^3)\\end{array}",
            "\\begin{array}{l}f'(x)=\\frac{1}{2}(1+\\tanh u)\\\\"
                + "\\quad+\\;\\frac{x}{2}\\,\\mathrm{sech}^2 u\\,\\sqrt{2/\\pi}\\,(1+0.134145\\,x^2)\\end{array}",
            List.of("√(2/π) = 0.7978845608028654", "0.044715 (cubic term)"),
            "A cheaper stand-in for the exact GELU that needs only tanh; it differs from x·Φ(x) by less "
                + "than 0.0005 everywhere.",
            "An approximation: close, not equal, to the exact GELU. Mixing the two forms between training "
                + "and inference changes results slightly.")),
        Map.entry(ActivationKind.SILU, new FunctionNotes(
            "\\mathrm{SiLU}(x)=x\\,\\sigma(x)=\\frac{x}{1+e^{-x}}",
            "\\mathrm{SiLU}'(x)=\\sigma(x)\\,\\bigl(1+x\\,(1-\\sigma(x))\\bigr)",
            List.of(),
            "Smooth, unbounded above and close to ReLU for large x; found by automated search (as Swish) and "
                + "often a little better than ReLU in deep networks.",
            "Not monotonic (minimum about −0.28 near x = −1.28) and needs an exponential per unit.")),
        Map.entry(ActivationKind.SOFTPLUS, new FunctionNotes(
            "\\mathrm{softplus}(x)=\\ln\\left(1+e^{x}\\right)",
            "\\mathrm{softplus}'(x)=\\sigma(x)=\\frac{1}{1+e^{-x}}",
            List.of(),
            "A smooth ReLU that is always positive; handy where an output must be > 0 (a variance, a rate).",
            "Its slope is the sigmoid, so for negative x it saturates; slower than ReLU, and it never gives "
                + "exact zeros (no sparse activations).")),
        Map.entry(ActivationKind.MISH, new FunctionNotes(
            "\\mathrm{Mish}(x)=x\\,\\tanh\\bigl(\\mathrm{softplus}(x)\\bigr)",
            "\\mathrm{Mish}'(x)=\\tanh(s)+x\\,\\sigma(x)\\,\\mathrm{sech}^2(s),\\quad s=\\mathrm{softplus}(x)",
            List.of(),
            "Smooth and non-monotonic like SiLU, with a slightly softer bend; used in some object-detection "
                + "networks (YOLOv4).",
            "The most expensive function here (exp, log and tanh per unit), for a gain that is small and "
                + "depends on the task.")),
        Map.entry(ActivationKind.LINEAR, new FunctionNotes(
            "f(x)=x",
            "f'(x)=1",
            List.of(),
            "Passes values and gradients through unchanged; the right output unit for regression.",
            "Stacks of linear layers collapse to one linear map, so hidden layers need a non-linear "
                + "function to learn anything beyond a straight line."))
    );

    /** The notes for {@code k}. */
    public static FunctionNotes of(ActivationKind k) {
        FunctionNotes n = NOTES.get(k);
        if (n == null) {
            throw new IllegalStateException("no notes written for " + k);
        }
        return n;
    }
}
