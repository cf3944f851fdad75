package org.activationlab.core.digits;

/**
 * One measured run (a main class, not a test): the cost of preparing a drawing from the pad's
 * 280×280 sheet, which the drawing pad pays at most once per frame while the user draws.
 * Run: {@code java -cp target/classes:target/test-classes org.activationlab.core.digits.PreprocessBench}
 */
public final class PreprocessBench {
    private PreprocessBench() {
    }

    public static void main(String[] args) {
        InkRaster r = new InkRaster(280);
        for (int i = 0; i < 72; i++) { // a "0" filling most of the pad
            double a0 = 2 * Math.PI * i / 72;
            double a1 = 2 * Math.PI * (i + 1) / 72;
            r.stroke(140 + 90 * Math.cos(a0), 140 + 115 * Math.sin(a0), 140 + 90 * Math.cos(a1),
                    140 + 115 * Math.sin(a1), 12);
        }
        float[] ink = r.copy();
        double sink = 0;
        for (int i = 0; i < 2000; i++) { // warm-up
            sink += DigitPreprocessor.toMnist(ink, 280, 280)[400];
        }
        int n = 2000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += DigitPreprocessor.toMnist(ink, 280, 280)[400];
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            r.stroke(100, 100, 104, 103, 12);
        }
        long t2 = System.nanoTime();
        System.out.printf("toMnist 280x280: %.1f us/call; pen segment: %.2f us (checksum %.1f)%n",
                (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, sink);
    }
}
