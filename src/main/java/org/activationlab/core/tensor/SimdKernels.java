package org.activationlab.core.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API parts of {@link MaxPool} and {@link Im2col}. Loaded only when {@link Simd#AVAILABLE}
 * (the incubator module is optional); each method does the whole-vector part of a loop and
 * returns how far it got, the caller finishes the tail with plain Java.
 */
final class SimdKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> IS = IntVector.SPECIES_PREFERRED;
    /** Floats of the same total width: as many lanes as {@link #IS}. */
    private static final VectorSpecies<Float> FS = IS.withLanes(float.class);
    private static final int[] IOTA = java.util.stream.IntStream.range(0, IS.length()).toArray();

    private SimdKernels() {
    }

    /** dst[d .. d+e) += src[s .. s+e) for the largest whole-vector e &lt;= len; returns e. */
    static int addTo(float[] src, int s, float[] dst, int d, int len) {
        int e = 0;
        for (int end = S.loopBound(len); e < end; e += S.length()) {
            FloatVector.fromArray(S, dst, d + e).add(FloatVector.fromArray(S, src, s + e)).intoArray(dst, d + e);
        }
        return e;
    }

    /** a[i] = max(z[i], 0) (NaN stays NaN, −0 becomes +0) for whole vectors below n; returns how far it got. */
    static int relu(float[] z, float[] a, int n) {
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            FloatVector.fromArray(S, z, i).lanewise(VectorOperators.MAX, 0f).intoArray(a, i);
        }
        return i;
    }

    /** grad[i] = z[i] &gt; 0 ? grad[i] : 0, NaN where z[i] is NaN, for whole vectors below n; returns how far it got. */
    static int reluBackward(float[] z, float[] grad, int n) {
        int i = 0;
        FloatVector zero = FloatVector.zero(S);
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            FloatVector zv = FloatVector.fromArray(S, z, i);
            FloatVector g = zero.blend(FloatVector.fromArray(S, grad, i), zv.compare(VectorOperators.GT, 0f));
            g.blend(Float.NaN, zv.test(VectorOperators.IS_NAN)).intoArray(grad, i);
        }
        return i;
    }

    /** Pools whole vectors of channels of one 2 × 2 window (see MaxPool.poolRow); returns the channels done. */
    static int poolChannels(float[] x, int xOff, int i00, int c, int down, float[] y, int yAt, int[] argmax, int argAt) {
        int ch = 0;
        for (int end = IS.loopBound(c); ch < end; ch += IS.length()) {
            poolVector(x, xOff, i00 + ch, c, down, y, yAt + ch, argmax, argAt + ch);
        }
        return ch;
    }

    /**
     * {@link #IS}.length() channels of one window at once, the same selection as the scalar loop:
     * keys compared as ints, the first largest key wins, the output is the winner's value.
     */
    private static void poolVector(float[] x, int xOff, int i, int c, int down,
                                   float[] y, int yAt, int[] argmax, int argAt) {
        IntVector kv = sortKey(FloatVector.fromArray(FS, x, xOff + i));
        IntVector q = IntVector.zero(IS);
        IntVector k = sortKey(FloatVector.fromArray(FS, x, xOff + i + c));
        VectorMask<Integer> wins = k.compare(VectorOperators.GT, kv);
        kv = kv.blend(k, wins);
        q = q.blend(1, wins);
        k = sortKey(FloatVector.fromArray(FS, x, xOff + i + down));
        wins = k.compare(VectorOperators.GT, kv);
        kv = kv.blend(k, wins);
        q = q.blend(2, wins);
        k = sortKey(FloatVector.fromArray(FS, x, xOff + i + down + c));
        wins = k.compare(VectorOperators.GT, kv);
        kv = kv.blend(k, wins);
        q = q.blend(3, wins);
        // the key is its own inverse on the bits (every NaN came back as the NaN 0x7FFFFFFF)
        kv.lanewise(VectorOperators.XOR, kv.lanewise(VectorOperators.ASHR, 31).lanewise(VectorOperators.AND, 0x7FFFFFFF))
                .reinterpretAsFloats().intoArray(y, yAt);
        q.lanewise(VectorOperators.AND, 1).mul(c)
                .add(q.lanewise(VectorOperators.ASHR, 1).mul(down))
                .add(IntVector.fromArray(IS, IOTA, 0)).add(i)
                .intoArray(argmax, argAt);
    }

    /** {@link #sortKey(float)} lane by lane. */
    private static IntVector sortKey(FloatVector v) {
        IntVector bits = v.reinterpretAsInts();
        IntVector key = bits.lanewise(VectorOperators.XOR,
                bits.lanewise(VectorOperators.ASHR, 31).lanewise(VectorOperators.AND, 0x7FFFFFFF));
        VectorMask<Integer> nan = bits.lanewise(VectorOperators.AND, 0x7FFFFFFF).compare(VectorOperators.GT, 0x7F800000);
        return key.blend(Integer.MAX_VALUE, nan);
    }
}
