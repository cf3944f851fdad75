package org.activationlab.core.nn;

import java.util.Arrays;

/**
 * Private stand-in for {@code core.tensor.Im2col} (helper "kern"'s kernel, same layout and
 * argument order). TODO(lead): once kern's Im2col is in main, delete this class and call
 * {@code org.activationlab.core.tensor.Im2col.im2col/col2im} from {@link Conv2D} (add the
 * {@code Parallel} argument); nothing else changes.
 *
 * <pre>
 * B = batch, H × W = input size, C = channels, k = kernel, OH × OW = output size
 * x:    [B][H][W][C]  (NHWC)          cols: [B·OH·OW][k·k·C], columns ordered (ky, kx, c)
 * cols[(b·OH + oy)·OW + ox][(ky·k + kx)·C + c] = x[b][oy + ky − pad][ox + kx − pad][c]  (0 outside)
 * </pre>
 */
final class Im2col {
    private Im2col() {
    }

    /** Rows of cols for images [from, to) of the batch. */
    static void im2col(float[] x, int from, int to, int h, int w, int c, int k, int pad, int oh, int ow, float[] cols) {
        int kc = k * c;
        int rowLen = k * kc;
        for (int b = from; b < to; b++) {
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    int row = ((b * oh + oy) * ow + ox) * rowLen;
                    for (int ky = 0; ky < k; ky++) {
                        int iy = oy + ky - pad;
                        int dst = row + ky * kc;
                        if (iy < 0 || iy >= h) {
                            Arrays.fill(cols, dst, dst + kc, 0f);
                            continue;
                        }
                        for (int kx = 0; kx < k; kx++) {
                            int ix = ox + kx - pad;
                            int d = dst + kx * c;
                            if (ix < 0 || ix >= w) {
                                Arrays.fill(cols, d, d + c, 0f);
                            } else {
                                System.arraycopy(x, ((b * h + iy) * w + ix) * c, cols, d, c);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The adjoint, for images [from, to): dx (overwritten) = Σ of the cols entries that copied each pixel. */
    static void col2im(float[] cols, int from, int to, int h, int w, int c, int k, int pad, int oh, int ow, float[] dx) {
        Arrays.fill(dx, from * h * w * c, to * h * w * c, 0f);
        int kc = k * c;
        int rowLen = k * kc;
        for (int b = from; b < to; b++) {
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    int row = ((b * oh + oy) * ow + ox) * rowLen;
                    for (int ky = 0; ky < k; ky++) {
                        int iy = oy + ky - pad;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        for (int kx = 0; kx < k; kx++) {
                            int ix = ox + kx - pad;
                            if (ix < 0 || ix >= w) {
                                continue;
                            }
                            int src = row + ky * kc + kx * c;
                            int dst = ((b * h + iy) * w + ix) * c;
                            for (int ch = 0; ch < c; ch++) {
                                dx[dst + ch] += cols[src + ch];
                            }
                        }
                    }
                }
            }
        }
    }
}
