package dev.waiver.sto;

import dev.waiver.core.ClientBuilder;
import dev.waiver.core.Secret;
import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.sto.internal.StoErrorDecoder;
import java.util.List;

/**
 * The client for Harness Security Testing Orchestration (STO) exemptions.
 *
 * <pre>{@code
 * try (StoClient sto = StoClient.builder()
 *         .apiKey(System.getenv("HARNESS_API_KEY"))
 *         .accountId("abcdef1234567890ghijkl")
 *         .orgId("default").projectId("payments")
 *         .build()) {
 *     CreatedExemption created = sto.exemptions().create(r -> r.issueId("...")
 *             .type(ExemptionType.FALSE_POSITIVE).reason("...").requesterId("...").durationDays(30));
 * }
 * }</pre>
 *
 * <p>Every call sends the API key in the {@code x-api-key} header and the account in the
 * {@code accountId} query parameter, and the client's default scope ({@code orgId},
 * {@code projectId}) unless a request says otherwise. Immutable and thread-safe; share one client.
 * Closing it releases its connection pool (unless a shared {@code OkHttpClient} was given).
 */
public final class StoClient implements AutoCloseable {

    /** Harness SaaS, the default endpoint. */
    public static final String DEFAULT_BASE_URL = "https://app.harness.io";

    /** Response headers that may carry the request id to quote to Harness support. */
    static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "x-harness-request-id");

    private final HttpTransport transport;
    private final String accountId;
    private final HarnessScope defaultScope;
    private final Exemptions exemptions;

    private StoClient(HttpTransport transport, String accountId, HarnessScope defaultScope) {
        this.transport = transport;
        this.accountId = accountId;
        this.defaultScope = defaultScope;
        this.exemptions = new Exemptions(transport, defaultScope);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the exemptions facade */
    public Exemptions exemptions() {
        return exemptions;
    }

    /** @return the Harness account every call is made for */
    public String accountId() {
        return accountId;
    }

    /** @return the scope calls use unless their request says otherwise */
    public HarnessScope defaultScope() {
        return defaultScope;
    }

    /** @return the endpoint calls are sent to */
    public String baseUrl() {
        return transport.baseUrl();
    }

    /** Releases the connection pool, unless it belongs to a shared {@code OkHttpClient}. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "StoClient{baseUrl=" + transport.baseUrl() + ", accountId=" + accountId + ", defaultScope="
                + defaultScope + '}';
    }

    /** Builds a {@link StoClient}. Required: {@link #apiKey(String)} and {@link #accountId(String)}. */
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
         * @param apiKey a Harness personal access token or service account token (required); sent as
         *               {@code x-api-key}, never logged
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * @param accountId the Harness account identifier (required); sent as {@code accountId}
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * @param orgId the default organization for calls; none by default (account scope)
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * @param projectId the default project for calls; needs {@link #orgId(String)}
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException    if the API key or account is missing or blank, or a project is
         *                                  given without organization
         * @throws IllegalArgumentException if the base URL is invalid, or plain http to a non-loopback host
         *                                  without {@link #allowInsecureHttp()}
         */
        public StoClient build() {
            Secret key = Secret.of(required(apiKey, "apiKey"), "apiKey");
            String account = required(accountId, "accountId");
            HarnessScope scope;
            try {
                scope = HarnessScope.of(orgId, projectId);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("default scope: " + e.getMessage(), e);
            }
            AuthStrategy auth = AuthStrategy.all(
                    AuthStrategy.apiKeyHeader("x-api-key", key),
                    AuthStrategy.queryParameter("accountId", account));
            HttpTransport transport = buildTransport("sto-client", auth, new StoErrorDecoder(), EpochUnit.SECONDS,
                    REQUEST_ID_HEADERS);
            return new StoClient(transport, account, scope);
        }
    }
}
