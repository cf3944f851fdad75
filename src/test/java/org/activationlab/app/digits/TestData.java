package org.activationlab.app.digits;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.activationlab.core.digits.DigitPreprocessor;
import org.activationlab.core.digits.InkRaster;

/** Realistic-looking inputs for the views: pen-drawn digits, a trained-like confusion matrix, stroke-like weights. */
final class TestData {
    private TestData() {
    }

    /** A pen-drawn 0, 1 or 7 (others reuse these shapes), prepared like MNIST. */
    static float[] digit(int d, Random rnd) {
        InkRaster r = new InkRaster(280);
        double jx = rnd.nextGaussian() * 8;
        double jy = rnd.nextGaussian() * 8;
        switch (d % 3) {
            case 0 -> ring(r, 140 + jx, 140 + jy, 55 + rnd.nextInt(15), 90);
            case 1 -> r.stroke(150 + jx, 40, 135 + jx, 240, 12);
            default -> {
                r.stroke(80, 50 + jy, 200, 50 + jy, 12);
                r.stroke(200, 50 + jy, 120 + jx, 240, 12);
            }
        }
        return DigitPreprocessor.toMnist(r.copy(), 280, 280);
    }

    private static void ring(InkRaster r, double cx, double cy, double rx, double ry) {
        int steps = 60;
        for (int i = 0; i < steps; i++) {
            double a0 = 2 * Math.PI * i / steps;
            double a1 = 2 * Math.PI * (i + 1) / steps;
            r.stroke(cx + rx * Math.cos(a0), cy + ry * Math.sin(a0), cx + rx * Math.cos(a1), cy + ry * Math.sin(a1), 12);
        }
    }

    /** {@code n} samples, every fifth one a mistake. */
    static List<DigitSample> samples(int n) {
        Random rnd = new Random(7);
        int[] shapes = {0, 1, 7};
        List<DigitSample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int label = shapes[i % 3];
            int predicted = i % 5 == 4 ? (label == 7 ? 1 : label == 1 ? 7 : 6) : label;
            out.add(new DigitSample(digit(i % 3 == 2 ? 2 : i % 3, rnd), label, predicted, 0.6 + 0.4 * rnd.nextDouble()));
        }
        return out;
    }

    /** A 10×10 matrix like a small MLP's on the MNIST test set. */
    static int[][] confusion() {
        int[] perClass = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};
        int[][] c = new int[10][10];
        int[][] errors = {{4, 9, 31}, {9, 4, 22}, {3, 5, 18}, {5, 3, 25}, {7, 1, 14}, {2, 7, 12}, {8, 3, 16},
            {6, 0, 9}, {7, 9, 11}, {1, 8, 5}};
        for (int t = 0; t < 10; t++) {
            c[t][t] = perClass[t];
        }
        for (int[] e : errors) {
            c[e[0]][e[1]] += e[2];
            c[e[0]][e[0]] -= e[2];
        }
        c[0][6] += 3;
        c[0][0] -= 3;
        c[8][5] += 1;
        c[8][8] -= 1;
        return c;
    }

    /** 100 units × 784 inputs: oriented stripes of varying strength plus noise. */
    static float[] weights(int units) {
        Random rnd = new Random(3);
        float[] w = new float[units * 784];
        for (int u = 0; u < units; u++) {
            double angle = rnd.nextDouble() * Math.PI;
            double freq = 0.2 + 0.3 * rnd.nextDouble();
            double amp = 0.02 + 0.2 * rnd.nextDouble();
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    double r2 = (x - 13.5) * (x - 13.5) + (y - 13.5) * (y - 13.5);
                    double phase = freq * ((x - 13.5) * Math.cos(angle) + (y - 13.5) * Math.sin(angle));
                    w[u * 784 + y * 28 + x] = (float) (amp * Math.exp(-r2 / 90) * Math.sin(phase)
                            + 0.01 * rnd.nextGaussian());
                }
            }
        }
        return w;
    }

    static List<String> fashionNames() {
        return List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                "Ankle boot");
    }
}
