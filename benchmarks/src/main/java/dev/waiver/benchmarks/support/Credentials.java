package dev.waiver.benchmarks.support;

/** The (fake) account and credentials every contender sends, and the ids it asks for. */
public final class Credentials {

    /** Harness API key. */
    public static final String HARNESS_API_KEY = "pat.bench.0123456789abcdef.fedcba9876543210";
    /** Harness account. */
    public static final String HARNESS_ACCOUNT = "abcdef1234567890ghijkl";
    /** STO default organisation. */
    public static final String ORG = "default";
    /** STO default project. */
    public static final String PROJECT = "payments";
    /** The STO exemption read. */
    public static final String STO_EXEMPTION_ID = "Xb3kQ9rTz1LmN0pS7vWc4d";
    /** The HAR exception updated. */
    public static final String HAR_EXCEPTION_ID = "8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01";
    /** Qualys user. */
    public static final String QUALYS_USER = "acme_bench";
    /** Qualys password. */
    public static final String QUALYS_PASSWORD = "not-a-real-password";

    private Credentials() {
    }
}
