package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ApproxCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ActivationLabCommand.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonObject json(String... args) {
        Run r = run(args);
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    @Test
    void constructiveSineReportsItsErrorsAsJson() {
        JsonObject o = json("approx", "--function", "sin", "--hidden", "32", "--method", "constructive", "--json");
        assertEquals("constructive", o.get("method").getAsString());
        assertEquals(32, o.getAsJsonArray("hidden").get(0).getAsInt());
        assertEquals(-Math.PI, o.getAsJsonArray("interval").get(0).getAsDouble());
        double max = o.get("maxError").getAsDouble();
        assertTrue(max > 0.004 && max <= 0.005, "maxError " + max);
        assertTrue(o.get("meanError").getAsDouble() < max);
        assertEquals(10_001, o.get("gridPoints").getAsInt());
    }

    @Test
    void trainedRunIsReproducibleAndReportsItsSettings() {
        String[] args = {"approx", "--function", "sin(x)", "--interval", "-pi:pi", "--hidden", "16",
                "--method", "trained", "--steps", "400", "--seed", "3", "--json"};
        JsonObject a = json(args);
        JsonObject b = json(args);
        assertEquals(a, b);
        assertEquals("trained", a.get("method").getAsString());
        assertEquals(400, a.get("steps").getAsInt());
        assertEquals(3, a.get("seed").getAsLong());
        assertTrue(a.get("finalLoss").getAsDouble() > 0);
        assertTrue(a.get("maxError").getAsDouble() < 0.5);
    }

    @Test
    void presetIntervalCanBeOverriddenAndTwoLayersAreAccepted() {
        JsonObject o = json("approx", "--function", "square", "--interval", "0:2", "--hidden", "8,4", "--json");
        assertEquals(2.0, o.getAsJsonArray("interval").get(1).getAsDouble());
        assertEquals(4, o.getAsJsonArray("hidden").get(1).getAsInt());
        assertEquals(0.25 * 0.25 / 4, o.get("maxError").getAsDouble(), 1e-9); // h^2/8 * max f'' = h^2/4 with h = 1/4
    }

    @Test
    void textOutputNamesTargetNetworkAndErrors() {
        Run r = run("approx", "--function", "abs", "--hidden", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("abs(x) on [-1, 1]"), r.out());
        assertTrue(r.out().contains("1 -> 2 ReLU -> 1 linear"), r.out());
        assertTrue(r.out().contains("maxError   0"), r.out());
    }

    @Test
    void badInputGivesOneLineOnStderrAndExitCode2() {
        String[][] cases = {
                {"approx", "--function", "sin("},
                {"approx", "--function", "y*x"},
                {"approx", "--function", "1/x"},
                {"approx", "--function", "sin", "--interval", "1:0"},
                {"approx", "--function", "sin", "--interval", "0:inf"},
                {"approx", "--function", "sin", "--hidden", "0"},
                {"approx", "--function", "sin", "--hidden", "5000"},
                {"approx", "--function", "sin", "--hidden", "4,8"},
                {"approx", "--function", "sin", "--hidden", "1,2,3"},
                {"approx", "--function", "sin", "--method", "guess"},
                {"approx", "--function", "sin", "--method", "trained", "--steps", "0"},
                {"approx", "--function", "sin", "--method", "trained", "--lr", "-1"},
                {"approx", "--function", "sin", "--steps", "10"},
                {"approx", "--function", "sin", "--hidden"},
                {"approx"},
        };
        for (String[] args : cases) {
            Run r = run(args);
            String what = String.join(" ", args);
            assertEquals(2, r.code(), what + " -> " + r.err());
            assertEquals("", r.out(), what);
            assertEquals(1, r.err().strip().lines().count(), what + " -> " + r.err());
            assertTrue(r.err().startsWith("activation-lab approx: "), what + " -> " + r.err());
        }
    }
}
