package org.activationlab.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The double implementation against the 40-digit golden file made by
 * {@link ReferenceValuesGenerator}.
 *
 * <p>What is asserted, for value and derivative alike:
 * {@code |impl − ref| ≤ 1e-13 · max(|ref|, scale, Double.MIN_NORMAL)}, where scale is 0 for the
 * value (no activation has a zero of f other than at x = 0, where f is exactly 0 or linear) and
 * the file's {@code derivative_scale} for f' (the sum of |terms| f' is made of: where f' crosses
 * zero, e.g. at GELU's or SiLU's minimum, a relative bound cannot hold and the error is bounded
 * relative to the terms that cancel). The floor {@code MIN_NORMAL} admits the unavoidable loss of
 * subnormal results: below 2.2e-308 the bound is 1e-13·2.2e-308 = about 450 subnormal steps.
 */
class ReferenceValuesTest {
    static final double TOLERANCE = 1e-13;

    record Row(ActivationKind kind, double alpha, double x, double value, double derivative, double scale,
               String line) {
    }

    private static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        rows = read();
    }

    static List<Row> read() throws IOException {
        List<Row> out = new ArrayList<>();
        try (InputStream in = ReferenceValuesTest.class.getResourceAsStream(ReferenceValuesGenerator.RESOURCE)) {
            assertTrue(in != null, "golden file missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = null;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    assertEquals("function,alpha,x,value,derivative,derivative_scale", header);
                    continue;
                }
                String[] c = line.split(",", -1);
                out.add(new Row(ActivationKind.require(c[0]), c[1].isEmpty() ? Double.NaN : Double.parseDouble(c[1]),
                        Double.parseDouble(c[2]), Double.parseDouble(c[3]), Double.parseDouble(c[4]),
                        Double.parseDouble(c[5]), line));
            }
        }
        return out;
    }

    @Test
    void goldenFileCoversEveryFunctionAndTheTails() {
        Map<ActivationKind, Integer> count = new EnumMap<>(ActivationKind.class);
        for (Row row : rows) {
            count.merge(row.kind(), 1, Integer::sum);
        }
        assertEquals(ActivationKind.values().length, count.size());
        assertTrue(rows.stream().anyMatch(r -> r.x() == -1000.0) && rows.stream().anyMatch(r -> r.x() == 1000.0));
        assertTrue(rows.stream().anyMatch(r -> r.x() == Double.MIN_VALUE));
    }

    @Test
    void valuesAndDerivativesMatchReferenceWithin1e13() {
        List<String> failures = new ArrayList<>();
        Map<ActivationKind, double[]> worst = new EnumMap<>(ActivationKind.class);
        for (Row row : rows) {
            Activation f = row.kind().create(row.alpha());
            double ev = error(f.value(row.x()), row.value(), 0);
            double ed = error(f.derivative(row.x()), row.derivative(), row.scale());
            double[] w = worst.computeIfAbsent(row.kind(), k -> new double[2]);
            w[0] = Math.max(w[0], ev);
            w[1] = Math.max(w[1], ed);
            if (!(ev <= TOLERANCE)) {
                failures.add("value " + row.line() + ": got " + f.value(row.x()) + " (error " + ev + ")");
            }
            if (!(ed <= TOLERANCE)) {
                failures.add("derivative " + row.line() + ": got " + f.derivative(row.x()) + " (error " + ed + ")");
            }
        }
        worst.forEach((k, w) -> System.out.printf("%-11s worst error: value %.2e, derivative %.2e%n", k.cliName(),
                w[0], w[1]));
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void goldenRowsAreReproducedByTheGenerator() {
        // a sample of rows recomputed now: the file is what the committed generator makes
        BigMath m = new BigMath(ReferenceValuesGenerator.DIGITS);
        for (int i = 0; i < rows.size(); i += 97) {
            Row row = rows.get(i);
            ReferenceFunctions.Ref ref = ReferenceFunctions.eval(m, row.kind(), row.alpha(), new BigDecimal(row.x()));
            String[] c = row.line().split(",", -1);
            assertEquals(c[3], ReferenceValuesGenerator.format(ref.value()), row.line());
            assertEquals(c[4], ReferenceValuesGenerator.format(ref.derivative()), row.line());
        }
    }

    /** |got − ref| / max(|ref|, scale, MIN_NORMAL); infinite if got is NaN. */
    static double error(double got, double ref, double scale) {
        if (Double.isNaN(got)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(got - ref) / Math.max(Math.max(Math.abs(ref), scale), Double.MIN_NORMAL);
    }
}
