package dev.waiver.qualys;

/**
 * The version of the Qualys exceptions API a client calls ({@code /api/<version>/fo/compliance/exception/}).
 */
public enum QualysApiVersion {
    /**
     * v2.0. Qualys ends support for v2.0 in April 2026 and its life in October 2026; use it only
     * where v3.0 is not available yet. The v3.0 tag parameters of {@code request} are refused on it.
     */
    V2_0("2.0"),
    /** v3.0 (since October 2025): v2.0 plus the tag parameters of {@code request}. The default. */
    V3_0("3.0");

    private final String number;

    QualysApiVersion(String number) {
        this.number = number;
    }

    /** @return the version as it appears in the path, for example {@code 3.0} */
    public String number() {
        return number;
    }

    /** @return the path of the exceptions endpoint, with its trailing slash */
    public String exceptionPath() {
        return "/api/" + number + "/fo/compliance/exception/";
    }
}
