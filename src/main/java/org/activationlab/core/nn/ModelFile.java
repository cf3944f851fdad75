package org.activationlab.core.nn;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.activationlab.core.settings.AtomicFiles;

/**
 * Saves and loads trained networks. Format version 1, all numbers big-endian
 * (see also {@code docs/model-format.md}):
 * <pre>
 * field            type                      meaning
 * magic            4 bytes "ALNN"            identifies an Activation Lab network file
 * version          int32 = 1                 format version; other values are refused
 * spec             modified UTF-8 (u16 len)  {@link ModelSpec#toText()}: architecture, activation,
 *                                            alpha, dropout, initialiser; rebuilds the layers
 * tensors          int32 P                   number of parameter tensors, in network order
 * P × tensor       UTF name, int32 n,        e.g. "dense1.W", then n float32 values
 *                  n × float32
 * checksum         int32                     CRC-32 of every byte before it
 * </pre>
 * Files are written atomically ({@link AtomicFiles}): a reader never sees half a file. Loading
 * checks magic, version, the spec, every tensor's name and length against the rebuilt network,
 * the checksum, and that nothing follows it; each failure names the file and the problem.
 */
public final class ModelFile {
    /** The file name extension the desktop associates with the app. */
    public static final String EXTENSION = ".almodel";
    /** "ALNN". */
    public static final int MAGIC = 0x414C4E4E;
    public static final int VERSION = 1;

    private ModelFile() {
    }

    /** Writes {@code net} (which must have been built from a {@link ModelSpec}) to {@code file}. */
    public static void save(Network net, Path file) throws IOException {
        if (net.spec() == null) {
            throw new IllegalArgumentException("only networks built from a ModelSpec can be saved");
        }
        AtomicFiles.write(file, raw -> {
            CRC32 crc = new CRC32();
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(net.spec().toText());
            List<Param> ps = net.params();
            out.writeInt(ps.size());
            for (Param p : ps) {
                out.writeUTF(p.name());
                out.writeInt(p.size());
                for (float v : p.value()) {
                    out.writeFloat(v);
                }
            }
            out.flush();
            new DataOutputStream(raw).writeInt((int) crc.getValue());
        });
    }

    /** Reads a network saved by {@link #save}. */
    public static Network load(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString());
        } catch (EOFException e) {
            throw new IOException(file + ": truncated model file (it ends early; was it copied completely?)");
        }
    }

    private static Network read(InputStream raw, String name) throws IOException {
        CRC32 crc = new CRC32();
        DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException(name + ": not an Activation Lab model file (bad magic 0x"
                    + Integer.toHexString(magic) + ", expected 0x" + Integer.toHexString(MAGIC) + " \"ALNN\")");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException(name + ": model file version " + version + " is not supported (this build reads "
                    + VERSION + ")");
        }
        Network net;
        String specText = in.readUTF();
        try {
            net = ModelSpec.parse(specText).build(0);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": bad model description '" + specText + "': " + e.getMessage());
        }
        List<Param> ps = net.params();
        int count = in.readInt();
        if (count != ps.size()) {
            throw new IOException(name + ": " + count + " tensors stored, the architecture has " + ps.size());
        }
        for (Param p : ps) {
            String pn = in.readUTF();
            int n = in.readInt();
            if (!pn.equals(p.name()) || n != p.size()) {
                throw new IOException(name + ": tensor '" + pn + "' of " + n + " values where '" + p.name() + "' of "
                        + p.size() + " was expected");
            }
            float[] v = p.value();
            for (int i = 0; i < n; i++) {
                v[i] = in.readFloat();
            }
        }
        int expected = (int) crc.getValue();
        int stored = new DataInputStream(raw).readInt();
        if (stored != expected) {
            throw new IOException(name + ": checksum mismatch: the file is damaged");
        }
        if (raw.read() >= 0) {
            throw new IOException(name + ": unexpected data after the end of the model");
        }
        return net;
    }
}
