package org.activationlab.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parameters: defaults, range checks with messages naming the range, name look-up. */
class ParameterTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(0.2, ActivationKind.LEAKY_RELU.create().alpha());
        assertEquals(1.0, ActivationKind.ELU.create().alpha());
        assertTrue(Double.isNaN(ActivationKind.RELU.create().alpha()));
        assertEquals("Leaky ReLU (α=0.2)", ActivationKind.LEAKY_RELU.create().label());
        assertEquals("ELU (α=1)", ActivationKind.ELU.create().label());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0000001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void leakyReluRefusesAlphaOutsideZeroToOneNamingTheRange(double alpha) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActivationKind.LEAKY_RELU.create(alpha));
        assertTrue(e.getMessage().contains("[0, 1]"), e.getMessage());
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-9, 10.5, Double.NaN, Double.POSITIVE_INFINITY})
    void eluRefusesAlphaOutsideZeroToTenNamingTheRange(double alpha) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActivationKind.ELU.create(alpha));
        assertTrue(e.getMessage().contains("[0, 10]"), e.getMessage());
    }

    @Test
    void rangeEndsAreAccepted() {
        assertEquals(0.0, ActivationKind.LEAKY_RELU.create(0.0).alpha());
        assertEquals(1.0, ActivationKind.LEAKY_RELU.create(1.0).alpha());
        assertEquals(10.0, ActivationKind.ELU.create(10.0).alpha());
    }

    @Test
    void functionsWithoutParameterIgnoreIt() {
        assertFalse(ActivationKind.SELU.hasParameter());
        assertEquals(ActivationKind.SELU.create(), ActivationKind.SELU.create(Double.NaN));
    }

    @Test
    void equalityFollowsKindAndAlpha() {
        assertEquals(ActivationKind.ELU.create(0.5), ActivationKind.ELU.create(0.5));
        assertFalse(ActivationKind.ELU.create(0.5).equals(ActivationKind.ELU.create(0.6)));
        assertEquals(ActivationKind.ELU.create(0.5).hashCode(), ActivationKind.ELU.create(0.5).hashCode());
    }

    @Test
    void namesAreLookedUpLeniently() {
        assertEquals(ActivationKind.LEAKY_RELU, ActivationKind.require(" Leaky_ReLU "));
        assertEquals(ActivationKind.SILU, ActivationKind.require("swish"));
        for (ActivationKind k : ActivationKind.values()) {
            assertEquals(k, ActivationKind.require(k.cliName()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActivationKind.require("foo"));
        assertTrue(e.getMessage().contains("valid: sigmoid, tanh, relu, leaky-relu, elu, selu, gelu, gelu-tanh, silu, "
                + "softplus, mish, linear"), e.getMessage());
    }
}
