package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.core.nn.ModelFile;
import org.activationlab.core.nn.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ActivationLabCommand.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void trainsSeveralActivationsAndWritesCsvAndModels() throws Exception {
        Path csv = dir.resolve("r.csv");
        Path model = dir.resolve("m.almodel");
        int code = run("train", "--model", "mlp:784-16-10", "--activations", "relu,selu", "--epochs", "1",
                "--threads", "1", "--batch", "256", "--out", csv.toString(), "--save-model", model.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(TrainCommand.CSV_HEADER, lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("relu,1,"));
        assertTrue(lines.get(2).startsWith("selu,1,"));
        double acc = Double.parseDouble(lines.get(1).split(",")[5]);
        assertTrue(acc > 0.5, "test accuracy after one epoch: " + acc);
        Network selu = ModelFile.load(dir.resolve("m-selu.almodel"));
        assertEquals("selu", selu.spec().activation().cliName());
        assertTrue(out.toString().contains("relu       epoch 1"), out.toString());
    }

    @Test
    void badInputIsOneLineOnStderrAndExitTwo() {
        String[][] bad = {
            {"train", "--activations", "nosuch"},
            {"train", "--model", "mlp:784"},
            {"train", "--model", "resnet"},
            {"train", "--clip-value", "1", "--clip-norm", "1"},
            {"train", "--optimizer", "rmsprop"},
            {"train", "--data", dir.resolve("missing").toString()},
            {"train", "--epochs", "0"},
            {"train", "--model", "post-cnn", "--dropout", "0.3"},
            {"bench", "--jobs", "resnet"},
        };
        for (String[] args : bad) {
            err.getBuffer().setLength(0);
            assertEquals(2, run(args), String.join(" ", args) + " → " + err);
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
        }
    }

    @Test
    void emptyDataFolderNamesTheMissingFile() {
        assertEquals(2, run("train", "--data", dir.toString()));
        assertTrue(err.toString().contains("train-images-idx3-ubyte"), err.toString());
    }

    @Test
    void benchPrintsJsonForTheChosenJobs() {
        int code = run("bench", "--jobs", "mlp:784-128-10", "--samples", "256", "--epochs", "1", "--warmup-batches",
                "1", "--warmup-seconds", "0", "--warmup-max-seconds", "0", "--threads", "1", "--json");
        assertEquals(0, code, err.toString());
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"jobs\":[{\"job\":\"mlp:784-128-10\",\"threads\":1,\"samples_per_second\":"), json);
        assertTrue(json.endsWith("\"gemm\":[]}"), json);
    }

    @Test
    void benchRefusesAnAbsurdWarmUp() {
        assertEquals(2, run("bench", "--warmup-seconds", "-1"));
        assertTrue(err.toString().contains("--warmup-seconds"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("bench", "--warmup-max-seconds", "601"));
        assertTrue(err.toString().contains("--warmup-max-seconds"), err.toString());
    }
}
