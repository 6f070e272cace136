package dev.waiver.qualys.internal;

import dev.waiver.core.ApiError;
import dev.waiver.core.TransportException;
import dev.waiver.core.mapping.HardenedXml;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;

/**
 * Opens Qualys answers with the hardened StAX factory (no DTD processing, nothing fetched: the
 * {@code <!DOCTYPE X SYSTEM "https://...dtd">} of every answer is passed over) and reads the
 * value formats Qualys uses.
 */
public final class QualysXml {

    private static final XMLInputFactory FACTORY = HardenedXml.inputFactory();
    /**
     * The same, but closing a reader closes its stream: Woodstox then recycles its 4 kB byte buffer
     * for the next reader of the thread even when the reader is closed before the document's end
     * (with a caller-owned stream it does not), which is how small answers are read.
     */
    private static final XMLInputFactory CLOSING_FACTORY = closing(HardenedXml.inputFactory());
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?");
    private static volatile CharsetOf lastCharset;
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private QualysXml() {
    }

    /**
     * Opens a reader over an answer body. A {@code charset} in the content type wins over the
     * document's own declaration (RFC 7303); without one the parser detects the encoding (UTF-8
     * when the answer has no {@code <?xml?>} declaration).
     *
     * @param in          the body
     * @param contentType the answer's content type, or {@code null}
     * @return the reader, before the root element
     * @throws XMLStreamException if the body cannot be opened as XML
     */
    public static XMLStreamReader open(InputStream in, String contentType) throws XMLStreamException {
        return open(FACTORY, in, contentType);
    }

    /**
     * Opens a reader over a small answer that is read in one go: like {@link #open(InputStream, String)},
     * but closing the reader also closes {@code in}.
     *
     * @param in          the body
     * @param contentType the answer's content type, or {@code null}
     * @return the reader, before the root element
     * @throws XMLStreamException if the body cannot be opened as XML
     */
    public static XMLStreamReader openClosing(InputStream in, String contentType) throws XMLStreamException {
        return open(CLOSING_FACTORY, in, contentType);
    }

    private static XMLStreamReader open(XMLInputFactory factory, InputStream in, String contentType)
            throws XMLStreamException {
        Charset charset = charset(contentType);
        return charset == null ? HardenedXml.reader(factory, in) : factory.createXMLStreamReader(in, charset.name());
    }

    private static XMLInputFactory closing(XMLInputFactory factory) {
        factory.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, Boolean.TRUE);
        return factory;
    }

    /**
     * @param text an XML document already decoded to text
     * @return the reader, before the root element
     * @throws XMLStreamException if the text cannot be opened as XML
     */
    public static XMLStreamReader open(String text) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new StringReader(text));
    }

    /**
     * @param contentType a content type such as {@code text/xml;charset=UTF-8}, or {@code null}
     * @return its charset, or {@code null} if it names none (or one this JVM lacks)
     */
    public static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        // A client's answers nearly always carry the same content type: the last one is kept.
        CharsetOf last = lastCharset;
        if (last != null && last.contentType().equals(contentType)) {
            return last.charset();
        }
        Charset charset = parseCharset(contentType);
        lastCharset = new CharsetOf(contentType, charset);
        return charset;
    }

    /** A content type and the charset it names ({@code null} for none). */
    private record CharsetOf(String contentType, Charset charset) {
    }

    private static Charset parseCharset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Closes a reader, ignoring failures (the reader is being abandoned).
     *
     * @param r the reader, or {@code null}
     */
    public static void closeQuietly(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing more to release
            }
        }
    }

    /**
     * The failure for an answer that is not the XML it should be.
     *
     * @param what  which answer, for the message
     * @param cause the parser's complaint, or {@code null}
     * @return the exception to throw
     */
    public static TransportException unreadable(String what, Exception cause) {
        String detail = cause == null ? "" : ": " + ApiError.excerpt(cause.getMessage());
        return new TransportException("could not read Qualys' answer to " + what + detail, cause, true);
    }

    /**
     * Reads a Qualys date or timestamp: ISO-8601 ({@code 2023-11-28T11:21:31Z}, with or without
     * offset), an ISO date, or {@code mm/dd/yyyy} with or without a time. Times without a zone are
     * taken as UTC.
     *
     * @param text the text
     * @return the instant, or {@code null} if the text is none of these
     */
    public static Instant instant(String text) {
        return QualysDates.parse(text.strip());
    }

    /**
     * @param date a day
     * @return the day as Qualys' parameters expect it, {@code mm/dd/yyyy}
     */
    public static String usDate(LocalDate date) {
        return US_DATE.format(date);
    }

    /**
     * @param text the text
     * @return the number, or {@code null} if the text is not a whole number
     */
    public static Long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param text {@code 1}/{@code 0}, {@code true}/{@code false} or {@code yes}/{@code no}, any case
     * @return the flag, or {@code null} if the text is none of these
     */
    public static Boolean flag(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> Boolean.TRUE;
            case "0", "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }
}
