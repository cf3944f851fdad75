package org.activationlab.app.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.activationlab.app.approx.ApproxViewModel.Method;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.approx.Hinge;
import org.activationlab.core.approx.Preset;
import org.junit.jupiter.api.Test;

/** Saving and restoring the screen's set-up; bad values are refused with a reason and change nothing. */
class ApproxSessionTest {

    private static ApproxViewModel vm() {
        return new ApproxViewModel(TaskRunner.synchronous());
    }

    @Test
    void typedTargetWidthEditsAndSettingsSurviveARoundTrip() {
        ApproxViewModel a = vm();
        a.expressionTextProperty().set("exp(-x^2)");
        a.intervalTextProperty().set("-3:2");
        a.applyTypedTarget();
        a.setWidth(12);
        Hinge h = a.networkProperty().get().hinges().get(4);
        a.editHinge(4, h.withBreakpoint(h.breakpoint() + 0.1).withSlopeChange(0.7));
        a.training().setLearningRate(0.05);
        a.training().setSeed(42);
        a.training().setSteps(1234);
        JsonObject saved = JsonParser.parseString(ApproxSession.save(a).toString()).getAsJsonObject();

        ApproxViewModel b = vm();
        ApproxSession.restore(b, saved);
        assertNull(b.presetProperty().get());
        assertEquals("exp(-x^2)", b.targetProperty().get().function().formula());
        assertEquals(-3, b.targetProperty().get().interval().a());
        assertEquals(2, b.targetProperty().get().interval().b());
        assertEquals(12, b.width());
        assertEquals(a.edits(), b.edits());
        assertEquals(a.errorProperty().get(), b.errorProperty().get());
        assertEquals(0.05, b.training().learningRateProperty().get());
        assertEquals(42, b.training().seedProperty().get());
        assertEquals(1234, b.training().stepsProperty().get());
    }

    @Test
    void presetAndTrainedMethodSurviveARoundTrip() {
        ApproxViewModel a = vm();
        a.choosePreset(Preset.STEP);
        a.setWidth(64);
        a.methodProperty().set(Method.TRAINED);
        ApproxViewModel b = vm();
        ApproxSession.restore(b, ApproxSession.save(a));
        assertEquals(Preset.STEP, b.presetProperty().get());
        assertEquals(64, b.width());
        assertEquals(Method.TRAINED, b.methodProperty().get());
        assertEquals(a.errorProperty().get(), b.errorProperty().get());
    }

    @Test
    void invalidValuesAreRefusedWithAClearMessageAndNothingChanges() {
        ApproxViewModel vm = vm();
        vm.setWidth(20);
        assertRefused(vm, "{\"width\": 0}", "width");
        assertRefused(vm, "{\"width\": 2.5}", "width");
        assertRefused(vm, "{\"preset\": \"cosh\"}", "unknown preset");
        assertRefused(vm, "{\"expression\": \"1/x\", \"interval\": [-1, 1]}", "not finite");
        assertRefused(vm, "{\"expression\": \"sin(\"}", "sin(");
        assertRefused(vm, "{\"interval\": [1, -1], \"expression\": \"x\"}", "A < B");
        assertRefused(vm, "{\"method\": \"magic\"}", "method");
        assertRefused(vm, "{\"learningRate\": -1}", "learning rate");
        assertRefused(vm, "{\"steps\": \"many\"}", "steps");
        assertRefused(vm, "{\"edits\": [{\"unit\": 99, \"w\": 1, \"b\": 0, \"v\": 1}]}", "unit");
        assertEquals(20, vm.width());
        assertEquals(Preset.SIN, vm.presetProperty().get());
    }

    private static void assertRefused(ApproxViewModel vm, String json, String fragment) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApproxSession.restore(vm, o));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().startsWith("approx"), e.getMessage());
    }
}
