package dev.waiver.qualys.internal;

import dev.waiver.core.WaiverException;
import dev.waiver.core.http.TransportResponse;
import dev.waiver.core.mapping.XmlElements;
import dev.waiver.core.paging.PageResponse;
import dev.waiver.qualys.model.ComplianceException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch of a list answer, read record by record: only the record being read is in memory. The
 * next-batch URL ({@code WARNING} with {@code CODE} 1980) follows the records, so it is known once
 * the records are used up.
 *
 * <p>An answer of at most {@value #WHOLE_IN_MEMORY} bytes (most batches) is read whole before its
 * first record is handed out and its connection released at once, so a caller that stops early
 * holds nothing. A larger one is streamed from the open connection, which is released as soon as
 * its end is read, or on {@link #close()} (which {@link dev.waiver.core.PagedIterable} calls on
 * close, and through a cleaner for a walk abandoned unclosed).
 *
 * <p>Qualys documents the records at {@code RESPONSE/EXCEPTION_LIST/EXCEPTION}; the page takes
 * {@code EXCEPTION} elements anywhere below the root, so a record directly under {@code RESPONSE}
 * is read too. The {@code REQUEST} echo ({@code echo_request=1}) is skipped.
 */
public final class ExceptionListPage implements PageResponse<Object, ComplianceException> {

    /** The root element of a list answer. */
    public static final String ROOT = "EXCEPTION_LIST_OUTPUT";
    /** The Qualys warning code of a truncated answer. */
    public static final String TRUNCATED = "1980";

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionListPage.class);
    private static final int PEEK_LIMIT = 64 * 1024;
    /** Answers up to this size are read whole and their connection released before the first record. */
    static final int WHOLE_IN_MEMORY = 256 * 1024;

    private final XMLStreamReader reader;
    private final Closeable release;
    private ComplianceException pending;
    private String nextUrl;
    private boolean finished;
    private boolean closed;

    private ExceptionListPage(XMLStreamReader reader, Closeable release) {
        this.reader = reader;
        this.release = release;
    }

    /**
     * Opens a list answer inside the transport's retry loop: an error answer ({@code SIMPLE_RETURN}
     * with {@code CODE}, even with HTTP 200) is thrown here, so the retry policy sees it; a list
     * answer is detached from the transport and streamed.
     *
     * @param response the 2xx answer
     * @param tracker  where the limit headers go
     * @return the page, positioned before its first record
     * @throws IOException if reading fails
     */
    public static ExceptionListPage open(TransportResponse response, RateLimitTracker tracker) throws IOException {
        tracker.record(response.headers());
        String contentType = response.contentType().orElse(null);
        InputStream body = response.body();
        byte[] head = body.readNBytes(WHOLE_IN_MEMORY + 1);
        boolean whole = head.length <= WHOLE_IN_MEMORY;
        InputStream in = new BufferedInputStream(whole ? new ByteArrayInputStream(head)
                : new SequenceInputStream(new ByteArrayInputStream(head), body));
        in.mark(PEEK_LIMIT);
        XMLStreamReader r = null;
        try {
            r = QualysXml.open(in, contentType);
            String root = XmlElements.toRoot(r);
            if (root.equals(SimpleReturn.ROOT)) {
                SimpleReturn answer = SimpleReturn.read(r);
                if (answer.code() != null) {
                    throw Answers.errorInSuccessfulAnswer(response, rawText(in, contentType), answer);
                }
                throw new XMLStreamException("a SIMPLE_RETURN without error code instead of a list: "
                        + answer.text());
            }
            if (!root.equals(ROOT)) {
                throw new XMLStreamException("unexpected answer with root element " + root);
            }
            // read whole: the transport releases the connection when this returns; else it stays open
            ExceptionListPage page = new ExceptionListPage(r, whole ? () -> { } : response.detach());
            r = null;
            return page;
        } catch (XMLStreamException e) {
            throw QualysXml.unreadable("list", e);
        } finally {
            QualysXml.closeQuietly(r);
        }
    }

    private static String rawText(InputStream in, String contentType) {
        try {
            in.reset();
            return Answers.text(in.readNBytes(PEEK_LIMIT), contentType);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public Iterator<ComplianceException> items() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (pending == null && !finished) {
                    pending = advance();
                }
                return pending != null;
            }

            @Override
            public ComplianceException next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ComplianceException item = pending;
                pending = null;
                return item;
            }
        };
    }

    /** Reads up to the next record, or to the end of the answer (then releases it). */
    private ComplianceException advance() {
        if (closed) {
            throw new IllegalStateException("the list answer was closed before it was read to its end");
        }
        try {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "EXCEPTION" -> {
                        return ComplianceExceptionReader.read(reader);
                    }
                    case "WARNING" -> readWarning();
                    case "REQUEST" -> XmlElements.skip(reader);
                    default -> {
                        // a wrapper (RESPONSE, a list element): records may be inside it
                    }
                }
            }
            finished = true;
            close();
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            finished = true;
            close();
            if (e instanceof WaiverException w) {
                throw w;
            }
            throw QualysXml.unreadable("list (while streaming its records)", e);
        }
    }

    private void readWarning() throws XMLStreamException {
        String code = null;
        String text = null;
        String url = null;
        while (XmlElements.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "CODE" -> code = XmlElements.readText(reader);
                case "TEXT" -> text = XmlElements.readText(reader);
                case "URL" -> url = XmlElements.readText(reader);
                default -> XmlElements.skip(reader);
            }
        }
        if (TRUNCATED.equals(code) && url != null && !url.isBlank()) {
            nextUrl = url;
        } else {
            LOG.warn("Qualys list answer carried warning {}: {}", code, text);
        }
    }

    /** @return the next batch's URL as Qualys gave it; valid once the records are used up */
    @Override
    public Optional<Object> nextKey() {
        return Optional.ofNullable(nextUrl);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        QualysXml.closeQuietly(reader);
        try {
            release.close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }
}
