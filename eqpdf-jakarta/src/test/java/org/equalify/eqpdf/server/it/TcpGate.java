package org.equalify.eqpdf.server.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP forwarder the test server talks to instead of s3proxy, so a test can take "S3" away
 * (close: connections refused and cut) and give it back (open) without restarting the store.
 */
final class TcpGate {
    private final int port;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    /** Bumped on close: a pump of an older generation stops at its next chunk (keep-alive connections). */
    private volatile int generation;

    TcpGate(int port, int target) {
        this.port = port;
        this.target = target;
    }

    synchronized void open() throws IOException {
        if (server != null) return;
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress("127.0.0.1", port));
        server = s;
        Thread t = new Thread(() -> accept(s), "tcp-gate");
        t.setDaemon(true);
        t.start();
    }

    synchronized void close() throws IOException {
        if (server == null) return;
        generation++;
        server.close();
        server = null;
        for (Socket c : open) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
        open.clear();
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket in = s.accept();
                int gen = generation;
                Socket out = new Socket("127.0.0.1", target);
                open.add(in);
                open.add(out);
                pump(in, out, gen);
                pump(out, in, gen);
            } catch (IOException e) {
                if (s.isClosed()) return;
            }
        }
    }

    private void pump(Socket from, Socket to, int gen) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[64 * 1024];
            try (InputStream i = from.getInputStream(); OutputStream o = to.getOutputStream()) {
                for (int n; (n = i.read(buf)) > 0 && gen == generation; ) o.write(buf, 0, n);
            } catch (IOException ignored) {
                // connection closed
            } finally {
                try { from.close(); } catch (IOException ignored) { }
                try { to.close(); } catch (IOException ignored) { }
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-gate-pump");
        t.setDaemon(true);
        t.start();
    }
}
