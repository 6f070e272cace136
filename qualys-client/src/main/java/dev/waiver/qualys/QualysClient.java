package dev.waiver.qualys;

import dev.waiver.core.ClientBuilder;
import dev.waiver.core.Secret;
import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.qualys.internal.ExceptionForms;
import dev.waiver.qualys.internal.QualysErrors;
import dev.waiver.qualys.internal.RateLimitTracker;
import dev.waiver.qualys.model.RateLimitStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A client for the Qualys API (Policy Compliance exceptions). Immutable, thread-safe and cheap to
 * share; close it to release its connections.
 *
 * <pre>{@code
 * try (QualysClient qualys = QualysClient.builder()
 *         .platform(QualysPlatform.US2)
 *         .username("acme_ab12")
 *         .password(System.getenv("QUALYS_PASSWORD"))
 *         .build()) {
 *     CreatedExceptions created = qualys.complianceExceptions().create(r -> r.controlId(1113).hostId(28595192824L)
 *             .policyId(801459496).technologyId(45).assigneeId(2449482824L).comments("accepted risk"));
 *     qualys.complianceExceptions().approve(created.exceptionNumbers(), a -> a.comments("CAB #12")
 *             .endDate(LocalDate.of(2026, 3, 31)));
 *     for (ComplianceException e : qualys.complianceExceptions().list(f -> f.status(ExceptionStatus.PENDING))) { ... }
 * }
 * }</pre>
 *
 * <p>Every call carries HTTP Basic credentials and the {@code X-Requested-With} header Qualys
 * requires, and only to the client's own origin.
 */
public final class QualysClient implements AutoCloseable {

    /** The {@code X-Requested-With} value the SDK sends. */
    public static final String REQUESTED_WITH = "waiver-java";

    private final HttpTransport transport;
    private final QualysApiVersion apiVersion;
    private final RateLimitTracker rateLimits;
    private final ComplianceExceptions complianceExceptions;

    private QualysClient(HttpTransport transport, QualysApiVersion apiVersion, RateLimitTracker rateLimits) {
        this.transport = transport;
        this.apiVersion = apiVersion;
        this.rateLimits = rateLimits;
        String base = transport.baseUrl();
        String endpoint = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + apiVersion.exceptionPath();
        this.complianceExceptions = new ComplianceExceptions(transport, new ExceptionForms(endpoint), rateLimits, apiVersion);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the Policy Compliance exceptions facade */
    public ComplianceExceptions complianceExceptions() {
        return complianceExceptions;
    }

    /** @return the API version this client calls */
    public QualysApiVersion apiVersion() {
        return apiVersion;
    }

    /**
     * The API limits as the most recent answer that carried them reported (every answer but an
     * authentication failure does): calls remaining in the window, seconds to wait, concurrency.
     *
     * @return the latest limits, empty before any such answer
     */
    public Optional<RateLimitStatus> lastRateLimit() {
        return rateLimits.last();
    }

    /** Releases the connection pool (unless it belongs to an OkHttp client passed to the builder). */
    @Override
    public void close() {
        transport.close();
    }

    /**
     * Builds a {@link QualysClient}. Required: the platform (or a base URL), the user name and the
     * password.
     */
    public static final class Builder extends ClientBuilder<Builder> {

        private boolean endpointChosen;
        private String username;
        private Secret password;
        private QualysApiVersion apiVersion = QualysApiVersion.V3_0;

        private Builder() {
            super(null);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The platform that hosts the subscription (the API server's host is taken from it).
         *
         * @param platform the platform, for example {@link QualysPlatform#US2}
         * @return this builder
         */
        public Builder platform(QualysPlatform platform) {
            return baseUrl(Objects.requireNonNull(platform, "platform").baseUrl());
        }

        /**
         * The API server of a private cloud platform, or a test server. Replaces
         * {@link #platform(QualysPlatform)}.
         *
         * @param baseUrl for example {@code https://qualysapi.qualys.example}
         * @return this builder
         */
        @Override
        public Builder baseUrl(String baseUrl) {
            super.baseUrl(baseUrl);
            endpointChosen = true;
            return this;
        }

        /**
         * @param username the Qualys user name
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * @param password the Qualys password
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder password(String password) {
            this.password = Secret.of(password, "password");
            return this;
        }

        /**
         * @param password the Qualys password, already wrapped
         * @return this builder
         */
        public Builder password(Secret password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * The API version to call. Default {@link QualysApiVersion#V3_0}: v2.0 reaches end of
         * support in April 2026 and end of life in October 2026.
         *
         * @param apiVersion the version
         * @return this builder
         */
        public Builder apiVersion(QualysApiVersion apiVersion) {
            this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException    if the platform (or base URL), user name or password is missing
         * @throws IllegalArgumentException if the base URL is not usable
         */
        public QualysClient build() {
            if (!endpointChosen) {
                throw new IllegalStateException("platform is required: call .platform(QualysPlatform.US1) (the platform "
                        + "of your Qualys UI address) or .baseUrl(...) for a private cloud platform");
            }
            String user = required(username, "username");
            if (password == null) {
                throw new IllegalStateException("password is required: call .password(...) on the builder");
            }
            RateLimitTracker tracker = new RateLimitTracker();
            AuthStrategy auth = AuthStrategy.all(AuthStrategy.basic(user, password),
                    AuthStrategy.header("X-Requested-With", REQUESTED_WITH));
            HttpTransport transport = buildTransport("qualys", auth, QualysErrors.decoder(tracker), EpochUnit.SECONDS,
                    List.of());
            return new QualysClient(transport, apiVersion, tracker);
        }
    }
}
