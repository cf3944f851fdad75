package org.activationlab.core.chain;

import java.util.Arrays;
import java.util.Objects;
import org.activationlab.core.activation.Activation;

/**
 * A chain of L layers with one neuron each (Nielsen's example): weights w_1..w_L, biases
 * b_1..b_L, input a_0, target y, one activation f for every layer and a cost.
 * Forward: z_j = w_j·a_(j−1) + b_j, a_j = f(z_j). {@link #evaluate()} runs forward and backward.
 *
 * <p><b>Layers are numbered 1..L</b> in every method that takes a {@code layer}, as in the
 * equations. Instances are immutable; the {@code with...} methods return changed copies, which is
 * what a ViewModel needs to edit one weight while a background evaluation runs on the old chain.
 */
public final class Chain {
    /** The deepest chain allowed. */
    public static final int MAX_DEPTH = 10_000;

    private final Activation activation;
    private final double[] weights;
    private final double[] biases;
    private final double input;
    private final double target;
    private final CostFunction cost;

    private Chain(Activation activation, double[] weights, double[] biases, double input, double target,
                  CostFunction cost) {
        this.activation = Objects.requireNonNull(activation, "activation");
        this.cost = Objects.requireNonNull(cost, "cost");
        checkDepth(weights.length);
        if (biases.length != weights.length) {
            throw new IllegalArgumentException("the chain has " + weights.length + " weights but "
                    + biases.length + " biases; give one of each per layer");
        }
        checkFinite("weight", weights);
        checkFinite("bias", biases);
        checkFinite("input a_0", input);
        checkFinite("target y", target);
        this.weights = weights;
        this.biases = biases;
        this.input = input;
        this.target = target;
    }

    /**
     * A chain with the given parameters (the arrays are copied).
     *
     * @throws IllegalArgumentException for a depth outside 1..{@value #MAX_DEPTH}, arrays of
     *                                  different lengths, or a NaN/infinite value
     */
    public static Chain of(Activation activation, double[] weights, double[] biases, double input, double target,
                           CostFunction cost) {
        return new Chain(activation, weights.clone(), biases.clone(), input, target, cost);
    }

    /** A chain of the given depth with every weight and every bias equal. */
    public static Chain uniform(Activation activation, int depth, double weight, double bias, double input,
                                double target, CostFunction cost) {
        checkDepth(depth);
        double[] w = new double[depth];
        double[] b = new double[depth];
        Arrays.fill(w, weight);
        Arrays.fill(b, bias);
        return new Chain(activation, w, b, input, target, cost);
    }

    /** @throws IllegalArgumentException unless 1 ≤ depth ≤ {@value #MAX_DEPTH} */
    public static void checkDepth(int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH + ", got " + depth);
        }
    }

    private static void checkFinite(String what, double... values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                String where = values.length > 1 || what.equals("weight") || what.equals("bias")
                        ? what + " of layer " + (i + 1) : what;
                throw new IllegalArgumentException(where + " must be a finite number, got " + values[i]);
            }
        }
    }

    public int depth() {
        return weights.length;
    }

    public Activation activation() {
        return activation;
    }

    public CostFunction cost() {
        return cost;
    }

    /** a_0. */
    public double input() {
        return input;
    }

    /** y. */
    public double target() {
        return target;
    }

    /** w_layer, layer in 1..L. */
    public double weight(int layer) {
        return weights[index(layer)];
    }

    /** b_layer, layer in 1..L. */
    public double bias(int layer) {
        return biases[index(layer)];
    }

    /** A copy of w_1..w_L (index 0 holds w_1). */
    public double[] weights() {
        return weights.clone();
    }

    /** A copy of b_1..b_L (index 0 holds b_1). */
    public double[] biases() {
        return biases.clone();
    }

    double[] weightsView() {
        return weights;
    }

    double[] biasesView() {
        return biases;
    }

    int index(int layer) {
        if (layer < 1 || layer > weights.length) {
            throw new IndexOutOfBoundsException("layer " + layer + " is outside 1.." + weights.length);
        }
        return layer - 1;
    }

    public Chain withActivation(Activation a) {
        return new Chain(a, weights, biases, input, target, cost);
    }

    public Chain withCost(CostFunction c) {
        return new Chain(activation, weights, biases, input, target, c);
    }

    public Chain withInput(double a0) {
        return new Chain(activation, weights, biases, a0, target, cost);
    }

    public Chain withTarget(double y) {
        return new Chain(activation, weights, biases, input, y, cost);
    }

    /** Every weight set to w (the screen's "set all weights"). */
    public Chain withAllWeights(double w) {
        double[] ws = new double[depth()];
        Arrays.fill(ws, w);
        return new Chain(activation, ws, biases, input, target, cost);
    }

    /** Every bias set to b. */
    public Chain withAllBiases(double b) {
        double[] bs = new double[depth()];
        Arrays.fill(bs, b);
        return new Chain(activation, weights, bs, input, target, cost);
    }

    /** w_layer changed, layer in 1..L. */
    public Chain withWeight(int layer, double w) {
        double[] ws = weights.clone();
        ws[index(layer)] = w;
        return new Chain(activation, ws, biases, input, target, cost);
    }

    /** b_layer changed, layer in 1..L. */
    public Chain withBias(int layer, double b) {
        double[] bs = biases.clone();
        bs[index(layer)] = b;
        return new Chain(activation, weights, bs, input, target, cost);
    }

    /** All weights and biases replaced (arrays copied, each of length {@link #depth()} or a new depth). */
    public Chain withParameters(double[] newWeights, double[] newBiases) {
        return new Chain(activation, newWeights.clone(), newBiases.clone(), input, target, cost);
    }

    /**
     * The chain cut to, or grown to, the given depth; new layers copy the last layer's weight and
     * bias, so "deeper" means "more of the same".
     */
    public Chain withDepth(int newDepth) {
        checkDepth(newDepth);
        double[] ws = Arrays.copyOf(weights, newDepth);
        double[] bs = Arrays.copyOf(biases, newDepth);
        for (int i = depth(); i < newDepth; i++) {
            ws[i] = weights[depth() - 1];
            bs[i] = biases[depth() - 1];
        }
        return new Chain(activation, ws, bs, input, target, cost);
    }

    /**
     * Forward and backward pass.
     *
     * @throws IllegalArgumentException if a pre-activation z_j leaves the double range (the
     *                                  activation functions are evaluated in double), or the
     *                                  output is outside the cost's domain (cross-entropy)
     */
    public ChainResult evaluate() {
        return ChainResult.compute(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Chain c && c.activation.equals(activation) && c.cost == cost
                && Double.compare(c.input, input) == 0 && Double.compare(c.target, target) == 0
                && Arrays.equals(c.weights, weights) && Arrays.equals(c.biases, biases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(activation, cost, input, target, Arrays.hashCode(weights), Arrays.hashCode(biases));
    }

    @Override
    public String toString() {
        return "Chain[" + activation.label() + ", depth " + depth() + ", " + cost.cliName() + "]";
    }
}
