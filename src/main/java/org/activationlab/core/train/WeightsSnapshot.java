package org.activationlab.core.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.core.nn.Param;

/** Immutable copy of a network's parameters at one moment, by parameter name (e.g. {@code dense1.W}). */
public final class WeightsSnapshot {
    private final Map<String, float[]> values;

    private WeightsSnapshot(Map<String, float[]> values) {
        this.values = values;
    }

    /** Copies the current values. */
    public static WeightsSnapshot of(List<Param> params) {
        Map<String, float[]> m = new LinkedHashMap<>();
        for (Param p : params) {
            m.put(p.name(), p.value().clone());
        }
        return new WeightsSnapshot(Collections.unmodifiableMap(m));
    }

    /** Parameter names in network order. */
    public List<String> names() {
        return new ArrayList<>(values.keySet());
    }

    /** A copy of one parameter's values. */
    public float[] values(String name) {
        float[] v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; have " + values.keySet());
        }
        return v.clone();
    }
}
