package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;

class FunctionsCommandTest {

    @Test
    void listsEveryFunctionOnceWithHeaderAndExitsZero() {
        CliRun r = CliRun.of("functions");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String[] lines = r.outLines();
        assertTrue(lines[0].matches("NAME +PARAMETER +DEFAULT +RANGE"), lines[0]);
        for (int i = 0; i < ActivationKind.values().length; i++) {
            assertEquals(ActivationKind.values()[i].cliName(), lines[i + 1].split(" +")[0]);
        }
    }

    @Test
    void showsParameterDefaultAndRangeOfParameterisedFunctions() {
        List<String> table = FunctionsCommand.table();
        String leaky = table.stream().filter(l -> l.startsWith("leaky-relu ")).findFirst().orElseThrow();
        assertEquals(List.of("leaky-relu", "alpha", "0.2", "[0.0,", "1.0]"), List.of(leaky.split(" +")));
        String elu = table.stream().filter(l -> l.startsWith("elu ")).findFirst().orElseThrow();
        assertEquals(List.of("elu", "alpha", "1.0", "[0.0,", "10.0]"), List.of(elu.split(" +")));
        String relu = table.stream().filter(l -> l.startsWith("relu ")).findFirst().orElseThrow();
        assertEquals(List.of("relu", "-", "-", "-"), List.of(relu.split(" +")));
    }

    @Test
    void columnsAreAligned() {
        List<String> table = FunctionsCommand.table();
        int col = table.get(0).indexOf("PARAMETER");
        int def = table.get(0).indexOf("DEFAULT");
        for (String line : table) {
            assertTrue(line.charAt(col - 1) == ' ' && line.charAt(col) != ' ', line);
            assertTrue(line.charAt(def - 1) == ' ' && line.charAt(def) != ' ', line);
        }
    }

    @Test
    void statesSeluConstantsToFullPrecision() {
        CliRun r = CliRun.of("functions");
        assertTrue(r.out().contains("1.6732632423543772848170429916717"), r.out());
        assertTrue(r.out().contains("1.0507009873554804934193349852946"), r.out());
    }
}
