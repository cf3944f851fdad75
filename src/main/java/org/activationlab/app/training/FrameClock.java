package org.activationlab.app.training;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Drives a live screen's refresh: {@link #TICK_MILLIS} apart it asks JavaFX for a pulse and runs
 * the screen's tick at the start of that pulse (a pre-layout pulse listener), so what the tick
 * changes is laid out and rendered in the same pulse. Only a tick pulses: an animation timer
 * would keep JavaFX pulsing 60 times a second for as long as the screen lives, and every pulse
 * wakes the FX thread and takes a core from the training threads for a moment.
 *
 * <p>Frames first: when a tick changed something, the trainer is asked (through {@code hold})
 * to wait between batches while that frame is made — from the tick until the pulse's layout is
 * done plus {@link #RENDER_NANOS} for the render thread, never longer than {@link #MAX_HOLD_NANOS}.
 * On two cores the frame then has the machine to itself for those few milliseconds instead of
 * being time-sliced against two busy training threads (measured: frames several times longer
 * than their CPU time). The training loses about the frame's own time, which it would lose anyway.
 *
 * <p>The tick runs only while the node is in a scene (a screen that is not shown does no work).
 */
final class FrameClock implements AutoCloseable {
    /**
     * Eight ticks a second: the training screen's periods (progress every 500 ms, a chart every
     * 250 ms) fall on ticks, so no frame is made only because a period ended between two ticks.
     */
    static final long TICK_MILLIS = 125;
    /**
     * The rest of a frame after layout: copying the changes to the render graph (about 0.5 ms),
     * then painting them, in the software pipeline with a core to itself about 0.4 ms per frame,
     * 1.4 ms for a chart (one per frame while training) and about 1 ms for the progress, the run
     * list or the confusion matrix. A shorter hold (2.5 ms) let the trainer's two threads back in
     * while the frame was still painting, and the painting then took two to four times its CPU time.
     */
    static final long RENDER_NANOS = 4_000_000L;
    /** The longest the trainer is ever held for one frame (the trainer's own cap). */
    static final long MAX_HOLD_NANOS = RunQueue.MAX_HOLD_NANOS;

    private final BooleanSupplier tick;
    private final LongConsumer hold;
    private final AtomicBoolean due = new AtomicBoolean();
    /** Whether the owner is in a scene: only then does a tick ask for a pulse. */
    private volatile boolean shown;
    private final ScheduledExecutorService ticker;
    private final Runnable beforeLayout = this::beforeLayout;
    private final Runnable afterLayout = this::afterLayout;
    private boolean holding;

    /**
     * @param owner the screen's root node (its scene is listened to)
     * @param tick  FX thread: refreshes the screen; returns whether anything changed
     * @param hold  the trainer waits between batches until this {@code System.nanoTime()} (0 = go on)
     */
    FrameClock(Node owner, BooleanSupplier tick, LongConsumer hold) {
        this.tick = Objects.requireNonNull(tick);
        this.hold = Objects.requireNonNull(hold);
        owner.sceneProperty().addListener((o, was, now) -> moveTo(was, now));
        moveTo(null, owner.getScene());
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "training-screen-ticker");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> {
            due.set(true);
            if (shown) {
                Platform.requestNextPulse();
            }
        }, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void moveTo(Scene was, Scene now) {
        if (was != null) {
            was.removePreLayoutPulseListener(beforeLayout);
            was.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPreLayoutPulseListener(beforeLayout);
            now.addPostLayoutPulseListener(afterLayout);
        }
        shown = now != null;
    }

    private void beforeLayout() {
        if (due.getAndSet(false) && tick.getAsBoolean()) {
            holding = true;
            hold.accept(System.nanoTime() + MAX_HOLD_NANOS);
        }
    }

    private void afterLayout() {
        if (holding) {
            holding = false;
            hold.accept(System.nanoTime() + RENDER_NANOS);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        hold.accept(0);
    }
}
