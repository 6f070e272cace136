package dev.waiver.testkit;

/**
 * The credentials the fakes accept and the pre-wired clients send. Anything else is refused the
 * way the vendor refuses it (a 401 in the vendor's error shape).
 */
public final class TestCredentials {

    /** The Harness API key (STO, HAR and IaCM). */
    public static final String HARNESS_API_KEY = "pat.waiverTestkit.testkey.0123456789abcdef";
    /** The Harness account identifier: 22 characters of {@code [a-zA-Z0-9_-]}, as Harness' are. */
    public static final String HARNESS_ACCOUNT_ID = "wAiVeRtEsTkItAcCoUnT01";
    /** The organisation the pre-wired STO client works in, and the one IaCM examples use. */
    public static final String HARNESS_ORG_ID = "default";
    /** The project the pre-wired STO client works in, and the one IaCM examples use. */
    public static final String HARNESS_PROJECT_ID = "payments";
    /** The Harness user the API key belongs to: STO records it as requester and approver. */
    public static final String HARNESS_USER_ID = "wAiVeRtEsTkItUsEr00001";
    /** That user's name. */
    public static final String HARNESS_USER_NAME = "Waiver Test Kit";
    /** That user's email. */
    public static final String HARNESS_USER_EMAIL = "testkit@waiver.dev";
    /** The Qualys user name. */
    public static final String QUALYS_USERNAME = "waiver_tk";
    /** The Qualys password. */
    public static final String QUALYS_PASSWORD = "waiver-testkit-password";

    private TestCredentials() {
    }
}
