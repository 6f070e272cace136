package dev.waiver.qualys.internal;

import dev.waiver.core.ApiError;
import dev.waiver.core.mapping.XmlElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Host List answer: {@code HOST_LIST_OUTPUT/RESPONSE/(DATETIME, HOST_LIST/HOST/(ID, IP, ...))},
 * the tree of Qualys' published sample (see {@link HostList}). Only each host's {@code ID} and
 * {@code IP} are kept; every other element is skipped. A host without {@code IP} (an agent-tracked
 * host, for example) is read with no address; a {@code HOST} without a numeric {@code ID} is
 * unreadable. An answer naming no host has no {@code HOST_LIST}: the list is then empty.
 * Errors ({@code SIMPLE_RETURN} with {@code CODE}) are thrown by {@link Answers#read} before this reader.
 */
public final class HostListReader implements Answers.Reader<List<HostListReader.Host>> {

    /** The root element of a Host List answer. */
    public static final String ROOT = "HOST_LIST_OUTPUT";

    /**
     * One host of the answer.
     *
     * @param id its id ({@code ID})
     * @param ip its IP address ({@code IP}), empty when the answer gives none
     */
    public record Host(long id, Optional<String> ip) {
    }

    @Override
    public List<Host> document(String root, XMLStreamReader r) throws XMLStreamException {
        if (!root.equals(ROOT)) {
            throw new XMLStreamException("unexpected answer with root element " + root);
        }
        List<Host> hosts = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "HOST" -> hosts.add(host(r));
                case "REQUEST", "WARNING" -> XmlElements.skip(r);
                default -> {
                    // RESPONSE, HOST_LIST, DATETIME: hosts may be inside
                }
            }
        }
        return List.copyOf(hosts);
    }

    private static Host host(XMLStreamReader r) throws XMLStreamException {
        String id = null;
        String ip = null;
        while (XmlElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "ID" -> id = XmlElements.readText(r);
                case "IP" -> ip = XmlElements.readText(r);
                default -> XmlElements.skip(r);
            }
        }
        Long number = id == null ? null : QualysXml.number(id);
        if (number == null) {
            throw new XMLStreamException("a HOST without a numeric ID: " + ApiError.excerpt(id == null ? "" : id));
        }
        return new Host(number, ip == null || ip.isEmpty() ? Optional.empty() : Optional.of(ip));
    }
}
