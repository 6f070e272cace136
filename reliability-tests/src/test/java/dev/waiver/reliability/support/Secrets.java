package dev.waiver.reliability.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Distinctive test credentials: any appearance of one of these in captured text is a leak. */
public final class Secrets {

    /** The Harness API key used by the STO, HAR and IaCM clients. */
    public static final String API_KEY = "pat.Zq7.SECRET-apikey-5bXw9KtR2mVn";
    /** The Harness account id (not a secret, but sent only to the client's own origin). */
    public static final String ACCOUNT = "acct_Rel1abilityT3st";
    /** The Qualys user name. */
    public static final String QUALYS_USER = "waiver_rel7";
    /** The Qualys password. */
    public static final String QUALYS_PASSWORD = "SECRET-pw-Qx4:Lm8!Tz";
    /** What HTTP Basic sends for the Qualys user: Base64 of {@code user:password}. */
    public static final String BASIC_CREDENTIAL = Base64.getEncoder()
            .encodeToString((QUALYS_USER + ":" + QUALYS_PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** A tenant's Harness API key, given per call ({@code withOptions}). */
    public static final String TENANT_API_KEY = "pat.Tn2.SECRET-tenantkey-8cVy3LpQ";
    /** A tenant's Harness account, given per call. */
    public static final String TENANT_ACCOUNT = "acct_Tenant2Reliability";
    /** A tenant's Qualys user, given per call. */
    public static final String TENANT_QUALYS_USER = "tenant_rel8";
    /** A tenant's Qualys password, given per call. */
    public static final String TENANT_QUALYS_PASSWORD = "SECRET-tpw-Vb6:Nq2?Hs";
    /** What HTTP Basic sends for the tenant's Qualys user. */
    public static final String TENANT_BASIC_CREDENTIAL = Base64.getEncoder()
            .encodeToString((TENANT_QUALYS_USER + ":" + TENANT_QUALYS_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private Secrets() {
    }

    /** @return every string that must never appear in a log line, message or {@code toString()} */
    public static List<String> all() {
        // The Base64 form is also searched without its padding, and the password alone.
        return List.of(API_KEY, QUALYS_PASSWORD, BASIC_CREDENTIAL, BASIC_CREDENTIAL.replace("=", ""),
                "SECRET-apikey", "SECRET-pw", TENANT_API_KEY, TENANT_QUALYS_PASSWORD, TENANT_BASIC_CREDENTIAL,
                TENANT_BASIC_CREDENTIAL.replace("=", ""), "SECRET-tenantkey", "SECRET-tpw");
    }
}
