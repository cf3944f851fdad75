package org.activationlab.app.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.chain.BigMag;
import org.activationlab.core.chain.ChainPreset;
import org.activationlab.core.chain.Clipping;
import org.activationlab.core.chain.CostFunction;
import org.junit.jupiter.api.Test;

/** The chain screen's ViewModel, without a scene. */
class ChainViewModelTest {
    private final ChainViewModel vm = new ChainViewModel();

    @Test
    void explodingPresetWalksToThePostsProductAndTheHonestUpdate() {
        vm.loadPreset(ChainPreset.EXPLODING);
        assertEquals(0, vm.step());
        int n = 0;
        while (vm.next()) {
            n++;
        }
        assertEquals(4, n);
        assertEquals("343.98", Numbers.format(vm.currentStep().running(), 5));
        assertEquals("−170.43", Numbers.format(vm.state().update().bias(1).newValue(), 5));
        assertFalse(vm.next());
        assertTrue(vm.back());
        assertEquals(3, vm.step());
    }

    @Test
    void factorsOfTheExplodingChainAllAmplify() {
        vm.loadPreset(ChainPreset.EXPLODING);
        vm.next();
        for (int k = 1; k <= 4; k++) {
            vm.goToStep(k);
            assertTrue(vm.currentStep().amplifies() || k == 4, "step " + k);
        }
        vm.goToStep(4);
        assertTrue(vm.currentStep().attenuates(), "the last factor f'(z1) = 0.13 shrinks the product");
    }

    @Test
    void sigmoidAtDepthFiftySlopesDownTowardsTheFirstLayer() {
        vm.setActivation(ActivationKind.SIGMOID, Double.NaN);
        vm.setDepth(50);
        double[] y = vm.state().chart().log10();
        assertEquals(50, y.length);
        for (int j = 1; j < 50; j++) {
            assertTrue(y[j - 1] < y[j], "layer " + j + " should learn slower than layer " + (j + 1));
        }
        assertTrue(y[49] - y[0] > 49 * Math.log10(4) - 1e-9, "each layer loses at least a factor 4");
    }

    @Test
    void deadReluLayersAreExactlyZeroNotInfinite() {
        vm.loadPreset(ChainPreset.DEAD_RELU);
        ChainChart c = vm.state().chart();
        assertEquals(3, c.deadCount());
        assertTrue(Double.isNaN(c.log10()[0]));
        assertTrue(c.dead()[2]);
        assertFalse(c.dead()[3]);
    }

    @Test
    void badValuesAreRefusedWithTheCoresMessageAndChangeNothing() {
        ChainState before = vm.state();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> vm.setDepth(0));
        assertTrue(e.getMessage().contains("between 1 and 10000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> vm.setWeight(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> vm.setLearningRate(-1));
        assertThrows(IllegalArgumentException.class, () -> vm.setClipping(Clipping.Mode.BY_VALUE, 0));
        assertThrows(IllegalArgumentException.class, () -> vm.setAlpha(0.3), "ReLU has no alpha");
        assertThrows(IllegalArgumentException.class, () -> vm.setActivation(ActivationKind.LEAKY_RELU, 7));
        assertSame(before, vm.state());
    }

    @Test
    void crossEntropyOutsideItsDomainIsRefused() {
        vm.setAllWeights(3); // ReLU output 3.3 > 1
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> vm.setCost(CostFunction.CROSS_ENTROPY));
        assertTrue(e.getMessage().contains("cross-entropy"), e.getMessage());
        assertEquals(CostFunction.QUADRATIC, vm.chain().cost());
    }

    @Test
    void editingAPresetForgetsItsCaptionButSteppingKeepsIt() {
        vm.loadPreset(ChainPreset.EXPLODING);
        vm.next();
        assertEquals(ChainPreset.EXPLODING, vm.state().preset());
        vm.setWeight(2, 50);
        assertNull(vm.state().preset());
        assertEquals(50, vm.chain().weight(2));
        assertEquals(1, vm.step(), "editing keeps the step");
    }

    @Test
    void growingTheDepthAtTheEndStaysAtTheEnd() {
        vm.goToStep(4);
        vm.setDepth(1000);
        assertEquals(1000, vm.step());
        vm.goToStep(2);
        vm.setDepth(10);
        assertEquals(2, vm.step());
        vm.setDepth(1);
        assertEquals(1, vm.step());
    }

    @Test
    void clippingByValueCapsTheB1Step() {
        vm.loadPreset(ChainPreset.EXPLODING);
        vm.setClipping(Clipping.Mode.BY_VALUE, 0.5);
        var u = vm.state().update().bias(1);
        assertEquals("171.99", Numbers.format(u.rawStep(), 5));
        assertEquals(0.25, u.step().toDouble(), 1e-15);
        assertEquals(1.31, u.newValue().toDouble(), 1e-12);
    }

    @Test
    void takingTheStepMovesEveryParameter() {
        vm.loadPreset(ChainPreset.EXPLODING);
        vm.applyUpdate();
        assertEquals(-170.43, vm.chain().bias(1), 1e-9);
    }

    @Test
    void playStopsAtTheEnd() {
        vm.loadPreset(ChainPreset.HEALTHY);
        vm.togglePlay();
        assertTrue(vm.playingProperty().get());
        while (vm.next()) {
            // walk
        }
        assertFalse(vm.playingProperty().get());
        vm.togglePlay();
        assertEquals(0, vm.step(), "play from the end starts over");
    }

    @Test
    void extremeDepthsStayFiniteOnTheChart() {
        vm.setActivation(ActivationKind.LINEAR, Double.NaN);
        vm.setAllBiases(0);
        vm.setAllWeights(100);
        vm.setInput(1e-300);
        vm.setDepth(170);
        double[] y = vm.state().chart().log10();
        for (double v : y) {
            assertTrue(Double.isFinite(v));
        }
        assertEquals(378.301, y[0], 0.001, "2·a_L · 100^169 with a_L = 1e40");
        assertTrue(vm.state().update().bias(1).rawGradient().compareMagnitude(BigMag.of(Double.MAX_VALUE)) > 0);
    }

    @Test
    void sessionRoundTripRestoresEveryDigitAndTheStep() {
        vm.loadPreset(ChainPreset.EXPLODING);
        vm.goToStep(3);
        vm.setClipping(Clipping.Mode.BY_NORM, 2);
        JsonObject saved = ChainSession.save(vm);
        ChainViewModel other = new ChainViewModel();
        ChainSession.restore(other, JsonParser.parseString(saved.toString()).getAsJsonObject());
        assertEquals(vm.chain(), other.chain());
        assertEquals(3, other.step());
        assertEquals(Clipping.byNorm(2), other.clipping());
        assertEquals(ChainPreset.EXPLODING, other.state().preset());
        assertEquals(0.5, other.learningRate());
    }

    @Test
    void restoringNonsenseSaysWhatIsWrongAndKeepsTheState() {
        ChainState before = vm.state();
        assertMessage("{\"weights\": [1, 2], \"biases\": [1]}", "2 weights but 1 biases");
        assertMessage("{\"activation\": \"nope\"}", "unknown function");
        assertMessage("{\"step\": 99}", "step must be between 0 and 4");
        assertMessage("{\"learningRate\": \"fast\"}", "'learningRate' must be a number");
        assertMessage("{\"clipping\": \"value\", \"threshold\": -1}", "threshold");
        assertMessage("{\"weights\": []}", "depth must be between 1");
        assertSame(before, vm.state());
    }

    private void assertMessage(String json, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChainSession.restore(vm, JsonParser.parseString(json).getAsJsonObject()));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void numbersParseWhatPeopleTypeAndRefuseTheRest() {
        assertEquals(-1.5, Numbers.parse("w", " −1,5 "));
        assertEquals("w must be a number, got 'abc'", assertThrows(IllegalArgumentException.class,
                () -> Numbers.parse("w", "abc")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Numbers.parse("w", "1e400"))
                .getMessage().contains("finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Numbers.parse("w", "NaN"))
                .getMessage().contains("finite"));
        assertEquals("4.38 × 10^−8", Numbers.format(BigMag.of(4.38e-8), 3));
        assertEquals("0", Numbers.format(BigMag.ZERO, 3));
    }
}
