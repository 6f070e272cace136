package dev.waiver.benchmarks.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server with as little cost of its own as possible: one thread per
 * keep-alive connection, a hand-rolled request reader, and answers written from pre-rendered
 * bytes ({@link Canned#wire()}). It serves what the benchmarks need (requests with a
 * {@code Content-Length} body or none) and nothing more.
 */
public final class CannedServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Canned.Routes routes;
    private final AtomicLong requests = new AtomicLong();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile String lastRequestLine;

    /**
     * Starts the server on a free loopback port.
     *
     * @param routes picks the answer for each request
     * @throws IOException if the port cannot be opened
     */
    public CannedServer(Canned.Routes routes) throws IOException {
        this.routes = routes;
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        this.acceptor = new Thread(this::acceptLoop, "canned-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the base URL, {@code http://127.0.0.1:port} */
    public String baseUrl() {
        return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    /** @return the request line of the latest request, such as {@code GET /path?query HTTP/1.1} */
    public String lastRequestLine() {
        return lastRequestLine;
    }

    /** @return how many requests the server has answered so far */
    public long requestCount() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                s.setTcpNoDelay(true);
                connections.add(s);
                Thread t = new Thread(() -> serve(s), "canned-server-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
             OutputStream out = s.getOutputStream()) {
            StringBuilder line = new StringBuilder(256);
            while (true) {
                if (!readLine(in, line)) {
                    return;
                }
                String requestLine = line.toString();
                long contentLength = 0;
                boolean close = false;
                while (readLine(in, line) && line.length() > 0) {
                    int colon = line.indexOf(":");
                    if (colon > 0) {
                        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                        if (name.equals("content-length")) {
                            contentLength = Long.parseLong(line.substring(colon + 1).trim());
                        } else if (name.equals("connection") && line.substring(colon + 1).trim().equalsIgnoreCase("close")) {
                            close = true;
                        }
                    }
                }
                in.skipNBytes(contentLength);
                Canned answer = answer(requestLine);
                lastRequestLine = requestLine;
                requests.incrementAndGet(); // before answering, so a client that got its answer sees the count
                out.write(answer.wire());
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing to report
        } finally {
            connections.remove(s);
        }
    }

    private Canned answer(String requestLine) {
        int sp1 = requestLine.indexOf(' ');
        int sp2 = requestLine.indexOf(' ', sp1 + 1);
        if (sp1 < 0 || sp2 < 0) {
            return Canned.NOT_FOUND;
        }
        String method = requestLine.substring(0, sp1);
        String target = requestLine.substring(sp1 + 1, sp2);
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? null : target.substring(q + 1);
        Canned c = routes.answer(method, path, query);
        return c == null ? Canned.NOT_FOUND : c;
    }

    /** Reads one CRLF-terminated ASCII line into {@code line}; false at end of stream. */
    private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int n = line.length();
                if (n > 0 && line.charAt(n - 1) == '\r') {
                    line.setLength(n - 1);
                }
                return true;
            }
            line.append((char) b);
        }
        return false;
    }

    /** Stops accepting and drops every open connection. */
    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : connections) {
            s.close();
        }
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "CannedServer{" + baseUrl() + ", " + requests.get() + " requests}";
    }
}
