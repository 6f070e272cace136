package dev.waiver.har;

import dev.waiver.core.ClientBuilder;
import dev.waiver.core.Secret;
import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.har.internal.HarErrorDecoder;
import java.util.List;

/**
 * The client for Harness Artifact Registry (HAR) firewall exceptions.
 *
 * <pre>{@code
 * try (HarClient har = HarClient.builder()
 *         .apiKey(System.getenv("HARNESS_API_KEY"))
 *         .accountId("abcdefghijklmnopqrstuv")
 *         .build()) {
 *     FirewallException e = har.firewallExceptions().create(r -> r
 *             .registryId(registryUuid).packageName("lodash").versions("4.17.20")
 *             .businessJustification("Legacy build").expireAfterDays(30));
 *     har.firewallExceptions().approve(e.exceptionId(), r -> r.notes("Until the upgrade lands"));
 * }
 * }</pre>
 *
 * <p>Every call carries the API key in the {@code x-api-key} header and the account in the
 * {@code account_identifier} query parameter. Timestamps are {@link java.time.Instant}s (the API
 * sends Unix milliseconds). Immutable and thread-safe; share one instance and close it when done.
 */
public final class HarClient implements AutoCloseable {

    /** Harness SaaS. Self-managed installs and other clusters have their own address. */
    public static final String DEFAULT_BASE_URL = "https://app.harness.io";

    static final String MODULE = "har";
    static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "x-correlation-id");

    private final HttpTransport transport;
    private final String accountId;
    private final FirewallExceptions firewallExceptions;

    private HarClient(Builder b) {
        Secret key = Secret.of(b.apiKey, "apiKey");
        this.accountId = b.accountId;
        AuthStrategy auth = AuthStrategy.all(
                AuthStrategy.apiKeyHeader("x-api-key", key),
                AuthStrategy.queryParameter("account_identifier", accountId));
        this.transport = b.transport(auth);
        this.firewallExceptions = new FirewallExceptions(transport, b.orgId, b.projectId);
    }

    /** @return a new builder; {@code apiKey} and {@code accountId} are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the firewall-exception operations */
    public FirewallExceptions firewallExceptions() {
        return firewallExceptions;
    }

    /** @return the Harness account every call is made in */
    public String accountId() {
        return accountId;
    }

    /** @return the base URL calls go to */
    public String baseUrl() {
        return transport.baseUrl();
    }

    /** Releases connections and threads (not those of an OkHttp client passed to the builder). */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "HarClient{baseUrl=" + transport.baseUrl() + ", accountId=" + accountId + '}';
    }

    /** Builds a {@link HarClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private String apiKey;
        private String accountId;
        private String orgId;
        private String projectId;

        private Builder() {
            super(DEFAULT_BASE_URL);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param apiKey a Harness API key or token (required); sent as {@code x-api-key}, never printed
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * @param accountId the Harness account identifier (required); sent as {@code account_identifier}
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The organisation that {@link FirewallExceptions#list(ListFirewallExceptionsRequest)}
         * filters on unless a request names another ({@code org_identifier}). Optional: without it
         * lists cover the whole account.
         *
         * @param orgId the organisation identifier
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * The project that {@link FirewallExceptions#list(ListFirewallExceptionsRequest)} filters
         * on unless a request names another ({@code project_identifier}). Optional.
         *
         * @param projectId the project identifier
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException    if {@code apiKey} or {@code accountId} is missing, or an
         *                                  organisation or project identifier is blank
         * @throws IllegalArgumentException if the base URL is invalid or plain http to a non-loopback host
         */
        public HarClient build() {
            required(apiKey, "apiKey");
            required(accountId, "accountId");
            if (orgId != null) {
                required(orgId, "orgId");
            }
            if (projectId != null) {
                required(projectId, "projectId");
            }
            return new HarClient(this);
        }

        private HttpTransport transport(AuthStrategy auth) {
            return buildTransport(MODULE, auth, new HarErrorDecoder(), EpochUnit.MILLISECONDS, REQUEST_ID_HEADERS);
        }
    }
}
