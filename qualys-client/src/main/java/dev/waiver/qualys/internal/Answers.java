package dev.waiver.qualys.internal;

import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.mapping.XmlElements;
import dev.waiver.core.http.TransportResponse;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the small answers ({@code request}, {@code update}, {@code delete}) inside the transport's
 * retry loop: records the limit headers, and turns a {@code SIMPLE_RETURN} with {@code CODE} into
 * its exception even when the HTTP status is 200.
 */
public final class Answers {

    /**
     * Turns the answer's root element into a result.
     *
     * @param <T> the result type
     */
    public interface Reader<T> {
        /**
         * @param answer a {@code SIMPLE_RETURN} without error code
         * @return the result
         * @throws XMLStreamException if this action does not answer with {@code SIMPLE_RETURN}, or it lacks what is needed
         */
        default T simpleReturn(SimpleReturn answer) throws XMLStreamException {
            throw new XMLStreamException("unexpected SIMPLE_RETURN answer: " + ApiError.excerpt(answer.text()));
        }

        /**
         * @param root the root element's name (not {@code SIMPLE_RETURN})
         * @param r    a reader on the root's start tag
         * @return the result
         * @throws XMLStreamException if the XML is malformed or not this action's answer
         */
        default T document(String root, XMLStreamReader r) throws XMLStreamException {
            throw new XMLStreamException("unexpected answer with root element " + root);
        }
    }

    /** How much of an answer is kept for the raw body of an error that came with a 2xx status. */
    private static final int PEEK_LIMIT = 64 * 1024;

    private Answers() {
    }

    /**
     * Reads a (normally small) answer as a stream, so an answer of any size is refused by the
     * hardened reader's limits instead of first being held in memory whole.
     *
     * @param response the 2xx answer
     * @param tracker  where the limit headers go
     * @param what     the action, for messages
     * @param reader   turns the answer into the result
     * @param <T>      the result type
     * @return the result
     * @throws IOException if the body cannot be read
     */
    public static <T> T read(TransportResponse response, RateLimitTracker tracker, String what, Reader<T> reader)
            throws IOException {
        tracker.record(response);
        String contentType = response.headerValue("Content-Type");
        XMLStreamReader r = null;
        // Rewindable over the connection's own buffer: the raw text of an error found inside a 2xx
        // answer is read again from the start, and nothing is copied when there is none.
        try (InputStream in = response.rewindableBody(PEEK_LIMIT)) {
            r = QualysXml.openClosing(in, contentType);
            String root = XmlElements.toRoot(r);
            if (!root.equals(SimpleReturn.ROOT)) {
                return reader.document(root, r);
            }
            SimpleReturn answer = SimpleReturn.read(r);
            if (answer.code() != null) {
                throw errorInSuccessfulAnswer(response, rawText(in, contentType), answer);
            }
            return reader.simpleReturn(answer);
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io && !(io instanceof CharConversionException)) {
                throw io; // the connection failed: the transport tells a timeout from a reset
            }
            throw QualysXml.unreadable(what, e);
        } finally {
            QualysXml.closeQuietly(r);
        }
    }

    /** The start of the answer, for the raw body of an exception; empty if it was read past. */
    private static String rawText(InputStream in, String contentType) {
        try {
            in.reset();
            return text(in.readNBytes(PEEK_LIMIT), contentType);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The exception for a {@code SIMPLE_RETURN} with {@code CODE} that came with a 2xx status
     * (Qualys sends, for example, 2001 "account expired" with HTTP 200).
     *
     * @param response the answer
     * @param rawBody  its text, as much as was kept
     * @param answer   the parsed answer
     * @return the exception to throw
     */
    public static ApiException errorInSuccessfulAnswer(TransportResponse response, String rawBody, SimpleReturn answer) {
        ApiError.Builder base = ApiError.builder(response.statusCode())
                .headers(response.headers())
                .rawBody(rawBody)
                .requestId(response.requestId().orElse(null));
        return QualysErrors.toException(base, answer, response.headers(), null);
    }

    /**
     * @param bytes       body bytes
     * @param contentType the content type, or {@code null}
     * @return the bytes as text, in the content type's charset or UTF-8
     */
    public static String text(byte[] bytes, String contentType) {
        Charset charset = QualysXml.charset(contentType);
        return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
    }
}
