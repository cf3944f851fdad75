package org.activationlab.core.nn;

/** Buffer helpers shared by the layers: grow once to the largest batch, then reuse. */
final class Buffers {
    private Buffers() {
    }

    /** {@code buf} if it holds at least {@code n} values, else a new array of length n. */
    static float[] ensure(float[] buf, int n) {
        return buf != null && buf.length >= n ? buf : new float[n];
    }

    static int[] ensure(int[] buf, int n) {
        return buf != null && buf.length >= n ? buf : new int[n];
    }

    /** Checks an input array is large enough for the batch; the message carries the shapes. */
    static void checkInput(String layer, float[] x, int batch, int perSample) {
        if (batch < 1) {
            throw new IllegalArgumentException(layer + ": batch must be >= 1, got " + batch);
        }
        if (x.length < (long) batch * perSample) {
            throw new IllegalArgumentException(layer + ": input holds " + x.length + " values, need batch "
                    + batch + " × " + perSample);
        }
    }

    static void checkForwardDone(String layer, int forwardBatch, int batch) {
        if (forwardBatch != batch) {
            throw new IllegalStateException(layer + ": call forward with batch " + batch + " before backward"
                    + (forwardBatch < 0 ? "" : " (last forward had batch " + forwardBatch + ")"));
        }
    }
}
