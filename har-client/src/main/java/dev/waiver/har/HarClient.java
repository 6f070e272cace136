package dev.waiver.har;

import dev.waiver.core.harness.HarnessCallOptions;
import dev.waiver.core.harness.HarnessClientBuilder;
import dev.waiver.core.harness.HarnessServiceClient;
import dev.waiver.core.harness.HarnessSettings;
import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.internal.HarnessView;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.har.internal.HarErrorDecoder;
import java.util.List;
import java.util.function.Consumer;

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
public final class HarClient extends HarnessServiceClient {

    /** Harness SaaS. Self-managed installs and other clusters have their own address. */
    public static final String DEFAULT_BASE_URL = HarnessClientBuilder.DEFAULT_BASE_URL;

    static final String MODULE = "har";
    static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "x-correlation-id");

    private final HttpTransport transport;
    private final FirewallExceptions firewallExceptions;

    private HarClient(HarnessSettings settings, HttpTransport transport, Runnable release) {
        super(settings, transport.baseUrl(), release);
        this.transport = transport;
        this.firewallExceptions = new FirewallExceptions(transport, settings.orgId().orElse(null),
                settings.projectId().orElse(null));
    }

    /**
     * A view of this client whose calls use per-call options: a deadline, an attempt timeout,
     * extra headers, another retry policy, another account or API key. It shares this client's
     * connection pool, listeners and default organisation and project, is cheap to make, and needs
     * no closing.
     *
     * <pre>{@code
     * har.withOptions(o -> o.accountId(tenant).apiKey(tenantKey)).firewallExceptions().get(exceptionId);
     * }</pre>
     *
     * @param options the options
     * @return the view
     * @throws IllegalArgumentException if an extra header is a credential header
     */
    public HarClient withOptions(HarnessCallOptions options) {
        HarnessView view = HarnessView.of(transport, settings(), options, HarClient::auth);
        return new HarClient(view.settings(), view.transport(), HarnessView.KEEP_OPEN);
    }

    /**
     * {@link #withOptions(HarnessCallOptions)} with the options set on a builder.
     *
     * @param options sets the options
     * @return the view
     * @throws IllegalArgumentException if a setting is refused
     */
    public HarClient withOptions(Consumer<HarnessCallOptions.Builder> options) {
        return withOptions(HarnessCallOptions.of(options));
    }

    /** HAR's credentials: the key as {@code x-api-key}, the account as {@code account_identifier}. */
    private static AuthStrategy auth(HarnessSettings settings) {
        return AuthStrategy.all(
                AuthStrategy.apiKeyHeader("x-api-key", settings.apiKey()),
                AuthStrategy.queryParameter("account_identifier", settings.accountId()));
    }

    /** @return a new builder; {@code apiKey} and {@code accountId} are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the firewall-exception operations */
    public FirewallExceptions firewallExceptions() {
        return firewallExceptions;
    }

    /**
     * Builds a {@link HarClient}. Required: {@link #apiKey(String)} and {@link #accountId(String)}.
     * {@link #orgId(String)} and {@link #projectId(String)} are the organisation and project that
     * {@link FirewallExceptions#list(ListFirewallExceptionsRequest)} filters on unless a request
     * names others ({@code org_identifier}, {@code project_identifier}); without them lists cover
     * the whole account. The Harness settings are declared once, in {@link HarnessClientBuilder}.
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
         * @throws IllegalStateException    if {@code apiKey} or {@code accountId} is missing, or an
         *                                  organisation or project identifier is blank
         * @throws IllegalArgumentException if the base URL is invalid or plain http to a non-loopback host
         */
        public HarClient build() {
            HarnessSettings settings = harnessSettings();
            HttpTransport transport = buildTransport(MODULE, auth(settings), new HarErrorDecoder(),
                    EpochUnit.MILLISECONDS, REQUEST_ID_HEADERS);
            return new HarClient(settings, transport, transport::close);
        }
    }
}
