package dev.waiver.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import javax.net.SocketFactory;

/**
 * Sockets that never touch the network: what the client writes is framed into requests and handed
 * to a {@link CannedExchange}, and its answer is what the client reads back. Given to OkHttp with
 * {@code socketFactory(...)}, it sits below everything a client does — application and network
 * interceptors (Waiver's credentials and User-Agent included), OkHttp's bridge and HTTP/1.1 codec,
 * the connection pool — so every contender's own steps run and are measured; only the kernel and
 * the server thread of the loopback setting are gone.
 *
 * <p>Reading when no answer is pending throws {@link SocketTimeoutException} (as a socket with a
 * short read timeout would), so a client that reads before it has sent a whole request fails.
 */
public final class InMemorySocketFactory extends SocketFactory {

    private final CannedExchange exchange;

    /** @param exchange answers the requests written to the sockets */
    public InMemorySocketFactory(CannedExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public Socket createSocket() {
        return new InMemorySocket(exchange);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket s = createSocket();
        s.connect(address);
        return s;
    }

    /** One in-memory connection; used by one call at a time, as OkHttp uses a connection. */
    private static final class InMemorySocket extends Socket {

        private final CannedExchange exchange;
        private final WireRequest view = new WireRequest();
        private byte[] written = new byte[2048];
        private int writtenLength;
        private byte[] answer; // the pending answer's bytes, or null
        private int answerPosition;
        private InetSocketAddress remote;
        private boolean closed;
        private int soTimeout;

        private final InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (closed) {
                    throw new SocketException("Socket closed");
                }
                if (answer == null || answerPosition == answer.length) {
                    answer = null;
                    throw new SocketTimeoutException("nothing to read: no complete request was written");
                }
                int n = Math.min(len, answer.length - answerPosition);
                System.arraycopy(answer, answerPosition, b, off, n);
                answerPosition += n;
                return n;
            }

            @Override
            public int available() {
                return answer == null ? 0 : answer.length - answerPosition;
            }
        };

        private final OutputStream out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (closed) {
                    throw new SocketException("Socket closed");
                }
                if (writtenLength + len > written.length) {
                    written = Arrays.copyOf(written, Math.max(written.length * 2, writtenLength + len));
                }
                System.arraycopy(b, off, written, writtenLength, len);
                writtenLength += len;
                int end = WireRequest.completeEnd(written, 0, writtenLength);
                if (end > 0) {
                    if (answer != null && answerPosition < answer.length) {
                        throw new IllegalStateException("a new request was written before the last answer was read");
                    }
                    answer = exchange.answer(view.reset(written, 0, end)).wire();
                    answerPosition = 0;
                    System.arraycopy(written, end, written, 0, writtenLength - end);
                    writtenLength -= end;
                }
            }
        };

        InMemorySocket(CannedExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void connect(SocketAddress endpoint) {
            connect(endpoint, 0);
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) {
            this.remote = (InetSocketAddress) endpoint;
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public synchronized void close() {
            closed = true;
        }

        @Override
        public boolean isConnected() {
            return remote != null;
        }

        @Override
        public boolean isBound() {
            return remote != null;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public boolean isInputShutdown() {
            return closed;
        }

        @Override
        public boolean isOutputShutdown() {
            return closed;
        }

        @Override
        public void shutdownInput() {
            closed = true;
        }

        @Override
        public void shutdownOutput() {
            closed = true;
        }

        @Override
        public InetAddress getInetAddress() {
            return remote == null ? null : remote.getAddress();
        }

        @Override
        public int getPort() {
            return remote == null ? 0 : remote.getPort();
        }

        @Override
        public SocketAddress getRemoteSocketAddress() {
            return remote;
        }

        @Override
        public InetAddress getLocalAddress() {
            return InetAddress.getLoopbackAddress();
        }

        @Override
        public int getLocalPort() {
            return 1;
        }

        @Override
        public SocketAddress getLocalSocketAddress() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), 1);
        }

        @Override
        public synchronized void setSoTimeout(int timeout) {
            soTimeout = timeout;
        }

        @Override
        public synchronized int getSoTimeout() {
            return soTimeout;
        }

        @Override
        public void setTcpNoDelay(boolean on) {
            // nothing to delay
        }

        @Override
        public boolean getTcpNoDelay() {
            return true;
        }

        @Override
        public void setKeepAlive(boolean on) {
            // nothing to keep alive
        }

        @Override
        public String toString() {
            return "InMemorySocket{" + remote + (closed ? ", closed" : "") + "}";
        }
    }
}
