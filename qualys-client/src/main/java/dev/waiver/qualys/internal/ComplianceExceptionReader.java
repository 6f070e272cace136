package dev.waiver.qualys.internal;

import dev.waiver.core.mapping.XmlElements;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionHistoryEntry;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.Instant;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one {@code EXCEPTION} record of a list answer. The element names are Qualys' published ones
 * (Qualys API User Guide v8.16, "Exceptions", sample "List exception number, show all details"),
 * matched by their exact path below {@code EXCEPTION} ({@code HOST/IP_ADDRESS}, {@code CONTROL/CID},
 * {@code CONTROL/CRITICALITY/VALUE}, ...); no other name fills a typed field. Qualys' sample is
 * shortened, so every other element's text is kept in the additional fields under its path. Nothing
 * in a record makes the read fail except malformed XML or an entity reference.
 */
public final class ComplianceExceptionReader {

    private static final String HISTORY = "HISTORY_LIST/HISTORY";

    private ComplianceExceptionReader() {
    }

    /**
     * @param r a reader on an {@code EXCEPTION} start tag; left on its end tag
     * @return the record
     * @throws XMLStreamException if the XML is malformed
     */
    public static ComplianceException read(XMLStreamReader r) throws XMLStreamException {
        ComplianceException.Builder b = ComplianceException.builder();
        while (nextChild(r)) {
            readElement(r, r.getLocalName(), b);
        }
        return b.build();
    }

    /**
     * Reads the element the reader is on, known by its path below {@code EXCEPTION}: a history entry,
     * a leaf's text, or each child in turn; leaves the reader on its end tag.
     */
    private static void readElement(XMLStreamReader r, String path, ComplianceException.Builder b)
            throws XMLStreamException {
        if (path.equals(HISTORY)) {
            readHistory(r, b);
            return;
        }
        String first = null;
        StringBuilder more = null;
        boolean nested = false;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                nested = true;
                readElement(r, path + '/' + r.getLocalName(), b);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (isText(event)) {
                if (first == null) {
                    first = r.getText();
                } else {
                    if (more == null) {
                        more = new StringBuilder(first);
                    }
                    more.append(r.getText());
                }
            } else {
                refuseEntityOrEnd(event, r);
            }
        }
        if (!nested) {
            assign(path, (more != null ? more.toString() : first != null ? first : "").strip(), b);
        }
    }

    private static void assign(String path, String text, ComplianceException.Builder b) {
        if (text.isEmpty()) {
            return;
        }
        boolean read = switch (path) {
            case "EXCEPTION_NUMBER" -> set(QualysXml.number(text), v -> b.exceptionNumber(v));
            case "HOST/IP_ADDRESS" -> set(text, b::ip);
            case "TECHNOLOGY/ID" -> set(QualysXml.number(text), b::technologyId);
            case "TECHNOLOGY/NAME" -> set(text, b::technologyName);
            case "POLICY/ID" -> set(QualysXml.number(text), b::policyId);
            case "POLICY/NAME" -> set(text, b::policyName);
            case "CONTROL/CID" -> set(QualysXml.number(text), b::controlId);
            case "CONTROL/STATEMENT" -> set(text, b::controlStatement);
            case "CONTROL/CRITICALITY/VALUE" -> set(smallNumber(text), b::criticalityValue);
            case "CONTROL/CRITICALITY/LABEL" -> set(text, b::criticalityLabel);
            case "ASSIGNEE" -> set(text, b::assignee);
            case "STATUS" -> set(ExceptionStatus.of(text), b::status);
            case "ACTIVE" -> set(QualysXml.flag(text), b::active);
            case "REOPEN_ON_EVIDENCE_CHANGE" -> set(QualysXml.flag(text), b::reopenOnEvidenceChange);
            case "EXPIRATION_DATE" -> setDate(text, b::expiresAt);
            case "MODIFIED_DATE" -> setDate(text, b::modifiedAt);
            default -> false;
        };
        if (!read) {
            b.additionalField(path, text);
        }
    }

    /** Reads one {@code HISTORY} entry: {@code USER}, {@code COMMENT}, {@code INSERTION_DATE}; other children are kept by path. */
    private static void readHistory(XMLStreamReader r, ComplianceException.Builder b) throws XMLStreamException {
        String user = null;
        String comment = null;
        Instant insertedAt = null;
        while (nextChild(r)) {
            String child = r.getLocalName();
            switch (child) {
                case "USER" -> user = emptyToNull(XmlElements.readText(r));
                case "COMMENT" -> comment = XmlElements.readText(r);
                case "INSERTION_DATE" -> {
                    String text = XmlElements.readText(r);
                    Instant date = QualysXml.instant(text);
                    if (date != null) {
                        insertedAt = date;
                    } else if (!text.isEmpty() && !QualysDates.isNotApplicable(text)) {
                        b.additionalField(HISTORY + "/INSERTION_DATE", text);
                    }
                }
                default -> readElement(r, HISTORY + '/' + child, b);
            }
        }
        b.addHistory(ExceptionHistoryEntry.of(user, comment, insertedAt));
    }

    private static <V> boolean set(V value, Consumer<V> setter) {
        if (value == null) {
            return false;
        }
        setter.accept(value);
        return true;
    }

    /** A date, or {@code N/A}, which Qualys documents as "no date" (read, and left empty). */
    private static boolean setDate(String text, Consumer<Instant> setter) {
        return QualysDates.isNotApplicable(text) || set(QualysXml.instant(text), setter);
    }

    private static Integer smallNumber(String text) {
        Long n = QualysXml.number(text);
        return n != null && n == n.intValue() ? n.intValue() : null;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /**
     * Moves to the next child's start tag ({@code true}) or the parent's end tag ({@code false}),
     * passing over text and comments between children, but never over an entity reference.
     */
    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            refuseEntityOrEnd(event, r);
        }
    }

    /** An entity Qualys never declares is never expanded (nor silently dropped); a cut document is an error. */
    private static void refuseEntityOrEnd(int event, XMLStreamReader r) throws XMLStreamException {
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("entity references are not resolved: &" + r.getLocalName() + ';');
        }
        if (event == XMLStreamConstants.END_DOCUMENT) {
            throw new XMLStreamException("the document ended inside a record");
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }
}
