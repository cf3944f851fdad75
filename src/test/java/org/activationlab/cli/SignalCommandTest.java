package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignalCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "signal";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = ActivationLabCommand.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void jsonHasOneEntryPerLayerAndReflectsTheOptions() {
        String[] r = run("--activation", "leaky-relu", "--alpha", "0.2", "--init", "he", "--width", "32", "--depth", "12",
                "--batch", "4", "--seed", "7", "--format", "json");
        assertEquals("0", r[0], r[2]);
        JsonObject o = JsonParser.parseString(r[1]).getAsJsonObject();
        assertEquals("leaky-relu", o.get("activation").getAsString());
        assertEquals(0.2, o.get("alpha").getAsDouble(), 0.0);
        assertEquals("he", o.get("init").getAsString());
        JsonArray layers = o.getAsJsonArray("layers");
        assertEquals(12, layers.size());
        assertEquals(12, layers.get(11).getAsJsonObject().get("layer").getAsInt());
        assertTrue(layers.get(0).getAsJsonObject().get("activationStd").getAsDouble() > 0);
    }

    @Test
    void csvIsReproducibleForTheSameSeed() {
        String[] a = run("--width", "16", "--depth", "5", "--batch", "2", "--format", "csv");
        String[] b = run("--width", "16", "--depth", "5", "--batch", "2", "--format", "csv");
        assertEquals(a[1], b[1]);
        assertEquals(6, a[1].split("\n").length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--depth 0", "--depth 201", "--width 0", "--scale 0", "--scale NaN", "--init orthogonal",
            "--activation foo", "--alpha 0.3", "--format xml", "--batch abc"})
    void badInputIsOneLineOnStderrAndExitTwo(String args) {
        String[] r = run(args.split(" "));
        assertEquals("2", r[0], args + " → " + r[2]);
        assertEquals("", r[1]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }
}
