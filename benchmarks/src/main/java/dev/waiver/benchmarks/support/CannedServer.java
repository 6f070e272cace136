package dev.waiver.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP/1.1 server with as little cost of its own as possible: one thread per
 * keep-alive connection, requests framed and checked in place ({@link WireRequest}) by the shared
 * {@link CannedExchange}, and answers written from pre-rendered bytes ({@link Canned#wire()}). It
 * serves what the benchmarks need (requests with a {@code Content-Length} body or none) and
 * nothing more.
 */
public final class CannedServer implements AutoCloseable {

    private final ServerSocket socket;
    private final CannedExchange exchange;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    /**
     * Starts the server on a free loopback port.
     *
     * @param exchange answers each request
     * @throws IOException if the port cannot be opened
     */
    public CannedServer(CannedExchange exchange) throws IOException {
        this.exchange = exchange;
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
        WireRequest view = new WireRequest();
        byte[] buf = new byte[16 * 1024];
        int length = 0;
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            while (true) {
                int end = WireRequest.completeEnd(buf, 0, length);
                if (end < 0) {
                    if (length == buf.length) {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                    }
                    int n = in.read(buf, length, buf.length - length);
                    if (n < 0) {
                        return;
                    }
                    length += n;
                    continue;
                }
                Canned answer = exchange.answer(view.reset(buf, 0, end));
                System.arraycopy(buf, end, buf, 0, length - end);
                length -= end;
                out.write(answer.wire());
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing to report
        } finally {
            connections.remove(s);
        }
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
        return "CannedServer{" + baseUrl() + ", " + exchange.requestCount() + " requests}";
    }
}
