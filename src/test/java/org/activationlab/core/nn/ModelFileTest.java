package org.activationlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.tensor.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    private static Network sample() {
        return new ModelSpec("mlp:12-7-3", ActivationKind.ELU, 0.5, 0.1, Initializer.HE_NORMAL).build(11);
    }

    @Test
    void roundTripRestoresSpecAndWeightsExactly() throws IOException {
        Network net = sample();
        Path f = dir.resolve("m.almodel");
        ModelFile.save(net, f);
        Network back = ModelFile.load(f);
        assertEquals(net.spec(), back.spec());
        for (int i = 0; i < net.params().size(); i++) {
            assertArrayEquals(net.params().get(i).value(), back.params().get(i).value());
        }
        float[] x = GradientCheck.awayFromZero(2 * 12, 0, 1, 1);
        assertArrayEquals(net.forward(x, 2, false, Parallel.SERIAL).clone(), back.forward(x, 2, false, Parallel.SERIAL));
    }

    @Test
    void postCnnRoundTrips() throws IOException {
        Network net = new ModelSpec("post-cnn", ActivationKind.SELU, Double.NaN, 0, null).build(2);
        Path f = dir.resolve("cnn.almodel");
        ModelFile.save(net, f);
        Network back = ModelFile.load(f);
        assertEquals(net.parameterCount(), back.parameterCount());
        assertArrayEquals(net.params().get(4).value(), back.params().get(4).value());
        assertTrue(back.layers().stream().anyMatch(l -> l instanceof AlphaDropout));
    }

    @Test
    void refusesWrongMagic() throws IOException {
        Path f = dir.resolve("x.almodel");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1});
        IOException e = assertThrows(IOException.class, () -> ModelFile.load(f));
        assertTrue(e.getMessage().contains("not an Activation Lab model"), e.getMessage());
    }

    @Test
    void refusesOtherVersions() throws IOException {
        Path f = dir.resolve("v.almodel");
        ModelFile.save(sample(), f);
        byte[] b = Files.readAllBytes(f);
        ByteBuffer.wrap(b).putInt(4, 99);
        Files.write(f, b);
        IOException e = assertThrows(IOException.class, () -> ModelFile.load(f));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        Path f = dir.resolve("t.almodel");
        ModelFile.save(sample(), f);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        IOException e = assertThrows(IOException.class, () -> ModelFile.load(f));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void refusesDamagedWeights() throws IOException {
        Path f = dir.resolve("d.almodel");
        ModelFile.save(sample(), f);
        byte[] b = Files.readAllBytes(f);
        b[b.length - 10] ^= 0x40;
        Files.write(f, b);
        IOException e = assertThrows(IOException.class, () -> ModelFile.load(f));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void saveReplacesAnOldFileCompletely() throws IOException {
        Path f = dir.resolve("r.almodel");
        Files.write(f, new byte[100_000]);
        ModelFile.save(sample(), f);
        ModelFile.load(f);
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }
}
