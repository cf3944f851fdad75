package org.activationlab.app.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationlab.app.approx.ApproxViewModel.Method;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.approx.ErrorSeries;
import org.activationlab.core.approx.Hinge;
import org.activationlab.core.approx.Preset;
import org.activationlab.core.approx.Target;
import org.junit.jupiter.api.Test;

/** The screen's state and commands, without a scene (synchronous task runner). */
class ApproxViewModelTest {
    private final ApproxViewModel vm = new ApproxViewModel(TaskRunner.synchronous());

    private double maxError() {
        return vm.errorProperty().get().maxError();
    }

    @Test
    void startsWithSineAndAConstructiveNetworkOfDefaultWidth() {
        assertEquals(Preset.SIN, vm.presetProperty().get());
        assertEquals("sin(x)", vm.expressionTextProperty().get());
        assertEquals("-pi:pi", vm.intervalTextProperty().get());
        assertEquals(ApproxViewModel.DEFAULT_WIDTH, vm.networkProperty().get().outputUnits());
        assertEquals(Method.CONSTRUCTIVE, vm.methodProperty().get());
    }

    @Test
    void errorFallsAboutFourTimesWhenNDoublesForASmoothTarget() {
        vm.setWidth(16);
        double e16 = maxError();
        vm.setWidth(32);
        double e32 = maxError();
        assertTrue(e32 <= 0.005, "N=32 sin error " + e32);
        double ratio = e16 / e32;
        assertTrue(ratio > 3.5 && ratio < 4.5, "ratio " + ratio);
    }

    @Test
    void widthIsClampedToTheSliderRange() {
        vm.setWidth(0);
        assertEquals(1, vm.width());
        vm.setWidth(10_000);
        assertEquals(ApproxViewModel.MAX_WIDTH, vm.width());
        assertEquals(256, vm.networkProperty().get().outputUnits());
    }

    @Test
    void errorSeriesCoversEveryWidthWithSlopeNearMinusTwo() {
        List<ErrorSeries.Point> s = vm.seriesProperty().get();
        assertEquals(ApproxViewModel.SERIES_WIDTHS.length, s.size());
        ErrorSeries.Point p32 = s.stream().filter(p -> p.width() == 32).findFirst().orElseThrow();
        ErrorSeries.Point p256 = s.stream().filter(p -> p.width() == 256).findFirst().orElseThrow();
        double slope = Math.log(p256.maxError() / p32.maxError()) / Math.log(256.0 / 32);
        assertEquals(-2, slope, 0.1);
    }

    @Test
    void choosingAPresetShowsItsFormulaAndInterval() {
        vm.choosePreset(Preset.NIELSEN);
        assertEquals(Preset.NIELSEN.formula(), vm.expressionTextProperty().get());
        assertEquals("0:1", vm.intervalTextProperty().get());
        assertEquals(Preset.NIELSEN.interval(), vm.targetProperty().get().interval());
    }

    @Test
    void absoluteValueIsExactWithAKnotAtZero() {
        vm.choosePreset(Preset.ABS);
        vm.setWidth(2);
        assertTrue(maxError() < 1e-12, "error " + maxError());
    }

    @Test
    void typedExpressionBecomesTheTarget() {
        vm.expressionTextProperty().set("x^3 - x");
        vm.intervalTextProperty().set("-2:2");
        assertTrue(vm.applyTypedTarget());
        assertEquals("x^3 - x", vm.targetProperty().get().function().formula());
        assertEquals(-2, vm.targetProperty().get().interval().a());
        assertEquals(null, vm.presetProperty().get());
        assertEquals("", vm.targetMessageProperty().get());
    }

    @Test
    void badExpressionShowsTheReasonAndKeepsTheOldTarget() {
        Target before = vm.targetProperty().get();
        vm.expressionTextProperty().set("sin(x");
        assertFalse(vm.applyTypedTarget());
        assertSame(before, vm.targetProperty().get());
        assertTrue(vm.targetMessageProperty().get().contains("sin(x"), vm.targetMessageProperty().get());
        vm.expressionTextProperty().set("1/x");
        vm.intervalTextProperty().set("-1:1");
        assertFalse(vm.applyTypedTarget());
        assertTrue(vm.targetMessageProperty().get().contains("not finite"), vm.targetMessageProperty().get());
        vm.expressionTextProperty().set("x");
        vm.intervalTextProperty().set("2:1");
        assertFalse(vm.applyTypedTarget());
        assertTrue(vm.targetMessageProperty().get().contains("A < B"), vm.targetMessageProperty().get());
        assertSame(before, vm.targetProperty().get());
    }

    @Test
    void handEditChangesTheSumAndTheErrorAndCanBeUndone() {
        vm.setWidth(8);
        double before = maxError();
        Hinge h = vm.networkProperty().get().hinges().get(3);
        vm.editHinge(3, h.withBreakpoint(h.breakpoint() + 0.4));
        assertTrue(vm.handEditedProperty().get());
        assertEquals(h.breakpoint() + 0.4, vm.networkProperty().get().hinges().get(3).breakpoint(), 1e-12);
        assertNotEquals(before, maxError());
        vm.editHinge(5, vm.networkProperty().get().hinges().get(5).withSlopeChange(2));
        assertEquals(2, vm.networkProperty().get().hinges().get(5).slopeChange(), 1e-12);
        vm.clearEdits();
        assertFalse(vm.handEditedProperty().get());
        assertEquals(before, maxError(), 1e-15);
    }

    @Test
    void changingNDropsHandEdits() {
        Hinge h = vm.networkProperty().get().hinges().get(1);
        vm.editHinge(1, h.withSlopeChange(5));
        vm.setWidth(9);
        assertTrue(vm.edits().isEmpty());
        assertFalse(vm.handEditedProperty().get());
    }

    @Test
    void handEditsAreIgnoredWhileTrained() {
        vm.methodProperty().set(Method.TRAINED);
        Hinge h = vm.networkProperty().get().hinges().get(0);
        vm.editHinge(0, h.withSlopeChange(3));
        assertTrue(vm.edits().isEmpty());
    }

    @Test
    void steppingTrainingLowersTheLossAndMovesTheHinges() {
        vm.setWidth(16);
        vm.methodProperty().set(Method.TRAINED);
        double[] before = vm.networkProperty().get().breakpoints();
        double startError = maxError();
        vm.training().step(1);
        double first = vm.training().lossesProperty().get()[0];
        vm.training().step(400);
        double[] losses = vm.training().lossesProperty().get();
        assertEquals(401, losses.length);
        assertEquals(401, vm.training().stepProperty().get());
        assertTrue(losses[400] < first / 20, "loss " + first + " -> " + losses[400]);
        assertTrue(maxError() < startError / 3, "error " + startError + " -> " + maxError());
        assertNotEquals(before[5], vm.networkProperty().get().breakpoints()[5]);
    }

    @Test
    void startRunsToTheEndOfTheRunAndConvergesOnSine() {
        vm.setWidth(32);
        vm.methodProperty().set(Method.TRAINED);
        vm.training().setSteps(3000);
        vm.training().fastProperty().set(true);
        vm.training().start();
        assertFalse(vm.training().runningProperty().get());
        assertEquals(3000, vm.training().stepProperty().get());
        assertTrue(maxError() < 0.03, "trained max error " + maxError());
    }

    @Test
    void sameSeedGivesTheSameRunAndResetGoesBackToStepZero() {
        vm.methodProperty().set(Method.TRAINED);
        vm.training().step(50);
        double a = vm.training().lossesProperty().get()[49];
        vm.training().reset();
        assertEquals(0, vm.training().stepProperty().get());
        vm.training().step(50);
        assertEquals(a, vm.training().lossesProperty().get()[49]);
        vm.training().setSeed(7);
        vm.training().step(50);
        assertNotEquals(a, vm.training().lossesProperty().get()[49]);
    }

    @Test
    void badTrainingSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> vm.training().setLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> vm.training().setLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> vm.training().setSteps(0));
        assertEquals(ApproxTraining.DEFAULT_LEARNING_RATE, vm.training().learningRateProperty().get());
    }

    @Test
    void switchingBackToConstructiveShowsTheInterpolantAgain() {
        vm.setWidth(32);
        double constructive = maxError();
        vm.methodProperty().set(Method.TRAINED);
        assertNotEquals(constructive, maxError());
        vm.methodProperty().set(Method.CONSTRUCTIVE);
        assertEquals(constructive, maxError());
    }

    @Test
    void csvHoldsTheHingeSum() {
        vm.setWidth(4);
        String csv = ApproxCsv.csv(vm.targetProperty().get(), vm.networkProperty().get(), 11);
        String[] lines = csv.split("\n");
        assertEquals(12, lines.length);
        assertEquals("x,target,output,error,unit_1,unit_2,unit_3,unit_4", lines[0]);
        double c = vm.networkProperty().get().outputBias();
        for (int i = 1; i < lines.length; i++) {
            double[] v = java.util.Arrays.stream(lines[i].split(",")).mapToDouble(Double::parseDouble).toArray();
            assertEquals(v[2] - v[1], v[3], 1e-12);
            assertEquals(v[2], c + v[4] + v[5] + v[6] + v[7], 1e-12);
        }
        assertNotNull(csv);
    }

    @Test
    void intervalEndsThatAreMultiplesOfPiReadAsSuch() {
        assertEquals("-pi", ApproxViewModel.formatEnd(-Math.PI));
        assertEquals("2*pi", ApproxViewModel.formatEnd(2 * Math.PI));
        assertEquals("0.5", ApproxViewModel.formatEnd(0.5));
        assertEquals("0", ApproxViewModel.formatEnd(0));
    }
}
