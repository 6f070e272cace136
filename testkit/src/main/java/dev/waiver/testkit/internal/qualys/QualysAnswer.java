package dev.waiver.testkit.internal.qualys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the Qualys endpoint answers, for the server adapter to send.
 *
 * @param status  the HTTP status
 * @param headers the headers, in order (the content type among them)
 * @param body    the body
 */
public record QualysAnswer(int status, Map<String, String> headers, String body) {

    /** The content type Qualys' XML answers carry. */
    public static final String XML = "text/xml;charset=UTF-8";

    /** Freezes the headers. */
    public QualysAnswer {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * @param status  the status
     * @param headers extra headers (the XML content type is added)
     * @param xml     the XML body
     * @return the answer
     */
    static QualysAnswer xml(int status, Map<String, String> headers, String xml) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", XML);
        h.putAll(headers);
        return new QualysAnswer(status, h, xml);
    }
}
