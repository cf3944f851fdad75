package org.activationlab.core.download;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 (a free port) for download tests, written on a plain
 * {@link ServerSocket} so it can misbehave on purpose: announce a length and hang up half-way, or
 * send a few bytes and then go silent. Each path has a scripted answer; unknown paths get 404.
 * Every connection is closed after one answer.
 */
public final class LoopbackServer implements AutoCloseable {

    /** What the server writes for a request. */
    @FunctionalInterface
    interface Answer {
        void write(OutputStream out, LoopbackServer server) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private LoopbackServer() throws IOException {
        socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "loopback-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server on a free loopback port. */
    public static LoopbackServer start() throws IOException {
        return new LoopbackServer();
    }

    /** The URL of a folder on this server, ending in '/'. */
    public URI folder(String name) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/" + name + "/");
    }

    /** Serves {@code body} completely at {@code path}. */
    public void serve(String path, byte[] body) {
        answers.put(path, (out, s) -> {
            out.write(headers(200, body.length));
            out.write(body);
        });
    }

    /** Announces all of {@code body}, sends the first half, then closes the connection. */
    public void hangUpHalfway(String path, byte[] body) {
        answers.put(path, (out, s) -> {
            out.write(headers(200, body.length));
            out.write(body, 0, body.length / 2);
        });
    }

    /** Announces all of {@code body}, sends {@code prefix} bytes, then stays silent until the server closes. */
    public void stallAfter(String path, byte[] body, int prefix) {
        answers.put(path, (out, s) -> {
            out.write(headers(200, body.length));
            out.write(body, 0, prefix);
            out.flush();
            s.closing.await();
        });
    }

    /** How many requests reached {@code path}. */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() throws IOException {
        closing.countDown();
        socket.close();
        for (Socket c : connections) {
            c.close();
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket c = socket.accept();
                connections.add(c);
                Thread t = new Thread(() -> handle(c), "loopback-http-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void handle(Socket c) {
        try (c) {
            BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
            String requestLine = in.readLine();
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.isEmpty());
            if (requestLine == null) {
                return;
            }
            String path = requestLine.split(" ")[1];
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            OutputStream out = c.getOutputStream();
            Answer answer = answers.getOrDefault(path, (o, s) -> o.write(headers(404, 0)));
            answer.write(out, this);
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client went away or the server closed: nothing to report
        } finally {
            connections.remove(c);
        }
    }

    private static byte[] headers(int status, long length) {
        String reason = status == 200 ? "OK" : "Not Found";
        return ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Length: " + length
                + "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
