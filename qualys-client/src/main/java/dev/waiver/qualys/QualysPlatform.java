package dev.waiver.qualys;

/**
 * The shared Qualys platforms and their API servers. A subscription lives on one platform; calling
 * another one fails with a login error, so pick the platform your Qualys UI address belongs to.
 * Private cloud platforms have their own hosts: use {@link QualysClient.Builder#baseUrl(String)}.
 */
public enum QualysPlatform {
    /** US Platform 1. */
    US1("qualysapi.qualys.com"),
    /** US Platform 2. */
    US2("qualysapi.qg2.apps.qualys.com"),
    /** US Platform 3. */
    US3("qualysapi.qg3.apps.qualys.com"),
    /** US Platform 4. */
    US4("qualysapi.qg4.apps.qualys.com"),
    /** EU Platform 1. */
    EU1("qualysapi.qualys.eu"),
    /** EU Platform 2. */
    EU2("qualysapi.qg2.apps.qualys.eu"),
    /** EU Platform 3 (Italy). */
    EU3("qualysapi.qg3.apps.qualys.it"),
    /** India Platform 1. */
    IN1("qualysapi.qg1.apps.qualys.in"),
    /** Canada Platform 1. */
    CA1("qualysapi.qg1.apps.qualys.ca"),
    /** UAE Platform 1. */
    AE1("qualysapi.qg1.apps.qualys.ae"),
    /** UK Platform 1. */
    UK1("qualysapi.qg1.apps.qualys.co.uk"),
    /** Australia Platform 1. */
    AU1("qualysapi.qg1.apps.qualys.com.au"),
    /** Kingdom of Saudi Arabia Platform 1. */
    KSA1("qualysapi.qg1.apps.qualysksa.com");

    private final String host;

    QualysPlatform(String host) {
        this.host = host;
    }

    /** @return the API server's host name */
    public String host() {
        return host;
    }

    /** @return the API server's base URL, {@code https://<host>} */
    public String baseUrl() {
        return "https://" + host;
    }
}
