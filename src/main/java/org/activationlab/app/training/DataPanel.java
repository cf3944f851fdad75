package org.activationlab.app.training;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.activationlab.core.download.DatasetCatalogue;
import org.activationlab.core.download.DatasetDownloader;
import org.activationlab.core.download.DownloadException;
import org.activationlab.core.download.DownloadJob;
import org.activationlab.core.download.DownloadProgress;
import org.activationlab.core.download.RemoteDataset;

/**
 * Picks the digits: the embedded set, a folder of IDX files, or a download of the full MNIST or
 * Fashion-MNIST into the app's data folder (progress, cancel, the downloader's own message when
 * it fails, e.g. offline). Download progress is picked up once per frame via {@link #frame()}.
 */
final class DataPanel extends VBox {
    private final SetupViewModel vm;
    private final Label current = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    private final Button cancel = new Button("Cancel");
    private final AtomicReference<DownloadProgress> latest = new AtomicReference<>();
    private DownloadJob job;

    DataPanel(SetupViewModel vm) {
        this.vm = vm;
        setSpacing(6);
        current.setWrapText(true);
        current.textProperty().bind(vm.dataProperty().map(d -> "Using: " + d.title()));
        current.setId("data-current");
        Button embedded = button("Embedded", "The 10,000 digits built into the app (8,000 to train, 2,000 to test); no network needed");
        embedded.setOnAction(e -> vm.dataProperty().set(DataChoice.EMBEDDED));
        Button folder = button("Folder…", "A folder with the four MNIST-style IDX files (train-/t10k- images and labels), e.g. Fashion-MNIST");
        folder.setOnAction(e -> chooseFolder());
        Button mnist = button("Get MNIST", "Download the full MNIST (70,000 digits, about 11 MB) into the app's data folder");
        mnist.setOnAction(e -> download(DatasetCatalogue.MNIST));
        Button fashion = button("Get Fashion", "Download Fashion-MNIST (70,000 clothing images, about 30 MB) into the app's data folder");
        fashion.setOnAction(e -> download(DatasetCatalogue.FASHION_MNIST));
        cancel.setTooltip(new Tooltip("Stop the download; nothing half-written is kept"));
        cancel.setOnAction(e -> {
            if (job != null) {
                job.cancel();
            }
        });
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setTooltip(new Tooltip("Download progress"));
        HBox progress = new HBox(6, bar, cancel);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        progress.visibleProperty().bind(cancel.disableProperty().not());
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.setDisable(true);
        status.setWrapText(true);
        status.setId("data-status");
        getChildren().addAll(current, new HBox(6, embedded, folder), new HBox(6, mnist, fashion), progress, status);
    }

    private static Button button(String text, String tip) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Folder with IDX files");
        File f = dc.showDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.dataProperty().set(DataChoice.folder(f.getAbsolutePath(), f.getName() + " (folder)"));
        }
    }

    private void download(RemoteDataset ds) {
        if (job != null) {
            status.setText("A download is already running");
            return;
        }
        Path folder = DatasetDownloader.defaultFolder(ds);
        if (DatasetDownloader.isComplete(ds, folder)) {
            vm.dataProperty().set(DataChoice.folder(folder.toString(), ds.title() + " (downloaded)"));
            status.setText(ds.title() + " is already in " + folder);
            return;
        }
        status.setText("Downloading " + ds.title() + "…");
        cancel.setDisable(false);
        bar.setProgress(0);
        job = new DatasetDownloader().start(ds, folder, latest::set);
        job.result().whenComplete((dir, err) -> Platform.runLater(() -> finished(ds, dir, err)));
    }

    private void finished(RemoteDataset ds, Path dir, Throwable err) {
        job = null;
        cancel.setDisable(true);
        latest.set(null);
        if (err == null) {
            vm.dataProperty().set(DataChoice.folder(dir.toString(), ds.title() + " (downloaded)"));
            status.setText(ds.title() + " is ready (" + dir + ")");
            return;
        }
        Throwable cause = err instanceof java.util.concurrent.CompletionException && err.getCause() != null ? err.getCause() : err;
        status.setText(cause instanceof DownloadException d ? d.getMessage() : "Download failed: " + cause.getMessage());
    }

    /** Called once per frame: shows the newest download progress. */
    void frame() {
        DownloadProgress p = latest.getAndSet(null);
        if (p != null) {
            bar.setProgress(p.fraction());
            status.setText(p.describe());
        }
    }
}
