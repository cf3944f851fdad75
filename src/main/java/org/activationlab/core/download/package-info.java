/**
 * Downloading the full MNIST and Fashion-MNIST from their public mirrors into the user's data
 * cache, safely: every file is streamed to a temporary file, hashed while it arrives, checked for
 * size and SHA-256, and only then renamed to its final name. A file with a final name in a
 * download folder is therefore always complete and verified; an interrupted, cancelled or
 * corrupt download leaves nothing that a reader could mistake for data.
 *
 * <p>Entry points: {@link org.activationlab.core.download.DatasetCatalogue} (what can be
 * downloaded), {@link org.activationlab.core.download.DatasetDownloader} (does it, synchronously
 * or as a {@link org.activationlab.core.download.DownloadJob}), progress as immutable
 * {@link org.activationlab.core.download.DownloadProgress} records, failures as a
 * {@link org.activationlab.core.download.DownloadException} whose message is written for users.
 */
package org.activationlab.core.download;
