package org.activationlab.app.chain;

/** The chain screen's longer texts, in our own words. */
final class ChainTexts {
    static final String EXPLANATION = """
            Each circle is one neuron, and the layers form a single chain: the neuron computes \
            z = w·a + b from the one before it, then a = f(z). Below each circle you see z, a and \
            the slope f′(z); the number on each arrow is the weight w.

            The gradient of the cost with respect to the first bias, dC/db₁, is a product: the \
            slope of the cost at the output, then one factor w·f′(z) for every layer on the way \
            back, and finally f′(z₁). Press → to multiply in one factor at a time. A red ▲ factor \
            is larger than 1 and makes the product grow; a blue ▼ factor is smaller than 1 and \
            makes it shrink. The bar shows the running product on a logarithmic scale.

            With sigmoid every slope is at most 0.25, so with moderate weights each factor shrinks \
            the product and the first layers hardly learn: the per-layer chart slopes down towards \
            layer 1 (a vanishing gradient). With weights near 100 the factors exceed 1 and the \
            product explodes; one step of gradient descent then throws the bias far away. A single \
            dead ReLU (z ≤ 0, slope 0) makes every gradient before it exactly zero.

            The second tab does the same experiment on a wide random network: it tracks how the \
            spread of the activations and of the gradients changes from layer to layer for each \
            activation and weight initialisation. SELU with LeCun-normal weights keeps the mean \
            near 0 and the spread near 1 all the way down.""";

    private ChainTexts() {
    }
}
