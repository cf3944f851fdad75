package org.activationlab.app.training;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real frame times from JavaFX's own pulse instrumentation, for benchmarks. JavaFX emits a JFR
 * event ({@code javafx.PulsePhase}) for every phase of every pulse — on the FX thread (animation
 * timers, CSS, layout, waiting for the previous render, copying the scene to the render graph)
 * and on the render thread (dirty regions, painting, presenting) — tagged with the pulse's number,
 * provided Flight Recorder runs before the toolkit starts. So {@link #start()} must be called
 * before the first JavaFX class loads (a static initialiser of the benchmark class).
 *
 * <p>A pulse's frame time is then the span from its first phase on the FX thread to the end of
 * its last phase on either thread: everything the user waits for until that frame is on screen.
 *
 * <p>The module does not read {@code jdk.jfr} (it is not a dependency of the app), so Flight
 * Recorder is driven by reflection; reflection needs only the package to be exported.
 */
final class PulseLog {
    private static Object recording;

    private PulseLog() {
    }

    /**
     * One pulse: its start and end (nanoseconds since the epoch), whether it rendered, and the
     * milliseconds of each phase ("Painting@render", "Layout Pass@fx", ...).
     */
    record Pulse(int id, long startNanos, long endNanos, boolean rendered, Map<String, Double> phases) {
        double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    /** Starts recording pulse phases (call before the JavaFX toolkit starts). Idempotent. */
    static synchronized void start() {
        if (recording != null) {
            return;
        }
        try {
            Class<?> rec = Class.forName("jdk.jfr.Recording");
            Object r = rec.getConstructor().newInstance();
            Object settings = rec.getMethod("enable", String.class).invoke(r, "javafx.PulsePhase");
            settings.getClass().getMethod("withThreshold", Duration.class).invoke(settings, Duration.ZERO);
            if (System.getProperty("bench.jfr") != null) { // a profile too: where the milliseconds go
                for (String sample : new String[] {"jdk.ExecutionSample", "jdk.NativeMethodSample"}) {
                    Object st = rec.getMethod("enable", String.class).invoke(r, sample);
                    st.getClass().getMethod("withPeriod", Duration.class).invoke(st, Duration.ofMillis(Long.getLong("bench.jfrPeriodMs", 10)));
                }
            }
            rec.getMethod("setToDisk", boolean.class).invoke(r, true);
            rec.getMethod("start").invoke(r);
            recording = r;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Flight Recorder is not available: " + e, e);
        }
    }

    /** Stops recording and returns every pulse recorded, in order. */
    static synchronized List<Pulse> stop() throws Exception {
        if (recording == null) {
            throw new IllegalStateException("call start() before the toolkit starts");
        }
        Class<?> rec = Class.forName("jdk.jfr.Recording");
        Path file = Files.createTempFile("pulses", ".jfr");
        try {
            rec.getMethod("stop").invoke(recording);
            rec.getMethod("dump", Path.class).invoke(recording, file);
            String keep = System.getProperty("bench.jfr");
            if (keep != null) {
                Files.copy(file, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            rec.getMethod("close").invoke(recording);
            recording = null;
            return read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<Pulse> read(Path file) throws Exception {
        Class<?> rf = Class.forName("jdk.jfr.consumer.RecordingFile");
        List<?> events = (List<?>) rf.getMethod("readAllEvents", Path.class).invoke(null, file);
        if (events.isEmpty()) {
            return List.of();
        }
        Class<?> ev = Class.forName("jdk.jfr.consumer.RecordedEvent");
        Class<?> obj = Class.forName("jdk.jfr.consumer.RecordedObject");
        Method getInt = obj.getMethod("getInt", String.class);
        Method type = ev.getMethod("getEventType");
        Method typeName = Class.forName("jdk.jfr.EventType").getMethod("getName");
        Method start = ev.getMethod("getStartTime");
        Method end = ev.getMethod("getEndTime");
        Method thread = ev.getMethod("getThread");
        Method javaName = Class.forName("jdk.jfr.consumer.RecordedThread").getMethod("getJavaName");
        Map<Integer, long[]> spans = new HashMap<>();
        Map<Integer, Map<String, Double>> phases = new HashMap<>();
        Method getString = obj.getMethod("getString", String.class);
        for (Object e : events) {
            if (!"javafx.PulsePhase".equals(typeName.invoke(type.invoke(e)))) {
                continue; // a recording started from the command line holds other events too
            }
            int id = (int) getInt.invoke(e, "pulseId");
            if (id <= 0) {
                continue;
            }
            long s = nanos((Instant) start.invoke(e));
            long t = nanos((Instant) end.invoke(e));
            Object th = thread.invoke(e);
            String name = th == null ? "" : String.valueOf(javaName.invoke(th));
            boolean render = name.startsWith("QuantumRenderer");
            long[] span = spans.computeIfAbsent(id, k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0});
            if (!render) {
                span[0] = Math.min(span[0], s);
            }
            span[1] = Math.max(span[1], t);
            span[2] |= render ? 1 : 0;
            phases.computeIfAbsent(id, k -> new java.util.LinkedHashMap<>())
                    .merge(getString.invoke(e, "phaseName") + (render ? "@render" : "@fx"), (t - s) / 1e6, Double::sum);
        }
        List<Pulse> out = new ArrayList<>();
        spans.forEach((id, sp) -> {
            if (sp[0] != Long.MAX_VALUE) {
                out.add(new Pulse(id, sp[0], sp[1], sp[2] != 0, phases.get(id)));
            }
        });
        out.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return out;
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
