package org.activationlab.core.chain;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes a chain, its gradients and one descent step as CSV or JSON, for the CLI and for the
 * screen's "export as CSV".
 *
 * <p>Gradient quantities (factor, dC/db, dC/dw, dC/da_L, dC/db_1) are decimal strings in
 * scientific notation with {@value #DIGITS} significant digits and an exponent of any size
 * ({@code "3.43980000000000e+2"}, {@code "-1.2345e-2410"}, {@code "0"}); everything else is a
 * plain number. A new parameter value beyond the double range (see {@link ParamUpdate}) is still
 * written as a valid JSON number with a large exponent, and the layer gets {@code "overflow": true}.
 */
public final class ChainExport {
    /** Significant digits of gradient strings. */
    public static final int DIGITS = 15;

    private static final String CSV_HEADER =
            "layer,weight,bias,z,a,derivative,factor,dCdb,dCdw,newBias,newWeight";

    private ChainExport() {
    }

    /** One header line and one line per layer, columns as {@code CSV_HEADER}. */
    public static void writeCsv(ChainUpdate update, Writer out) {
        ChainResult r = update.result();
        try {
            out.write(CSV_HEADER);
            out.write('\n');
            for (int j = 1; j <= r.depth(); j++) {
                ChainResult.LayerState s = r.layer(j);
                out.write(j + "," + s.weight() + "," + s.bias() + "," + s.z() + "," + s.a() + "," + s.derivative()
                        + "," + sci(s.factor()) + "," + sci(s.dCdb()) + "," + sci(s.dCdw())
                        + "," + plain(update.bias(j).newValue()) + "," + plain(update.weight(j).newValue()) + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One JSON object: activation, alpha (null when the function has none), cost, input, target,
     * learningRate, preset (or null), clipping, layers[...], dCdaL, dCdb1, cost_value.
     */
    public static void writeJson(ChainUpdate update, ChainPreset preset, Writer out) {
        ChainResult r = update.result();
        Chain c = r.chain();
        try {
            JsonWriter w = new JsonWriter(out);
            w.beginObject();
            w.name("activation").value(c.activation().name());
            double alpha = c.activation().alpha();
            w.name("alpha");
            if (Double.isNaN(alpha)) {
                w.nullValue();
            } else {
                w.value(alpha);
            }
            w.name("cost").value(c.cost().cliName());
            w.name("input").value(c.input());
            w.name("target").value(c.target());
            w.name("learningRate").value(update.learningRate());
            w.name("preset").value(preset == null ? null : preset.cliName());
            writeClipping(w, update);
            w.name("layers").beginArray();
            for (int j = 1; j <= r.depth(); j++) {
                writeLayer(w, r.layer(j), update.bias(j), update.weight(j));
            }
            w.endArray();
            w.name("dCdaL").value(sci(r.dCdaL()));
            w.name("dCdb1").value(sci(r.dCdb1()));
            w.name("cost_value");
            number(w, r.cost());
            w.endObject();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Training history as CSV: {@code step,cost,dCdb1,...,dCdbL} with |dC/db_j| per step. */
    public static void writeTrainingCsv(ChainTraining t, Writer out) {
        try {
            StringBuilder head = new StringBuilder("step,cost");
            for (int j = 1; j <= t.depth(); j++) {
                head.append(",dCdb").append(j);
            }
            out.write(head.append('\n').toString());
            for (int s = 0; s < t.steps(); s++) {
                StringBuilder line = new StringBuilder().append(s).append(',').append(sci(t.cost(s)));
                for (int j = 1; j <= t.depth(); j++) {
                    line.append(',').append(sci(t.biasGradientMagnitude(s, j)));
                }
                out.write(line.append('\n').toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Training history as one JSON object: {@code steps}, {@code stopReason} (or null),
     * {@code cost} [per step] and {@code biasGradients} [per step [|dC/db_j| per layer]], all as
     * scientific strings.
     */
    public static void writeTrainingJson(ChainTraining t, Writer out) {
        try {
            JsonWriter w = new JsonWriter(out);
            w.beginObject();
            w.name("steps").value(t.steps());
            w.name("stopReason").value(t.stopReason().orElse(null));
            w.name("cost").beginArray();
            for (int s = 0; s < t.steps(); s++) {
                w.value(sci(t.cost(s)));
            }
            w.endArray();
            w.name("biasGradients").beginArray();
            for (int s = 0; s < t.steps(); s++) {
                w.beginArray();
                for (int j = 1; j <= t.depth(); j++) {
                    w.value(sci(t.biasGradientMagnitude(s, j)));
                }
                w.endArray();
            }
            w.endArray();
            w.endObject();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeClipping(JsonWriter w, ChainUpdate update) throws IOException {
        Clipping clip = update.clipping();
        w.name("clipping").beginObject();
        w.name("mode").value(switch (clip.mode()) {
            case NONE -> "none";
            case BY_VALUE -> "value";
            case BY_NORM -> "norm";
        });
        if (!clip.isNone()) {
            w.name("threshold").value(clip.threshold());
        }
        w.name("gradientNorm").value(sci(update.rawNorm()));
        w.name("clippedGradientNorm").value(sci(update.clippedNorm()));
        w.endObject();
    }

    private static void writeLayer(JsonWriter w, ChainResult.LayerState s, ParamUpdate b, ParamUpdate wt)
            throws IOException {
        w.beginObject();
        w.name("index").value(s.index());
        w.name("weight").value(s.weight());
        w.name("bias").value(s.bias());
        w.name("z").value(s.z());
        w.name("a").value(s.a());
        w.name("derivative").value(s.derivative());
        w.name("factor").value(sci(s.factor()));
        w.name("dCdb").value(sci(s.dCdb()));
        w.name("dCdw").value(sci(s.dCdw()));
        w.name("newBias");
        number(w, b.newValue());
        w.name("newWeight");
        number(w, wt.newValue());
        if (b.overflow() || wt.overflow()) {
            w.name("overflow").value(true);
        }
        w.endObject();
    }

    private static void number(JsonWriter w, BigMag v) throws IOException {
        if (v.fitsInDouble()) {
            w.value(v.toDouble());
        } else {
            w.value(new BigDecimal(v.toScientific(DIGITS)));
        }
    }

    /** A gradient quantity as written: {@value #DIGITS} significant digits, any exponent. */
    public static String sci(BigMag v) {
        return v.toScientific(DIGITS);
    }

    private static String plain(BigMag v) {
        return v.fitsInDouble() ? Double.toString(v.toDouble()) : v.toScientific(DIGITS);
    }
}
