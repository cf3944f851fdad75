package org.activationlab.core.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void parsesNumbersAndConstantExpressions() {
        assertEquals(new Interval(-Math.PI, Math.PI), Interval.parse("-pi:pi"));
        assertEquals(new Interval(0, 1), Interval.parse(" 0 : 1 "));
        assertEquals(new Interval(-2.5, 2 * Math.PI), Interval.parse("-2.5:2*pi"));
    }

    @Test
    void refusesReversedEmptyAndNonFiniteIntervals() {
        assertMessage("A < B", () -> Interval.parse("1:1"));
        assertMessage("A < B", () -> Interval.parse("2:-2"));
        assertMessage("A:B", () -> Interval.parse("0-1"));
        assertMessage("A:B", () -> Interval.parse("0:1:2"));
        assertMessage("empty end", () -> Interval.parse(":1"));
        assertMessage("not a number", () -> Interval.parse("a:1"));
        assertMessage("not a number", () -> Interval.parse("0:1/0"));
        assertMessage("finite", () -> new Interval(0, Double.POSITIVE_INFINITY));
        assertMessage("finite", () -> new Interval(Double.NaN, 1));
    }

    @Test
    void refusesAbsurdWidths() {
        assertMessage("within", () -> Interval.parse("0:1e9"));
        assertMessage("too narrow", () -> new Interval(1, 1 + 1e-9));
    }

    @Test
    void gridEndsExactlyAtBothEnds() {
        Interval iv = new Interval(-Math.PI, Math.PI);
        double[] g = iv.grid(10_001);
        assertEquals(-Math.PI, g[0]);
        assertEquals(Math.PI, g[10_000]);
        for (int k = 1; k < g.length; k++) {
            assertTrue(g[k] > g[k - 1], "grid must increase at " + k);
        }
    }

    @Test
    void formatsShortNumbers() {
        assertEquals("[-3.14159, 3.14159]", new Interval(-Math.PI, Math.PI).toString());
        assertEquals("[0, 100000]", new Interval(0, 100000).toString());
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        assertTrue(ex.getMessage().contains(part), "message '" + ex.getMessage() + "' should contain '" + part + "'");
    }
}
