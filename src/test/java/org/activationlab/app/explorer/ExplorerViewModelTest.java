package org.activationlab.app.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExplorerViewModelTest {
    private final ExplorerViewModel vm = new ExplorerViewModel(401);

    private static int indexOf(double[] x, double v) {
        int best = 0;
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - v) < Math.abs(x[best] - v)) {
                best = i;
            }
        }
        return best;
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void plotsExactlyTheCatalogueFunctionAndDerivative(ActivationKind k) {
        vm.select(k);
        ExplorerPlot p = vm.getPlot();
        Activation f = k.create();
        assertEquals(401, p.x().length);
        assertEquals(-6.0, p.x()[0]);
        assertEquals(6.0, p.x()[400]);
        for (int i = 0; i < p.x().length; i += 37) {
            assertEquals(f.value(p.x()[i]), p.selected().f()[i], 0.0, "f at " + p.x()[i]);
            assertEquals(f.derivative(p.x()[i]), p.selected().df()[i], 0.0, "f' at " + p.x()[i]);
        }
    }

    @Test
    void changingAlphaResamplesTheSelectedFunction() {
        vm.select(ActivationKind.LEAKY_RELU);
        assertEquals(0.2, vm.getAlpha());
        int i = indexOf(vm.getPlot().x(), -4);
        double before = vm.getPlot().selected().f()[i];
        vm.setAlpha(0.5);
        ExplorerPlot p = vm.getPlot();
        assertEquals(0.5 * p.x()[i], p.selected().f()[i], 1e-15);
        assertNotEquals(before, p.selected().f()[i]);
        assertEquals(0.5, p.selected().df()[i]);
        assertEquals("0.5", vm.alphaTextProperty().get());
    }

    @Test
    void eachFunctionRemembersItsOwnAlpha() {
        vm.select(ActivationKind.ELU);
        vm.setAlpha(2.5);
        vm.select(ActivationKind.LEAKY_RELU);
        vm.setAlpha(0.05);
        vm.select(ActivationKind.ELU);
        assertEquals(2.5, vm.getAlpha());
        assertEquals("2.5", vm.alphaTextProperty().get());
    }

    @Test
    void textThatIsNotANumberKeepsTheLastGoodAlphaAndSaysWhy() {
        vm.select(ActivationKind.LEAKY_RELU);
        vm.alphaTextProperty().set("0.3");
        assertEquals(0.3, vm.getAlpha());
        assertEquals("", vm.alphaErrorProperty().get());
        ExplorerPlot before = vm.getPlot();
        for (String bad : List.of("abc", "", "NaN", "Infinity", "0.3x", "1d")) {
            vm.alphaTextProperty().set(bad);
            assertEquals(0.3, vm.getAlpha(), "alpha after '" + bad + "'");
            assertTrue(vm.alphaErrorProperty().get().contains("0 to 1"), vm.alphaErrorProperty().get());
            assertTrue(vm.alphaErrorProperty().get().contains("0.3"), "names the value kept");
        }
        assertEquals(before, vm.getPlot(), "a rejected text does not replot");
        vm.alphaTextProperty().set("0.25");
        assertEquals(0.25, vm.getAlpha());
        assertEquals("", vm.alphaErrorProperty().get());
    }

    @Test
    void textOutOfRangeNamesTheAllowedRange() {
        vm.select(ActivationKind.ELU);
        vm.alphaTextProperty().set("12");
        assertEquals(1.0, vm.getAlpha());
        assertTrue(vm.alphaErrorProperty().get().contains("between 0 and 10"), vm.alphaErrorProperty().get());
        vm.alphaTextProperty().set("-0.5");
        assertEquals(1.0, vm.getAlpha());
        vm.alphaTextProperty().set("1e-2");
        assertEquals(0.01, vm.getAlpha());
    }

    @Test
    void alphaSetBeyondTheRangeIsClamped() {
        vm.select(ActivationKind.LEAKY_RELU);
        vm.setAlpha(7);
        assertEquals(1.0, vm.getAlpha());
        vm.setAlpha(-1);
        assertEquals(0.0, vm.getAlpha());
    }

    @Test
    void arrowNudgesMoveAlphaByAHundredthOfItsRange() {
        vm.select(ActivationKind.ELU);
        vm.nudgeAlpha(1);
        assertEquals(1.1, vm.getAlpha(), 1e-12);
        vm.nudgeAlpha(-3);
        assertEquals(0.8, vm.getAlpha(), 1e-12);
    }

    @Test
    void functionsWithoutAParameterShowNoAlpha() {
        vm.select(ActivationKind.SELU);
        assertFalse(vm.hasAlphaProperty().get());
        assertTrue(Double.isNaN(vm.getAlpha()));
        vm.alphaTextProperty().set("nonsense");
        assertEquals("", vm.alphaErrorProperty().get());
    }

    @Test
    void comparedFunctionsAreOverlaidWithDistinctColours() {
        vm.select(ActivationKind.SIGMOID);
        vm.comparedProperty(ActivationKind.RELU).set(true);
        vm.comparedProperty(ActivationKind.TANH).set(true);
        List<ExplorerPlot.Curve> c = vm.getPlot().curves();
        assertEquals(List.of(ActivationKind.SIGMOID, ActivationKind.TANH, ActivationKind.RELU),
                c.stream().map(x -> x.function().kind()).toList());
        assertEquals(3, c.stream().mapToInt(ExplorerPlot.Curve::colorIndex).distinct().count());
        vm.comparedProperty(ActivationKind.TANH).set(false);
        assertEquals(2, vm.getPlot().curves().size());
    }

    @Test
    void comparisonStopsAtTheReadableMaximum() {
        vm.select(ActivationKind.LINEAR);
        for (ActivationKind k : ActivationKind.values()) {
            vm.comparedProperty(k).set(true);
        }
        assertEquals(ExplorerViewModel.MAX_FUNCTIONS, vm.getPlot().curves().size());
        assertFalse(vm.comparisonNoteProperty().get().isEmpty());
    }

    @Test
    void sigmoidIsShadedAsSaturatedBeyondAboutFourPointSix() {
        vm.select(ActivationKind.SIGMOID);
        List<ExplorerPlot.Interval> sat = vm.getPlot().saturated();
        assertEquals(2, sat.size());
        // sigma'(x) = 0.01 where e^-|x| / (1+e^-|x|)^2 = 0.01, i.e. |x| ≈ 4.5856
        assertEquals(Double.NEGATIVE_INFINITY, sat.get(0).from());
        assertEquals(-4.5856, sat.get(0).to(), 0.031);
        assertEquals(4.5856, sat.get(1).from(), 0.031);
        assertEquals(Double.POSITIVE_INFINITY, sat.get(1).to());
        assertTrue(vm.getPlot().dead().isEmpty());
    }

    @Test
    void reluIsDeadForNonPositiveInputsAndLeakyReluIsNot() {
        vm.select(ActivationKind.RELU);
        List<ExplorerPlot.Interval> dead = vm.getPlot().dead();
        assertEquals(1, dead.size());
        assertEquals(Double.NEGATIVE_INFINITY, dead.get(0).from());
        assertEquals(0.0, dead.get(0).to(), 0.031);
        vm.select(ActivationKind.LEAKY_RELU);
        assertTrue(vm.getPlot().dead().isEmpty());
        vm.setAlpha(0.005);
        assertEquals(1, vm.getPlot().saturated().size(), "slope 0.005 counts as saturated");
    }

    @Test
    void derivativeCheckFollowsTheCheckedXAndAgrees() {
        vm.select(ActivationKind.MISH);
        vm.checkXProperty().set(-1.3);
        DerivativeCheck c = vm.checkProperty().get();
        assertEquals(-1.3, c.x());
        assertEquals(ActivationKind.MISH.create().derivative(-1.3), c.analytic());
        assertTrue(c.relError() < 1e-8, "relative error " + c.relError());
        assertFalse(c.atKink());
    }

    @Test
    void writesCsvWithXThenValueAndDerivativePerFunction(@TempDir Path dir) throws Exception {
        vm.select(ActivationKind.ELU);
        vm.setAlpha(0.2);
        vm.comparedProperty(ActivationKind.SIGMOID).set(true);
        Path file = dir.resolve("out.csv");
        vm.writeCsv(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("x,f elu(alpha=0.2),df elu(alpha=0.2),f sigmoid,df sigmoid", lines.get(0));
        assertEquals(402, lines.size());
        String[] row = lines.get(101).split(",");
        double x = Double.parseDouble(row[0]);
        assertEquals(vm.getPlot().x()[100], x);
        assertEquals(ActivationKind.ELU.create(0.2).value(x), Double.parseDouble(row[1]));
        assertEquals(ActivationKind.ELU.create(0.2).derivative(x), Double.parseDouble(row[2]));
        assertEquals(ActivationKind.SIGMOID.create().derivative(x), Double.parseDouble(row[4]));
    }

    @Test
    void xRangeFollowsTheZoomAndResets() {
        vm.setXRange(-1, 2);
        assertEquals(-1.0, vm.getPlot().x()[0]);
        assertEquals(2.0, vm.getPlot().x()[400]);
        vm.setXRange(3, 3);
        assertEquals(-1.0, vm.xMinProperty().get(), "an empty range is ignored");
        vm.resetXRange();
        assertEquals(-6.0, vm.getPlot().x()[0]);
    }
}
