package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvalCommandTest {

    @Test
    void printsHeaderAndOneRowPerXInShortestRoundTripForm() {
        CliRun r = CliRun.of("eval", "sigmoid", "--x", "0,10,-1e-3");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        Activation s = ActivationKind.SIGMOID.create();
        String[] expected = {
            "function,alpha,x,value,derivative",
            "sigmoid,,0.0,0.5,0.25",
            "sigmoid,,10.0," + s.value(10) + "," + s.derivative(10),
            "sigmoid,,-0.001," + s.value(-1e-3) + "," + s.derivative(-1e-3),
        };
        assertArrayEquals(expected, r.outLines());
        assertEquals(4.5396e-5, Double.parseDouble(r.outLines()[2].split(",")[4]), 5e-10);
    }

    @Test
    void printsGivenAlphaAndUsesIt() {
        CliRun r = CliRun.of("eval", "leaky-relu", "--alpha", "0.1", "--x", "-2,0,3");
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(new String[] {"function,alpha,x,value,derivative",
            "leaky-relu,0.1,-2.0,-0.2,0.1", "leaky-relu,0.1,0.0,0.0,0.1", "leaky-relu,0.1,3.0,3.0,1.0"},
                r.outLines());
    }

    @Test
    void printsDefaultAlphaWhenNoneGiven() {
        CliRun r = CliRun.of("eval", "elu", "--x", "0");
        assertEquals("elu,1.0,0.0,0.0,1.0", r.outLines()[1]);
    }

    @Test
    void rangeIncludesBothEndsAndIsEvenlySpaced() {
        CliRun r = CliRun.of("eval", "linear", "--range", "-1:1:5");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.outLines();
        assertEquals(6, lines.length);
        String[] xs = {"-1.0", "-0.5", "0.0", "0.5", "1.0"};
        for (int i = 0; i < xs.length; i++) {
            assertEquals("linear,," + xs[i] + "," + xs[i] + ",1.0", lines[i + 1]);
        }
    }

    @Test
    void rangeOfDecimalsHitsTheDecimalsNotNeighbours() {
        double[] x = EvalCommand.linspace(0, 1, 11).toArray();
        assertEquals(0.3, x[3]);
        assertEquals(0.7, x[7]);
        assertEquals(1.0, x[10]);
    }

    @Test
    void rangeOverWholeDoubleRangeDoesNotOverflow() {
        double[] x = EvalCommand.linspace(-Double.MAX_VALUE, Double.MAX_VALUE, 3).toArray();
        assertArrayEquals(new double[] {-Double.MAX_VALUE, 0.0, Double.MAX_VALUE}, x);
    }

    @Test
    void rangeWithCountOneGivesFrom() {
        CliRun r = CliRun.of("eval", "relu", "--range", "2:2:1");
        assertArrayEquals(new String[] {"function,alpha,x,value,derivative", "relu,,2.0,2.0,1.0"}, r.outLines());
    }

    @Test
    void acceptsInfinitiesWithTheirLimits() {
        CliRun r = CliRun.of("eval", "softplus", "--x", "-inf,inf,+Infinity");
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(new String[] {"function,alpha,x,value,derivative",
            "softplus,,-Infinity,0.0,0.0", "softplus,,Infinity,Infinity,1.0", "softplus,,Infinity,Infinity,1.0"},
                r.outLines());
    }

    @Test
    void functionNameIsCaseInsensitiveAndSwishIsSilu() {
        CliRun r = CliRun.of("eval", "Swish", "--x", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.outLines()[1].startsWith("silu,,1.0,"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "eval nope --x 1                  | unknown function 'nope'; valid: sigmoid, tanh, relu",
        "eval --x 1                       | missing FUNCTION; valid: sigmoid",
        "eval relu --x 1,abc              | 'abc' is not a number",
        "eval relu --x 1,,2               | '' is not a number",
        "eval relu --x nan                | NaN is not allowed",
        "eval relu --x 1d                 | '1d' is not a number",
        "eval relu --x 0x10               | '0x10' is not a number",
        "eval relu --x 1e400              | too large for a double",
        "eval relu --range 0:1            | expected FROM:TO:COUNT",
        "eval relu --range 0:1:0          | valid: a whole number from 1 to 10000000",
        "eval relu --range 0:1:10000001   | valid: a whole number from 1 to 10000000",
        "eval relu --range 0:1:2.5        | valid: a whole number from 1 to 10000000",
        "eval relu --range 1:0:5          | FROM must not exceed TO",
        "eval relu --range -inf:0:5       | FROM and TO must be finite",
        "eval relu --range nan:0:5        | NaN is not allowed",
        "eval relu                        | give exactly one of --x X1,X2,... or --range FROM:TO:COUNT",
        "eval relu --x 1 --range 0:1:2    | (both were given)",
        "eval relu --alpha 0.1 --x 1      | relu has no parameter, so --alpha is not allowed; functions with one: leaky-relu, elu",
        "eval elu --alpha 11 --x 1        | out of range for elu; valid: a number in [0.0, 10.0]",
        "eval leaky-relu --alpha -0.1 --x 1 | out of range for leaky-relu; valid: a number in [0.0, 1.0]",
        "eval elu --alpha nan --x 1       | NaN is not allowed",
        "eval relu --x 1 --bogus          | Unknown option: '--bogus'",
    })
    void badInputGivesOneLineOnStderrAndExitTwo(String args, String expectedPart) {
        CliRun r = CliRun.of(args.trim().split(" +"));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        String[] errLines = r.err().split("\\R");
        assertEquals(1, errLines.length, r.err());
        assertTrue(errLines[0].startsWith("activation-lab eval: "), r.err());
        assertTrue(errLines[0].contains(expectedPart.trim()), r.err());
    }

    @Test
    void negativeRangeStartIsReadAsValueNotOption() {
        CliRun r = CliRun.of("eval", "tanh", "--range", "-2:2:3");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.outLines().length);
    }

    @Test
    void everyPrintedNumberRoundTripsToTheCatalogueValue() {
        CliRun r = CliRun.of("eval", "gelu", "--range", "-40:40:801");
        assertEquals(0, r.code(), r.err());
        Activation g = ActivationKind.GELU.create();
        String[] lines = r.outLines();
        assertEquals(802, lines.length);
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",");
            double x = Double.parseDouble(c[2]);
            assertEquals(g.value(x), Double.parseDouble(c[3]));
            assertEquals(g.derivative(x), Double.parseDouble(c[4]));
        }
    }
}
