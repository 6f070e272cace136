package dev.waiver.benchmarks.support;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The raw baselines of the list streaming benchmark: plain Woodstox (DTD off, nothing resolved)
 * over a Qualys {@code EXCEPTION_LIST_OUTPUT} file, without Waiver's hardening limits, open
 * enums, dates or typed record.
 * <ul>
 *   <li>{@link #countElements}: counts start tags and never reads text — the parser's floor, not
 *       the same work as Waiver's;</li>
 *   <li>{@link #readFields}: the fair pass: every record's 19 documented values read as text
 *       (trimmed) into one set of fields, and its {@code HISTORY} entries into a list of
 *       user/comment/date triples — what Waiver reads, minus the conversion to numbers, dates and
 *       enums and the typed record.</li>
 * </ul>
 * Thread-safe (each pass has its own reader).
 */
public final class RawListPass {

    /** How many values each record holds (the history's three counted once). */
    public static final int FIELDS = 19;

    private final XMLInputFactory stax;

    /** Builds the Woodstox factory. */
    public RawListPass() {
        WstxInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        this.stax = f;
    }

    /**
     * @param file the list answer
     * @return the {@code EXCEPTION} elements seen
     * @throws IOException        if reading fails
     * @throws XMLStreamException if parsing fails
     */
    public long countElements(Path file) throws IOException, XMLStreamException {
        long elements = 0;
        long exceptions = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = stax.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    elements++;
                    if (r.getLocalName().equals("EXCEPTION")) {
                        exceptions++;
                    }
                }
            }
            r.close();
        }
        if (elements <= exceptions) {
            throw new IllegalStateException("counted " + elements + " elements");
        }
        return exceptions;
    }

    /**
     * @param file the list answer
     * @return the records whose every documented value was read (non-empty)
     * @throws IOException        if reading fails
     * @throws XMLStreamException if parsing fails
     */
    public long readFields(Path file) throws IOException, XMLStreamException {
        long complete = 0;
        Record record = new Record();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = stax.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("EXCEPTION")) {
                    record.clear();
                    readRecord(r, record);
                    if (record.isComplete()) {
                        complete++;
                    }
                }
            }
            r.close();
        }
        return complete;
    }

    private static void readRecord(XMLStreamReader r, Record f) throws XMLStreamException {
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "EXCEPTION_NUMBER" -> f.values[0] = text(r);
                case "HOST" -> {
                    while (nextChild(r)) {
                        if (r.getLocalName().equals("IP_ADDRESS")) {
                            f.values[1] = text(r);
                        } else {
                            skip(r);
                        }
                    }
                }
                case "TECHNOLOGY" -> idAndName(r, f, 2);
                case "POLICY" -> idAndName(r, f, 4);
                case "CONTROL" -> {
                    while (nextChild(r)) {
                        switch (r.getLocalName()) {
                            case "CID" -> f.values[6] = text(r);
                            case "STATEMENT" -> f.values[7] = text(r);
                            case "CRITICALITY" -> {
                                while (nextChild(r)) {
                                    switch (r.getLocalName()) {
                                        case "VALUE" -> f.values[8] = text(r);
                                        case "LABEL" -> f.values[9] = text(r);
                                        default -> skip(r);
                                    }
                                }
                            }
                            default -> skip(r);
                        }
                    }
                }
                case "ASSIGNEE" -> f.values[10] = text(r);
                case "STATUS" -> f.values[11] = text(r);
                case "ACTIVE" -> f.values[12] = text(r);
                case "REOPEN_ON_EVIDENCE_CHANGE" -> f.values[13] = text(r);
                case "EXPIRATION_DATE" -> f.values[14] = text(r);
                case "MODIFIED_DATE" -> f.values[15] = text(r);
                case "HISTORY_LIST" -> {
                    while (nextChild(r)) {
                        String[] h = new String[3];
                        while (nextChild(r)) {
                            switch (r.getLocalName()) {
                                case "USER" -> h[0] = text(r);
                                case "COMMENT" -> h[1] = text(r);
                                case "INSERTION_DATE" -> h[2] = text(r);
                                default -> skip(r);
                            }
                        }
                        f.history.add(h);
                    }
                }
                default -> skip(r);
            }
        }
    }

    private static void idAndName(XMLStreamReader r, Record f, int at) throws XMLStreamException {
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "ID" -> f.values[at] = text(r);
                case "NAME" -> f.values[at + 1] = text(r);
                default -> skip(r);
            }
        }
    }

    private static String text(XMLStreamReader r) throws XMLStreamException {
        return r.getElementText().strip();
    }

    /** On a parent's start tag or a child's end tag: moves to the next child's start tag, or the parent's end tag. */
    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** One record's values as text; reused from record to record. */
    private static final class Record {
        final String[] values = new String[FIELDS - 3];
        final List<String[]> history = new ArrayList<>();

        void clear() {
            java.util.Arrays.fill(values, null);
            history.clear();
        }

        boolean isComplete() {
            for (String v : values) {
                if (v == null || v.isEmpty()) {
                    return false;
                }
            }
            if (history.isEmpty()) {
                return false;
            }
            for (String[] h : history) {
                for (String v : h) {
                    if (v == null || v.isEmpty()) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
