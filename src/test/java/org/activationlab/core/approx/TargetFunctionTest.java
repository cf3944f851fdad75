package org.activationlab.core.approx;

import static org.activationlab.core.approx.IntervalTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TargetFunctionTest {

    @Test
    void refusesTextThatDoesNotParse() {
        assertMessage("does not parse", () -> TargetFunction.parse("sin("));
        assertMessage("does not parse", () -> TargetFunction.parse("x)"));
        assertMessage("does not parse", () -> TargetFunction.parse("3 4"));
        assertMessage("does not parse", () -> TargetFunction.parse("x!"));
        assertMessage("incomplete", () -> TargetFunction.parse("x^"));
        assertMessage("incomplete", () -> TargetFunction.parse("sin()"));
        assertMessage("empty", () -> TargetFunction.parse("   "));
    }

    @Test
    void refusesUnknownVariablesAndFunctionsByName() {
        assertMessage("unknown name 'y'", () -> TargetFunction.parse("y + x"));
        assertMessage("unknown name 'foo'", () -> TargetFunction.parse("foo(x)"));
    }

    @Test
    void evaluatesExpressionsWithConstantsAndImplicitMultiplication() {
        TargetFunction f = TargetFunction.parse("2x + pi*sin(x)");
        assertEquals(2 * 0.5 + Math.PI * Math.sin(0.5), f.value(0.5), 1e-15);
        assertEquals("2x + pi*sin(x)", f.formula());
        assertEquals(-9, TargetFunction.parse("-x^2").value(3), "unary minus binds looser than ^, as in maths");
        assertEquals(512, TargetFunction.parse("2^3^x").value(2), "^ associates to the right");
        assertTrue(f.preset().isEmpty());
    }

    @Test
    void refusesTargetsThatAreNotFiniteOnTheIntervalNamingTheFirstBadX() {
        assertMessage("not finite at x = 0 ", () -> Target.of(TargetFunction.parse("1/x"), new Interval(-1, 1)));
        assertMessage("not finite at x = -1 ", () -> Target.of(TargetFunction.parse("sqrt(x)"), new Interval(-1, 1)));
        assertMessage("not finite at x = 0 ", () -> Target.of(TargetFunction.parse("log(x)"), new Interval(0, 1)));
        assertMessage("reaches", () -> Target.of(TargetFunction.parse("exp(x)"), new Interval(0, 100)));
    }

    @Test
    void acceptsAnExpressionWhereItIsFinite() {
        Target t = Target.of(TargetFunction.parse("sin(x)/x"), new Interval(0.1, 1));
        assertEquals(Target.GRID_POINTS, t.gridY().length);
        assertEquals(Math.sin(1.0), t.gridY()[Target.GRID_POINTS - 1], 1e-15);
    }

    @Test
    void everyPresetFormulaMatchesItsJavaImplementation() {
        for (Preset p : Preset.values()) {
            TargetFunction java = p.function();
            TargetFunction parsed = TargetFunction.parse(p.formula());
            for (double x : p.interval().grid(101)) {
                assertEquals(java.value(x), parsed.value(x), 1e-12, p + " at x = " + x);
            }
        }
    }

    @Test
    void presetsAreFoundByNameAndKeepTheirInterval() {
        assertEquals(Preset.NIELSEN, TargetFunction.presetOrExpression("Nielsen").preset().orElseThrow());
        assertEquals(new Interval(0, 1), Preset.NIELSEN.interval());
        assertEquals(new Interval(-Math.PI, Math.PI), Target.of(Preset.SIN.function()).interval());
        assertEquals(0.5, Preset.STEP.function().value(0), 1e-15);
        assertEquals(new Interval(-1, 1), TargetFunction.presetOrExpression("x^3").defaultInterval());
    }

    @Test
    void expressionsCanBeEvaluatedFromManyThreadsAtOnce() throws Exception {
        TargetFunction f = TargetFunction.parse("sin(3*x) + x^2");
        double[] xs = new Interval(-2, 2).grid(20_001);
        double[] expected = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            expected[k] = Math.sin(3 * xs[k]) + xs[k] * xs[k];
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean single = t % 2 == 0;
                results.add(pool.submit(() -> {
                    double[] out = new double[xs.length];
                    if (single) {
                        for (int k = 0; k < xs.length; k++) {
                            out[k] = f.value(xs[k]);
                        }
                    } else {
                        f.values(xs, out);
                    }
                    return out;
                }));
            }
            for (Future<double[]> r : results) {
                assertArrayEquals(expected, r.get(), 1e-12);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
