package dev.waiver.qualys.internal;

import dev.waiver.core.mapping.XmlElements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A {@code SIMPLE_RETURN} answer: {@code RESPONSE/(DATETIME, CODE?, TEXT, ITEM_LIST?)}. Qualys
 * uses it for successful {@code request} answers and for errors (with {@code CODE}).
 *
 * @param datetime the answer's time as sent, or {@code null}
 * @param code     the error code, or {@code null} on success
 * @param text     the message, or {@code null}
 * @param items    the items by key, values in answer order
 */
public record SimpleReturn(String datetime, String code, String text, Map<String, List<String>> items) {

    /** The root element's name. */
    public static final String ROOT = "SIMPLE_RETURN";

    /**
     * @param datetime the answer's time, or {@code null}
     * @param code     the error code, or {@code null}
     * @param text     the message, or {@code null}
     * @param items    the items
     */
    public SimpleReturn {
        items = copy(items);
    }

    /** An unmodifiable copy in the same order; the usual one item without a second hash map. */
    private static Map<String, List<String>> copy(Map<String, List<String>> items) {
        if (items.isEmpty()) {
            return Collections.emptyMap();
        }
        if (items.size() == 1) {
            Map.Entry<String, List<String>> only = items.entrySet().iterator().next();
            return Collections.singletonMap(only.getKey(), only.getValue());
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    /**
     * @param key an item key, for example {@code EXCEPTION_NUMBER}
     * @return the item's first value, if present
     */
    public Optional<String> item(String key) {
        List<String> values = items.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Reads the answer from its root element (the {@code REQUEST} echo is skipped; unknown elements
     * are ignored).
     *
     * @param r a reader on the {@code SIMPLE_RETURN} start tag
     * @return the answer
     * @throws XMLStreamException if the XML is malformed
     */
    public static SimpleReturn read(XMLStreamReader r) throws XMLStreamException {
        String datetime = null;
        String code = null;
        String text = null;
        Map<String, List<String>> items = new LinkedHashMap<>();
        while (XmlElements.nextChild(r)) {
            if (!r.getLocalName().equals("RESPONSE")) {
                XmlElements.skip(r);
                continue;
            }
            while (XmlElements.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "DATETIME" -> datetime = XmlElements.readText(r);
                    case "CODE" -> code = blankToNull(XmlElements.readText(r));
                    case "TEXT" -> text = XmlElements.readText(r);
                    case "ITEM_LIST" -> readItems(r, items);
                    default -> XmlElements.skip(r);
                }
            }
        }
        return new SimpleReturn(datetime, code, text, items);
    }

    private static void readItems(XMLStreamReader r, Map<String, List<String>> items) throws XMLStreamException {
        while (XmlElements.nextChild(r)) {
            if (!r.getLocalName().equals("ITEM")) {
                XmlElements.skip(r);
                continue;
            }
            String key = null;
            String first = null; // the usual item has one value: no list grown for it
            List<String> values = null;
            while (XmlElements.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "KEY" -> key = XmlElements.readText(r);
                    case "VALUE" -> {
                        String value = XmlElements.readText(r);
                        if (first == null) {
                            first = value;
                        } else {
                            if (values == null) {
                                values = new ArrayList<>(4);
                                values.add(first);
                            }
                            values.add(value);
                        }
                    }
                    default -> XmlElements.skip(r);
                }
            }
            if (key != null && !key.isBlank()) {
                List<String> these = values != null ? values : first != null ? List.of(first) : List.of();
                List<String> earlier = items.get(key);
                if (earlier == null) {
                    items.put(key, these);
                } else { // the same key again: its values follow the earlier ones
                    List<String> merged = new ArrayList<>(earlier.size() + these.size());
                    merged.addAll(earlier);
                    merged.addAll(these);
                    items.put(key, merged);
                }
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
