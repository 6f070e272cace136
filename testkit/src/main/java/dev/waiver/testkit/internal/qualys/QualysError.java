package dev.waiver.testkit.internal.qualys;

import java.util.Map;

/**
 * A Qualys error answer the fake is about to give: HTTP status, {@code CODE}, {@code TEXT} and
 * items, written as {@code SIMPLE_RETURN} (Qualys API User Guide, Appendix "Error Codes").
 */
public final class QualysError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> items;

    /**
     * @param status the HTTP status
     * @param code   the Qualys code, or {@code null} (an error Qualys documents without one)
     * @param text   the text
     * @param items  the items
     */
    public QualysError(int status, String code, String text, Map<String, String> items) {
        super(text, null, false, false);
        this.status = status;
        this.code = code;
        this.items = Map.copyOf(items);
    }

    /**
     * @param name  the parameter
     * @param value its value
     * @return 1905, "parameter has an invalid value"
     */
    public static QualysError invalid(String name, String value) {
        return new QualysError(400, "1905", "parameter " + name + " has invalid value: " + value, Map.of());
    }

    /**
     * @param names the missing parameters, comma-separated
     * @return 1903, "missing required parameter(s)"
     */
    public static QualysError missing(String names) {
        return new QualysError(400, "1903", "Missing required parameter(s): " + names, Map.of());
    }

    /**
     * @param names the unknown parameters, comma-separated
     * @return 1901, "unrecognized parameter(s)"
     */
    public static QualysError unrecognized(String names) {
        return new QualysError(400, "1901", "Unrecognized parameter(s): " + names, Map.of());
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the Qualys code, or {@code null} */
    public String code() {
        return code;
    }

    /** @return the items, in order */
    public Map<String, String> items() {
        return items;
    }
}
