package org.activationlab.core.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.core.download.DownloadProgress.Stage;
import org.junit.jupiter.api.Test;

class DownloadProgressTest {

    @Test
    void fractionsAndTextDescribeTheState() {
        DownloadProgress p = new DownloadProgress("mnist", Stage.DOWNLOADING, "t10k-images-idx3-ubyte.gz", 2, 4,
                800_000, 1_600_000, 3_000_000, 4_000_000, "example.org");
        assertEquals(0.5, p.fileFraction(), 1e-12);
        assertEquals(0.75, p.fraction(), 1e-12);
        assertEquals("t10k-images-idx3-ubyte.gz (3/4): 0.8 MB of 1.6 MB, 75% in all", p.describe());
    }

    @Test
    void reporterThrottlesButAlwaysReportsStartAndEnd() {
        DatasetFile big = new DatasetFile("big.gz", 1_000_000, "ab".repeat(32));
        RemoteDataset ds = new RemoteDataset("t", "T", List.of(big), List.of(java.net.URI.create("http://127.0.0.1/")));
        List<DownloadProgress> seen = new ArrayList<>();
        ProgressReporter r = new ProgressReporter(ds, seen::add);
        r.beginFile(0, 0);
        for (long b = 0; b <= 1_000_000; b += 1_000) {
            r.downloading(b, "h");
        }
        r.fileReady();
        r.finished();

        long downloading = seen.stream().filter(p -> p.stage() == Stage.DOWNLOADING).count();
        assertEquals(1_000_000 / ProgressReporter.STEP + 2, downloading, 1.0);
        assertEquals(0, seen.get(0).fileBytes());
        assertEquals(1_000_000, seen.get((int) downloading - 1).fileBytes());
        assertEquals(Stage.FINISHED, seen.get(seen.size() - 1).stage());
        assertEquals("all 1 files ready (1.0 MB)", seen.get(seen.size() - 1).describe());
    }
}
