package org.activationlab.core.download;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A dataset that can be downloaded: an id (also the name of its folder in the cache), a title for
 * people, the files it consists of, and the mirrors that serve them, tried in order. A mirror is a
 * base URI ending in {@code /}; a file's address is the mirror plus the file's name.
 */
public record RemoteDataset(String id, String title, List<DatasetFile> files, List<URI> mirrors) {

    /** Checks the values and copies the lists (the record is immutable). */
    public RemoteDataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        files = List.copyOf(files);
        mirrors = List.copyOf(mirrors);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(id + ": a dataset needs at least one file");
        }
        if (mirrors.isEmpty()) {
            throw new IllegalArgumentException(id + ": a dataset needs at least one mirror");
        }
        for (URI m : mirrors) {
            String scheme = m.getScheme();
            if (!("http".equals(scheme) || "https".equals(scheme)) || !m.getPath().endsWith("/")) {
                throw new IllegalArgumentException(id + ": a mirror must be an http(s) URL ending in '/', was " + m);
            }
        }
    }

    /** The sum of the file sizes, in bytes. */
    public long totalBytes() {
        long sum = 0;
        for (DatasetFile f : files) {
            sum += f.size();
        }
        return sum;
    }

    /** The same dataset served by other mirrors (a local mirror for a classroom, or a test server). */
    public RemoteDataset withMirrors(List<URI> otherMirrors) {
        return new RemoteDataset(id, title, files, otherMirrors);
    }

    /** Where {@code file} lives on {@code mirror}. */
    public static URI addressOf(URI mirror, DatasetFile file) {
        return mirror.resolve(file.name());
    }
}
