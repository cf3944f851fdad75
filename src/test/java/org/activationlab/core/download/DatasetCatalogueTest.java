package org.activationlab.core.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetCatalogueTest {

    @Test
    void bothDatasetsHaveTheFourIdxFilesTheReaderExpects() {
        List<String> names = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");
        for (RemoteDataset d : DatasetCatalogue.all()) {
            assertEquals(names, d.files().stream().map(DatasetFile::name).toList(), d.id());
        }
    }

    @Test
    void sizesAreThePublishedOnes() {
        assertEquals(9_912_422 + 28_881 + 1_648_877 + 4_542, DatasetCatalogue.MNIST.totalBytes());
        assertEquals(26_421_880 + 29_515 + 4_422_102 + 5_148, DatasetCatalogue.FASHION_MNIST.totalBytes());
    }

    @Test
    void everyChecksumIsDistinct() {
        Set<String> seen = new HashSet<>();
        for (RemoteDataset d : DatasetCatalogue.all()) {
            for (DatasetFile f : d.files()) {
                assertTrue(seen.add(f.sha256()), "duplicate checksum for " + d.id() + "/" + f.name());
            }
        }
        assertEquals(8, seen.size());
    }

    @Test
    void everyDatasetHasSeveralMirrors() {
        for (RemoteDataset d : DatasetCatalogue.all()) {
            assertTrue(d.mirrors().size() >= 2, d.id());
            assertNotEquals(d.mirrors().get(0).getHost(), d.mirrors().get(1).getHost(), d.id());
        }
    }

    @Test
    void findsDatasetsByIdIgnoringCase() {
        assertSame(DatasetCatalogue.MNIST, DatasetCatalogue.find(" MNIST ").orElseThrow());
        assertSame(DatasetCatalogue.FASHION_MNIST, DatasetCatalogue.find("fashion-mnist").orElseThrow());
        assertFalse(DatasetCatalogue.find("cifar10").isPresent());
        assertFalse(DatasetCatalogue.find(null).isPresent());
    }

    @Test
    void aFileAddressIsTheMirrorPlusTheName() {
        DatasetFile f = DatasetCatalogue.MNIST.files().get(0);
        assertEquals(URI.create("https://example.org/data/mnist/train-images-idx3-ubyte.gz"),
                RemoteDataset.addressOf(URI.create("https://example.org/data/mnist/"), f));
    }

    @Test
    void malformedEntriesAreRefused() {
        String sha = "ab".repeat(32);
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("x.gz", 10, "abc"));
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("x.gz", 0, sha));
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("../x.gz", 10, sha));
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile(".x.gz", 10, sha));
        assertEquals(sha, new DatasetFile("x.gz", 10, sha.toUpperCase()).sha256());
        List<DatasetFile> files = List.of(new DatasetFile("x.gz", 10, sha));
        assertThrows(IllegalArgumentException.class,
                () -> new RemoteDataset("t", "T", files, List.of(URI.create("https://example.org/no-slash"))));
        assertThrows(IllegalArgumentException.class,
                () -> new RemoteDataset("t", "T", files, List.of(URI.create("ftp://example.org/"))));
        assertThrows(IllegalArgumentException.class, () -> new RemoteDataset("t", "T", files, List.of()));
    }
}
