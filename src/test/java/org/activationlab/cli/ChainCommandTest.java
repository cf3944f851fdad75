package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.StringJoiner;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.chain.ChainResult;
import org.activationlab.core.chain.CostFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChainCommandTest {
    private static final String SCI = "0|-?\\d\\.\\d{14}e[+-]\\d+";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "chain";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = ActivationLabCommand.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonObject json(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        Run r = run(all);
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    @Test
    void explodingPresetAsJsonCarriesThePostsNumbers() {
        JsonObject o = json("--preset", "exploding");
        assertEquals("sigmoid", o.get("activation").getAsString());
        assertTrue(o.get("alpha").isJsonNull());
        assertEquals("quadratic", o.get("cost").getAsString());
        assertEquals(0.5, o.get("learningRate").getAsDouble(), 0.0);
        assertEquals("3.43980000000000e+2", o.get("dCdb1").getAsString());
        assertEquals("1.00000000000000e+0", o.get("dCdaL").getAsString());
        assertEquals(0.25, o.get("cost_value").getAsDouble(), 1e-15);
        JsonArray layers = o.getAsJsonArray("layers");
        assertEquals(4, layers.size());
        double[] d = {0.13, 0.21, 0.09, 0.14};
        for (int j = 0; j < 4; j++) {
            JsonObject l = layers.get(j).getAsJsonObject();
            assertEquals(j + 1, l.get("index").getAsInt());
            assertEquals(100.0, l.get("weight").getAsDouble(), 0.0);
            assertEquals(d[j], l.get("derivative").getAsDouble(), 1e-14);
            for (String k : new String[] {"factor", "dCdb", "dCdw"}) {
                assertTrue(l.get(k).getAsString().matches(SCI), k + " = " + l.get(k));
            }
            for (String k : new String[] {"bias", "z", "a", "newBias", "newWeight"}) {
                assertTrue(l.get(k).getAsJsonPrimitive().isNumber(), k);
            }
        }
        assertEquals(-170.43, layers.get(0).getAsJsonObject().get("newBias").getAsDouble(), 1e-12);
    }

    @Test
    void tenThousandSigmoidLayersGiveAGradientFarBelowTheDoubleRange() {
        JsonObject o = json("--activation", "sigmoid", "--depth", "10000", "--weights", "1", "--biases", "0");
        String g = o.get("dCdb1").getAsString();
        assertTrue(g.matches(SCI), g);
        BigDecimal v = new BigDecimal(g);
        assertTrue(v.signum() != 0 && v.scale() > 6000, g);
        assertEquals(10_000, o.getAsJsonArray("layers").size());
    }

    @Test
    void explodingGradientsBeyondTheDoubleRangeAndTheOverflowingStep() {
        ChainResult r = explodingChain(2_000).evaluate();
        StringJoiner w = new StringJoiner(",");
        StringJoiner b = new StringJoiner(",");
        for (int j = 1; j <= 2_000; j++) {
            w.add(Double.toString(r.chain().weight(j)));
            b.add(Double.toString(r.chain().bias(j)));
        }
        JsonObject o = json("--weights", w.toString(), "--biases", b.toString(), "--input", "0.5", "--target", "0",
                "--learning-rate", "0.1");
        assertEquals(r.dCdb1().toScientific(15), o.get("dCdb1").getAsString());
        assertTrue(new BigDecimal(o.get("dCdb1").getAsString()).precision()
                - new BigDecimal(o.get("dCdb1").getAsString()).scale() > 2_000);
        JsonObject first = o.getAsJsonArray("layers").get(0).getAsJsonObject();
        assertTrue(first.get("overflow").getAsBoolean());
        assertTrue(first.get("newBias").getAsBigDecimal().compareTo(new BigDecimal("-1e2000")) < 0);
    }

    /** Sigmoid, weights 100, every z_j steered to 0.5: factors ≈ 23.5. */
    private static org.activationlab.core.chain.Chain explodingChain(int depth) {
        org.activationlab.core.activation.Activation f = ActivationKind.SIGMOID.create();
        double[] w = new double[depth];
        double[] b = new double[depth];
        double a = 0.5;
        for (int i = 0; i < depth; i++) {
            w[i] = 100;
            b[i] = 0.5 - 100 * a;
            a = f.value(100 * a + b[i]);
        }
        return org.activationlab.core.chain.Chain.of(f, w, b, 0.5, 0.0, CostFunction.QUADRATIC);
    }

    @Test
    void clippingByValueAndByNormShowInTheJson() {
        JsonObject v = json("--preset", "exploding", "--clip-value", "0.5");
        assertEquals(1.31, v.getAsJsonArray("layers").get(0).getAsJsonObject().get("newBias").getAsDouble(), 1e-15);
        assertEquals("value", v.getAsJsonObject("clipping").get("mode").getAsString());
        assertEquals("3.43980000000000e+2", v.get("dCdb1").getAsString(), "the raw gradient is reported");
        JsonObject n = json("--preset", "exploding", "--clip-norm", "1");
        assertEquals(1.0, n.getAsJsonObject("clipping").get("clippedGradientNorm").getAsDouble(), 1e-14);
    }

    @Test
    void perLayerListsAlphaAndCostAreApplied() {
        JsonObject o = json("--activation", "leaky-relu", "--alpha", "0.1", "--weights", "1,-2,3", "--biases", "0.5",
                "--input", "2", "--target", "1", "--cost", "quadratic");
        assertEquals(0.1, o.get("alpha").getAsDouble(), 0.0);
        JsonArray layers = o.getAsJsonArray("layers");
        assertEquals(3, layers.size());
        assertEquals(-2.0, layers.get(1).getAsJsonObject().get("weight").getAsDouble(), 0.0);
        assertEquals(0.5, layers.get(2).getAsJsonObject().get("bias").getAsDouble(), 0.0);
        ChainResult expected = org.activationlab.core.chain.Chain.of(ActivationKind.LEAKY_RELU.create(0.1),
                new double[] {1, -2, 3}, new double[] {0.5, 0.5, 0.5}, 2, 1, CostFunction.QUADRATIC).evaluate();
        assertEquals(expected.dCdb1().toScientific(15), o.get("dCdb1").getAsString());
        JsonObject ce = json("--cost", "cross-entropy", "--target", "0.3");
        assertEquals("cross-entropy", ce.get("cost").getAsString());
    }

    @Test
    void csvHasAHeaderAndOneLinePerLayer() {
        Run r = run("--preset", "dead-relu", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(5, lines.length);
        assertEquals("layer,weight,bias,z,a,derivative,factor,dCdb,dCdw,newBias,newWeight", lines[0]);
        assertEquals("0", lines[1].split(",")[7], "dead ReLU: dC/db1 is exactly 0");
        assertEquals("-1.00000000000000e+0", lines[4].split(",")[7]);
    }

    @Test
    void tableShowsTheProductTheCaptionAndTheHonestStep() {
        Run r = run("--preset", "exploding");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("= 3.43980000000000e+2"), r.out());
        assertTrue(r.out().contains("sign slip"), r.out());
        assertTrue(r.out().contains("step on b1: 1.56 - 0.5 * (3.43980e+2) = -170.43"), r.out());
        Run v = run("--preset", "vanishing");
        assertTrue(v.out().contains("0.1999999781"), v.out());
    }

    @Test
    void trainingPrintsCostAndEveryLayersGradientPerStep() {
        JsonObject o = json("--activation", "sigmoid", "--depth", "6", "--train", "5");
        assertEquals(5, o.get("steps").getAsInt());
        assertTrue(o.get("stopReason").isJsonNull());
        JsonArray g = o.getAsJsonArray("biasGradients");
        assertEquals(5, g.size());
        for (int s = 0; s < 5; s++) {
            JsonArray layers = g.get(s).getAsJsonArray();
            assertEquals(6, layers.size());
            assertTrue(new BigDecimal(layers.get(0).getAsString()).compareTo(new BigDecimal(layers.get(5).getAsString())) < 0,
                    "the first sigmoid layer learns slowest");
        }
        assertTrue(new BigDecimal(o.getAsJsonArray("cost").get(4).getAsString())
                .compareTo(new BigDecimal(o.getAsJsonArray("cost").get(0).getAsString())) < 0);
        Run csv = run("--preset", "exploding", "--train", "3", "--format", "csv");
        assertEquals("step,cost,dCdb1,dCdb2,dCdb3,dCdb4", csv.out().lines().findFirst().orElseThrow());
        assertEquals(4, csv.out().lines().count());
        Run bad = run("--train", "0");
        assertEquals(2, bad.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--depth 0", "--depth 10001", "--weights 1,NaN", "--weights NaN", "--weights 1,2,3 --depth 4",
            "--biases 1,2 --depth 3", "--weights 1,2 --biases 1,2,3", "--preset boom", "--activation foo",
            "--cost hinge", "--clip-value 1 --clip-norm 1", "--clip-value -1", "--input NaN", "--target Infinity",
            "--alpha 0.3", "--activation elu --alpha 20", "--format xml", "--depth abc", "--learning-rate NaN",
            "--weights 1,x", "--activation relu --weights 100 --depth 200",
            "--activation relu --cost cross-entropy"})
    void badInputIsOneLineOnStderrAndExitTwo(String args) {
        Run r = run(args.split(" "));
        assertEquals(2, r.code(), args + " → " + r.err());
        assertEquals("", r.out(), args);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("activation-lab chain: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
