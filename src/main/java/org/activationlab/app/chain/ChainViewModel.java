package org.activationlab.app.chain;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.chain.Chain;
import org.activationlab.core.chain.ChainPreset;
import org.activationlab.core.chain.Clipping;
import org.activationlab.core.chain.CostFunction;
import org.activationlab.core.chain.TraceStep;

/**
 * The gradient-chain screen's state and commands (MVVM: no Nodes here).
 *
 * <p>The configuration lives in one immutable {@link ChainState} snapshot ({@link #stateProperty()}),
 * replaced as a whole by every command, plus the step-mode position {@link #stepProperty()} in 0..L
 * (step k has multiplied in the first k factors, walking back from the cost; see
 * {@link org.activationlab.core.chain.ChainTrace}).
 *
 * <p>Every command that takes a value checks it through the core and <b>throws
 * {@link IllegalArgumentException} with the core's message, leaving the state as it was</b>; the
 * view shows that message next to the control. A chain evaluates in well under a millisecond even
 * at depth 10,000, so commands run on the calling thread.
 */
public final class ChainViewModel {
    private final ReadOnlyObjectWrapper<ChainState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);

    /** Starts with the healthy ReLU preset (every factor exactly 1). */
    public ChainViewModel() {
        loadPreset(ChainPreset.HEALTHY);
    }

    // ---- state ----

    public ReadOnlyObjectProperty<ChainState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ChainState state() {
        return state.get();
    }

    public Chain chain() {
        return state.get().chain();
    }

    /** 0..L: how many factors of dC/db_1 have been multiplied in. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int step() {
        return step.get();
    }

    /** True while Play walks through the steps (the view drives the timer). */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** The step the trace is at now. */
    public TraceStep currentStep() {
        return state.get().trace().step(step.get());
    }

    /** The equation after the current step, as LaTeX with the numbers substituted. */
    public String equationLatex() {
        return state.get().trace().equationLatex(step.get(), 8, 5);
    }

    /** The preset's caption, or a line saying the chain is the user's own. */
    public String caption() {
        ChainPreset p = state.get().preset();
        return p == null ? "Your own chain: change any value and watch dC/db1 respond." : p.caption();
    }

    // ---- configuration commands (each throws IllegalArgumentException and changes nothing on bad input) ----

    /** Loads one of the post's worked examples, with its learning rate, no clipping, at step 0. */
    public void loadPreset(ChainPreset p) {
        commit(ChainState.of(p.chain(), p.learningRate(), Clipping.NONE, p), 0);
    }

    public void setActivation(ActivationKind kind, double alpha) {
        Objects.requireNonNull(kind, "activation");
        Activation f = kind.hasParameter() ? kind.create(alpha) : kind.create();
        edit(chain().withActivation(f));
    }

    /** Changes alpha of the current function. @throws IllegalArgumentException if it has none or alpha is out of range */
    public void setAlpha(double alpha) {
        ActivationKind k = chain().activation().kind();
        if (!k.hasParameter()) {
            throw new IllegalArgumentException(k.displayName() + " has no parameter alpha");
        }
        setActivation(k, alpha);
    }

    /** Cuts or grows the chain; new layers copy the last one. */
    public void setDepth(int depth) {
        Chain.checkDepth(depth);
        int old = chain().depth();
        int atEnd = step.get() == old ? depth : Math.min(step.get(), depth);
        commit(ChainState.of(chain().withDepth(depth), learningRate(), clipping(), null), atEnd);
    }

    public void setAllWeights(double w) {
        edit(chain().withAllWeights(w));
    }

    public void setAllBiases(double b) {
        edit(chain().withAllBiases(b));
    }

    /** w_layer, layer in 1..L. */
    public void setWeight(int layer, double w) {
        edit(chain().withWeight(layer, w));
    }

    /** b_layer, layer in 1..L. */
    public void setBias(int layer, double b) {
        edit(chain().withBias(layer, b));
    }

    public void setInput(double a0) {
        edit(chain().withInput(a0));
    }

    public void setTarget(double y) {
        edit(chain().withTarget(y));
    }

    public void setCost(CostFunction c) {
        edit(chain().withCost(Objects.requireNonNull(c, "cost")));
    }

    public void setLearningRate(double eta) {
        commit(ChainState.of(chain(), eta, clipping(), state.get().preset()), step.get());
    }

    /** No clipping, or by value / by norm with threshold t &gt; 0. */
    public void setClipping(Clipping.Mode mode, double t) {
        Clipping c = mode == Clipping.Mode.NONE ? Clipping.NONE : new Clipping(mode, t);
        commit(ChainState.of(chain(), learningRate(), c, state.get().preset()), step.get());
    }

    /**
     * Takes the gradient-descent step shown in the table: every w_j and b_j moves to its new value.
     *
     * @throws IllegalArgumentException if a new value leaves the double range or the new chain cannot be evaluated
     */
    public void applyUpdate() {
        if (state.get().update().overflow()) {
            throw new IllegalArgumentException("the step would move a parameter beyond the double range; "
                    + "clip the gradient or lower the learning rate first");
        }
        edit(state.get().update().updatedChain());
    }

    /** Replaces the whole configuration (used by session restore). */
    void restore(Chain c, double eta, Clipping clip, ChainPreset preset, int atStep) {
        ChainState s = ChainState.of(c, eta, clip, preset);
        if (atStep < 0 || atStep > c.depth()) {
            throw new IllegalArgumentException("step must be between 0 and " + c.depth() + ", got " + atStep);
        }
        commit(s, atStep);
    }

    public double learningRate() {
        return state.get().learningRate();
    }

    public Clipping clipping() {
        return state.get().clipping();
    }

    private void edit(Chain c) {
        commit(ChainState.of(c, learningRate(), clipping(), null), Math.min(step.get(), c.depth()));
    }

    private void commit(ChainState s, int atStep) {
        state.set(s);
        step.set(Math.max(0, Math.min(atStep, s.depth())));
    }

    // ---- step mode ----

    /** Multiplies in the next factor. @return false at the end (dC/db_1 reached) */
    public boolean next() {
        if (step.get() >= state.get().depth()) {
            playing.set(false);
            return false;
        }
        step.set(step.get() + 1);
        return true;
    }

    /** Takes the last factor out again. @return false at step 0 */
    public boolean back() {
        if (step.get() <= 0) {
            return false;
        }
        step.set(step.get() - 1);
        return true;
    }

    /** Moves to step k, clamped to 0..L. */
    public void goToStep(int k) {
        step.set(Math.max(0, Math.min(k, state.get().depth())));
    }

    /** Starts Play from the beginning if at the end, else from here; or stops it. */
    public void togglePlay() {
        if (playing.get()) {
            playing.set(false);
            return;
        }
        if (step.get() >= state.get().depth()) {
            step.set(0);
        }
        playing.set(true);
    }
}
