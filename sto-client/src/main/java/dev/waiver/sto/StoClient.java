package dev.waiver.sto;

import dev.waiver.core.harness.HarnessCallOptions;
import dev.waiver.core.harness.HarnessClientBuilder;
import dev.waiver.core.harness.HarnessServiceClient;
import dev.waiver.core.harness.HarnessSettings;
import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.internal.HarnessView;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.sto.internal.StoErrorDecoder;
import java.util.List;
import java.util.function.Consumer;

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
public final class StoClient extends HarnessServiceClient {

    /** Harness SaaS, the default endpoint. */
    public static final String DEFAULT_BASE_URL = HarnessClientBuilder.DEFAULT_BASE_URL;

    /** Response headers that may carry the request id to quote to Harness support. */
    static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "x-harness-request-id");

    private final HttpTransport transport;
    private final HarnessScope defaultScope;
    private final Exemptions exemptions;

    private StoClient(HttpTransport transport, HarnessSettings settings, HarnessScope defaultScope, Runnable release) {
        super(settings, transport.baseUrl(), release);
        this.transport = transport;
        this.defaultScope = defaultScope;
        this.exemptions = new Exemptions(transport, defaultScope);
    }

    /**
     * A view of this client whose calls use per-call options: a deadline, an attempt timeout,
     * extra headers, another retry policy, another account or API key. It shares this client's
     * connection pool, listeners and default scope, is cheap to make, and needs no closing.
     *
     * <pre>{@code
     * sto.withOptions(o -> o.timeout(Duration.ofSeconds(2)).header("X-Correlation-Id", id)).exemptions().get(exemptionId);
     * }</pre>
     *
     * @param options the options
     * @return the view
     * @throws IllegalArgumentException if an extra header is a credential header
     */
    public StoClient withOptions(HarnessCallOptions options) {
        HarnessView view = HarnessView.of(transport, settings(), options, StoClient::auth);
        return new StoClient(view.transport(), view.settings(), defaultScope, HarnessView.KEEP_OPEN);
    }

    /**
     * {@link #withOptions(HarnessCallOptions)} with the options set on a builder.
     *
     * @param options sets the options
     * @return the view
     * @throws IllegalArgumentException if a setting is refused
     */
    public StoClient withOptions(Consumer<HarnessCallOptions.Builder> options) {
        return withOptions(HarnessCallOptions.of(options));
    }

    /** STO's credentials: the key as {@code x-api-key}, the account as the {@code accountId} query parameter. */
    private static AuthStrategy auth(HarnessSettings settings) {
        return AuthStrategy.all(
                AuthStrategy.apiKeyHeader("x-api-key", settings.apiKey()),
                AuthStrategy.queryParameter("accountId", settings.accountId()));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the exemptions facade */
    public Exemptions exemptions() {
        return exemptions;
    }

    /** @return the scope calls use unless their request says otherwise */
    public HarnessScope defaultScope() {
        return defaultScope;
    }

    /** @return the default scope, for {@link #toString()} */
    @Override
    protected String describeDefaults() {
        return ", defaultScope=" + defaultScope;
    }

    /**
     * Builds a {@link StoClient}. Required: {@link #apiKey(String)} and {@link #accountId(String)};
     * {@link #orgId(String)} and {@link #projectId(String)} set the default scope (a project needs
     * its organization). The Harness settings are declared once, in {@link HarnessClientBuilder}.
     */
    public static final class Builder extends HarnessClientBuilder<Builder> {

        private Builder() {
        }

        @Override
        protected Builder self() {
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
            HarnessSettings settings = harnessSettings();
            HarnessScope scope;
            try {
                scope = HarnessScope.of(settings.orgId().orElse(null), settings.projectId().orElse(null));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("default scope: " + e.getMessage(), e);
            }
            HttpTransport transport = buildTransport("sto", auth(settings), new StoErrorDecoder(), EpochUnit.SECONDS,
                    REQUEST_ID_HEADERS);
            return new StoClient(transport, settings, scope, transport::close);
        }
    }
}
