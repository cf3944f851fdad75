package org.activationlab.app.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;

class ExplorerSessionTest {

    @Test
    void aSavedStateIsRestoredExactly() {
        ExplorerViewModel vm = new ExplorerViewModel(200);
        vm.select(ActivationKind.ELU);
        vm.setAlpha(0.2);
        vm.comparedProperty(ActivationKind.RELU).set(true);
        vm.showSaturationProperty().set(false);
        vm.setXRange(-3, 5);
        vm.checkXProperty().set(-0.5);
        JsonObject saved = ExplorerSession.save(vm);

        ExplorerViewModel other = new ExplorerViewModel(200);
        ExplorerSession.restore(other, JsonParser.parseString(saved.toString()).getAsJsonObject());
        assertEquals(ActivationKind.ELU, other.selectedProperty().get());
        assertEquals(0.2, other.getAlpha());
        assertTrue(other.comparedProperty(ActivationKind.RELU).get());
        assertFalse(other.showSaturationProperty().get());
        assertEquals(-3, other.xMinProperty().get());
        assertEquals(5, other.xMaxProperty().get());
        assertEquals(-0.5, other.checkXProperty().get());
        assertEquals(saved, ExplorerSession.save(other));
    }

    @Test
    void invalidStatesAreRefusedWithoutChangingAnything() {
        ExplorerViewModel vm = new ExplorerViewModel(200);
        vm.select(ActivationKind.LEAKY_RELU);
        vm.setAlpha(0.3);
        JsonObject before = ExplorerSession.save(vm);
        for (String bad : new String[] {
                "{\"function\":\"nope\"}",
                "{\"function\":\"elu\",\"alpha\":99}",
                "{\"function\":\"relu\",\"xMin\":4,\"xMax\":1}",
                "{\"function\":\"relu\",\"compared\":[\"sigmoid\",\"bogus\"]}",
                "{\"function\":\"relu\",\"checkX\":\"abc\"}"}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> ExplorerSession.restore(vm, JsonParser.parseString(bad).getAsJsonObject()), bad);
            assertFalse(e.getMessage().isBlank());
            assertEquals(before, ExplorerSession.save(vm), "state changed by " + bad);
        }
    }
}
