package dev.waiver.qualys;

import dev.waiver.core.ClientBuilder;
import dev.waiver.core.Secret;
import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.qualys.internal.ExceptionForms;
import dev.waiver.qualys.internal.HostList;
import dev.waiver.qualys.internal.QualysErrors;
import dev.waiver.qualys.internal.RateLimitTracker;
import dev.waiver.qualys.model.RateLimitStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
    private final boolean view;

    private QualysClient(HttpTransport transport, QualysApiVersion apiVersion, RateLimitTracker rateLimits,
                         boolean view) {
        this.transport = transport;
        this.apiVersion = apiVersion;
        this.rateLimits = rateLimits;
        this.view = view;
        String base = transport.baseUrl();
        String endpoint = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + apiVersion.exceptionPath();
        this.complianceExceptions = new ComplianceExceptions(transport, new ExceptionForms(endpoint), new HostList(base),
                rateLimits, apiVersion);
    }

    /**
     * A view of this client whose calls use per-call options: a deadline, an attempt timeout,
     * extra headers, another retry policy, another Qualys user. It shares this client's connection
     * pool, listeners and API version, is cheap to make, and needs no closing. A view with another
     * user tracks that user's API limits apart ({@link #lastRateLimit()}); one without shares the
     * client's.
     *
     * <pre>{@code
     * qualys.withOptions(o -> o.timeout(Duration.ofSeconds(30)).header("X-Correlation-Id", id))
     *         .complianceExceptions().approve(numbers, a -> a.comments("CAB #12").neverExpires());
     * }</pre>
     *
     * @param options the options
     * @return the view
     * @throws IllegalArgumentException if an extra header is a credential header
     */
    public QualysClient withOptions(QualysCallOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.username().isEmpty()) {
            return new QualysClient(transport.withOptions(options, null, null), apiVersion, rateLimits, true);
        }
        RateLimitTracker tracker = new RateLimitTracker();
        HttpTransport viewTransport = transport.withOptions(options,
                auth(options.username().get(), options.password().orElseThrow()), QualysErrors.decoder(tracker));
        return new QualysClient(viewTransport, apiVersion, tracker, true);
    }

    /**
     * {@link #withOptions(QualysCallOptions)} with the options set on a builder.
     *
     * @param options sets the options
     * @return the view
     * @throws IllegalArgumentException if a setting is refused
     */
    public QualysClient withOptions(Consumer<QualysCallOptions.Builder> options) {
        return withOptions(QualysCallOptions.of(options));
    }

    /** Qualys' credentials: HTTP Basic, and the {@code X-Requested-With} header it requires. */
    private static AuthStrategy auth(String username, Secret password) {
        return AuthStrategy.all(AuthStrategy.basic(username, password),
                AuthStrategy.header("X-Requested-With", REQUESTED_WITH));
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

    /**
     * Releases the connection pool (unless it belongs to an OkHttp client passed to the builder);
     * closing a view made by {@link #withOptions(QualysCallOptions)} does nothing.
     */
    @Override
    public void close() {
        if (!view) {
            transport.close();
        }
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
            HttpTransport transport = buildTransport("qualys", auth(user, password), QualysErrors.decoder(tracker),
                    EpochUnit.SECONDS, List.of());
            return new QualysClient(transport, apiVersion, tracker, false);
        }
    }
}
