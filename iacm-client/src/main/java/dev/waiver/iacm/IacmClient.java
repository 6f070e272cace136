package dev.waiver.iacm;

import dev.waiver.core.ClientBuilder;
import dev.waiver.core.Secret;
import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.iacm.internal.Checks;
import dev.waiver.iacm.internal.IacmErrorDecoder;
import java.util.List;

/**
 * Client for Harness Infrastructure as Code Management (IaCM): the approvals IaCM pipeline stages
 * wait on.
 *
 * <pre>{@code
 * try (IacmClient iacm = IacmClient.builder()
 *         .apiKey(System.getenv("HARNESS_API_KEY"))
 *         .accountId("px7xd_BFRCi-pfWPYXVjvw")
 *         .build()) {
 *     Approvals approvals = iacm.approvals("default", "payments");
 *     for (Approval a : approvals.list(r -> r.statusType(ApprovalStatus.PENDING))) {
 *         approvals.approve(a.id(), r -> r.actionedBy("Jane Doe"));
 *     }
 * }
 * }</pre>
 *
 * <p>Every call carries the API key in {@code x-api-key} and the account in
 * {@code Harness-Account}, only to the client's own origin. Immutable and thread-safe: build one
 * and share it; close it when done to release its connections.
 */
public final class IacmClient implements AutoCloseable {

    /** Harness SaaS, used unless the builder is given another base URL. */
    public static final String DEFAULT_BASE_URL = "https://app.harness.io";

    private final HttpTransport transport;
    private final String accountId;

    private IacmClient(HttpTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
    }

    /** @return a builder; {@code apiKey} and {@code accountId} are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the Harness account every call is made in */
    public String accountId() {
        return accountId;
    }

    /**
     * The approvals of one project.
     *
     * @param org     the organisation identifier, 1 to 128 characters
     * @param project the project identifier, 1 to 128 characters
     * @return the project's approvals
     * @throws IllegalArgumentException if {@code org} or {@code project} is missing or too long
     */
    public Approvals approvals(String org, String project) {
        return new Approvals(transport, org, project);
    }

    /** Releases the connections and threads this client owns (not those of a shared OkHttp client). */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "IacmClient{baseUrl=" + transport.baseUrl() + ", accountId=" + accountId + '}';
    }

    /** Builds an {@link IacmClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private Secret apiKey;
        private String accountId;

        private Builder() {
            super(DEFAULT_BASE_URL);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param apiKey a Harness API key (personal access or service account token), sent as {@code x-api-key}
         * @return this builder
         * @throws IllegalArgumentException if {@code apiKey} is {@code null} or blank
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = Secret.of(apiKey, "apiKey");
            return this;
        }

        /**
         * @param accountId the Harness account identifier, 1 to 128 characters, sent as {@code Harness-Account}
         * @return this builder
         * @throws IllegalArgumentException if {@code accountId} is {@code null}, empty or longer than 128 characters
         */
        public Builder accountId(String accountId) {
            this.accountId = Checks.scope(accountId, "accountId");
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException    if {@code apiKey} or {@code accountId} was not set
         * @throws IllegalArgumentException if the base URL is not usable
         */
        public IacmClient build() {
            if (apiKey == null) {
                throw new IllegalStateException("apiKey is required: call .apiKey(...) on the builder");
            }
            required(accountId, "accountId");
            AuthStrategy auth = AuthStrategy.all(AuthStrategy.apiKeyHeader("x-api-key", apiKey),
                    AuthStrategy.header("Harness-Account", accountId));
            HttpTransport transport = buildTransport("iacm", auth, new IacmErrorDecoder(), EpochUnit.MILLISECONDS,
                    List.of("X-Request-Id"));
            return new IacmClient(transport, accountId);
        }
    }
}
