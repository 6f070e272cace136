package dev.waiver.core.http;

import java.io.IOException;
import java.io.InputStream;
import okio.Buffer;
import okio.BufferedSource;

/**
 * An answer body that can be read again from its start while no more than a limit of bytes was
 * read ({@link #mark}/{@link #reset}), without a copy of its own: the bytes are copied to the
 * reader straight out of the connection source's (pooled) buffer, which keeps them until the body
 * is consumed. (Not through {@link BufferedSource#peek()}: a peek shares the buffer's segments,
 * and a shared segment is not returned to Okio's pool, so every answer would cost a new 8 kB
 * segment.) Past the limit the bytes read so far are skipped on the source and reading continues
 * from it directly, so an answer of any size is held in memory no further than the limit; a
 * {@link #reset} then fails.
 */
final class RewindableBody extends InputStream {

    private final BufferedSource source;
    private final long limit;
    private Buffer.UnsafeCursor cursor;
    private long read;
    private boolean passedLimit;
    private boolean closed;

    /**
     * @param source the body's source, unread
     * @param limit  how many bytes may be read and still rewound
     */
    RewindableBody(BufferedSource source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        if (len == 0) {
            return 0;
        }
        if (!passedLimit && read >= limit) {
            passedLimit = true;
            source.skip(read);
        }
        if (passedLimit) {
            return source.read(b, off, len);
        }
        long want = Math.min(len, limit - read);
        source.request(read + want); // false at the body's end: then fewer are there
        Buffer buffer = source.getBuffer();
        int n = (int) Math.min(want, buffer.size() - read);
        if (n <= 0) {
            return -1;
        }
        if (cursor == null) {
            cursor = new Buffer.UnsafeCursor();
        }
        try (Buffer.UnsafeCursor c = buffer.readUnsafe(cursor)) {
            int copied = 0;
            while (copied < n) {
                c.seek(read + copied);
                int chunk = Math.min(n - copied, c.end - c.start);
                System.arraycopy(c.data, c.start, b, off + copied, chunk);
                copied += chunk;
            }
        }
        read += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        if (closed) {
            return 0;
        }
        long buffered = passedLimit ? source.getBuffer().size() : source.getBuffer().size() - read;
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, buffered));
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    /** The mark is always the body's start; {@code readLimit} is the limit given at construction. */
    @Override
    public synchronized void mark(int readLimit) {
        // always the start
    }

    /**
     * Back to the body's start.
     *
     * @throws IOException if more than the limit was read, or the body was closed
     */
    @Override
    public synchronized void reset() throws IOException {
        if (closed || passedLimit) {
            throw new IOException(closed ? "closed" : "read past the first " + limit + " bytes");
        }
        read = 0;
    }

    /** Closes the body (and so releases its connection). */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            source.close();
        }
    }
}
