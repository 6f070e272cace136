package dev.waiver.core.mapping;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Small cursor moves over a StAX reader, for reading large XML answers one record at a time.
 * For vendor modules.
 */
public final class XmlElements {

    private XmlElements() {
    }

    /**
     * Moves to the document's root element, past any prolog, DOCTYPE and comments.
     *
     * @param r a reader before or at the root
     * @return the root element's local name
     * @throws XMLStreamException if there is no root element or the XML is malformed
     */
    public static String toRoot(XMLStreamReader r) throws XMLStreamException {
        while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (!r.hasNext()) {
                throw new XMLStreamException("the document has no root element");
            }
            r.next();
        }
        return r.getLocalName();
    }

    /**
     * Moves to the next child element of the element whose content the reader is in.
     *
     * <p>Call with the reader on the parent's start tag or on a child's end tag. Text and comments
     * between children are skipped.
     *
     * @param r the reader
     * @return {@code true} on a child's start tag; {@code false} on the parent's end tag
     * @throws XMLStreamException if the XML is malformed
     */
    public static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw new XMLStreamException("the document ended inside an element");
    }

    /**
     * Reads all text inside the current element, descendants included, and leaves the reader on
     * its end tag. Text longer than {@link HardenedXml#MAX_TEXT_LENGTH} is refused.
     *
     * @param r a reader on a start tag
     * @return the text, trimmed
     * @throws XMLStreamException if the XML is malformed
     */
    public static String readText(XMLStreamReader r) throws XMLStreamException {
        String first = null; // the usual case, one text event: no StringBuilder
        StringBuilder more = null;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int length = (more != null ? more.length() : first != null ? first.length() : 0) + r.getTextLength();
                    if (length > HardenedXml.MAX_TEXT_LENGTH) {
                        throw new XMLStreamException("element text longer than " + HardenedXml.MAX_TEXT_LENGTH
                                + " characters refused", r.getLocation());
                    }
                    if (first == null && more == null) {
                        first = r.getText();
                    } else {
                        if (more == null) {
                            more = new StringBuilder(length).append(first);
                        }
                        more.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("entity references are not resolved: &" + r.getLocalName() + ';');
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the document ended inside an element");
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
        return more != null ? more.toString().strip() : first != null ? first.strip() : "";
    }

    /**
     * Skips the current element and everything in it, leaving the reader on its end tag.
     *
     * @param r a reader on a start tag
     * @throws XMLStreamException if the XML is malformed
     */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the document ended inside an element");
            }
        }
    }
}
