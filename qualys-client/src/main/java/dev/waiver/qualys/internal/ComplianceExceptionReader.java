package dev.waiver.qualys.internal;

import dev.waiver.core.mapping.XmlElements;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionComment;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one {@code EXCEPTION} record of a list answer, tolerantly: Qualys does not publish the
 * record's element names. Nested elements are flattened with {@code _} ({@code <HOST><ID>} reads
 * as {@code HOST_ID}), known names (and their likely variants) fill the typed fields, and every
 * other element's text goes to the additional fields. Nothing in a record makes the read fail
 * except malformed XML.
 */
public final class ComplianceExceptionReader {

    private static final Set<String> COMMENT_LISTS = Set.of("COMMENTS", "COMMENT_LIST", "COMMENT_HISTORY", "HISTORY");

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
            String name = r.getLocalName();
            if (COMMENT_LISTS.contains(name)) {
                readComments(r, name, b);
            } else {
                readField(r, name, b);
            }
        }
        return b.build();
    }

    /** Reads an element's text, or flattens its children; leaves the reader on its end tag. */
    private static void readField(XMLStreamReader r, String name, ComplianceException.Builder b) throws XMLStreamException {
        String first = null;
        StringBuilder more = null;
        boolean nested = false;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                nested = true;
                readField(r, name + "_" + r.getLocalName(), b);
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
            assign(name, (more != null ? more.toString() : first != null ? first : "").strip(), b);
        }
    }

    private static void assign(String name, String text, ComplianceException.Builder b) {
        if (text.isEmpty()) {
            return;
        }
        boolean read = switch (name) {
            case "EXCEPTION_NUMBER", "NUMBER" -> set(QualysXml.number(text), v -> b.exceptionNumber(v));
            case "HOST_ID" -> set(QualysXml.number(text), b::hostId);
            case "IP", "HOST_IP", "IP_ADDRESS" -> set(text, b::ip);
            case "CONTROL_ID", "CID" -> set(QualysXml.number(text), b::controlId);
            case "CONTROL_STATEMENT", "STATEMENT" -> set(text, b::controlStatement);
            case "POLICY_ID" -> set(QualysXml.number(text), b::policyId);
            case "POLICY_TITLE", "POLICY_NAME" -> set(text, b::policyTitle);
            case "TECHNOLOGY_ID" -> set(QualysXml.number(text), b::technologyId);
            case "TECHNOLOGY_NAME", "TECHNOLOGY" -> set(text, b::technologyName);
            case "INSTANCE", "INSTANCE_STRING" -> set(text, b::instance);
            case "STATUS" -> set(ExceptionStatus.of(text), b::status);
            case "ASSIGNEE_ID" -> set(QualysXml.number(text), b::assigneeId);
            case "ASSIGNEE", "ASSIGNEE_NAME", "ASSIGNEE_LOGIN", "ASSIGNEE_USER_LOGIN" -> set(text, b::assignee);
            case "CREATED_DATE", "CREATION_DATE", "CREATED_DATETIME", "CREATED_ON", "CREATED" ->
                    set(QualysXml.instant(text), b::createdAt);
            case "MODIFIED_DATE", "MODIFIED_DATETIME", "UPDATED_DATE", "UPDATED_DATETIME", "LAST_MODIFIED_DATE",
                 "LAST_UPDATED_DATE", "LAST_MODIFIED", "UPDATED_ON", "MODIFIED" ->
                    set(QualysXml.instant(text), b::modifiedAt);
            case "END_DATE", "EXPIRATION_DATE", "EXPIRY_DATE", "EXPIRES_ON", "END_DATETIME" ->
                    set(QualysXml.instant(text), b::endDate);
            case "REOPEN_ON_EVIDENCE_CHANGE", "REOPEN" -> set(QualysXml.flag(text), b::reopenOnEvidenceChange);
            default -> false;
        };
        if (!read) {
            b.additionalField(name, text);
        }
    }

    private static <V> boolean set(V value, Consumer<V> setter) {
        if (value == null) {
            return false;
        }
        setter.accept(value);
        return true;
    }

    /** Reads a comment list: its text alone, or one comment per child (text, or author/date/text children). */
    private static void readComments(XMLStreamReader r, String name, ComplianceException.Builder b) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean nested = false;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                nested = true;
                readComment(r, name + "_" + r.getLocalName(), b);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (isText(event)) {
                text.append(r.getText());
            } else {
                refuseEntityOrEnd(event, r);
            }
        }
        String t = text.toString().strip();
        if (!nested && !t.isEmpty()) {
            b.addComment(new ExceptionComment(t, null, null));
        }
    }

    private static void readComment(XMLStreamReader r, String path, ComplianceException.Builder b) throws XMLStreamException {
        StringBuilder own = new StringBuilder();
        String text = null;
        String author = null;
        Instant date = null;
        boolean nested = false;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                nested = true;
                String part = r.getLocalName();
                String value = XmlElements.readText(r);
                switch (part) {
                    case "TEXT", "COMMENT", "COMMENTS", "VALUE", "DESCRIPTION" -> text = value;
                    case "USER", "USER_NAME", "USER_LOGIN", "USERNAME", "AUTHOR", "BY", "CREATED_BY" -> author = value;
                    case "DATE", "DATETIME", "CREATED_DATE", "COMMENT_DATE", "TIMESTAMP" -> {
                        date = QualysXml.instant(value);
                        if (date == null && !value.isEmpty()) {
                            b.additionalField(path + "_" + part, value);
                        }
                    }
                    default -> {
                        if (!value.isEmpty()) {
                            b.additionalField(path + "_" + part, value);
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (isText(event)) {
                own.append(r.getText());
            } else {
                refuseEntityOrEnd(event, r);
            }
        }
        if (!nested) {
            text = own.toString().strip();
        }
        if (text != null && !text.isEmpty()) {
            b.addComment(new ExceptionComment(text, author, date));
        }
    }

    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        return XmlElements.nextChild(r);
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
