package dev.waiver.harness;

import dev.waiver.core.harness.HarnessCallOptions;
import dev.waiver.core.harness.HarnessClientBuilder;
import dev.waiver.core.harness.HarnessSettings;
import dev.waiver.har.HarClient;
import dev.waiver.harness.internal.SharedHttpClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.sto.StoClient;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * One Harness key, one connection pool: the STO, HAR and IaCM clients of one account.
 *
 * <pre>{@code
 * try (HarnessClient harness = HarnessClient.builder()
 *         .apiKey(System.getenv("HARNESS_API_KEY"))
 *         .accountId("abcdef1234567890ghijkl")
 *         .orgId("default").projectId("payments")
 *         .build()) {
 *     harness.sto().exemptions().get("...");
 *     harness.har().firewallExceptions().list();
 *     harness.iacm().approvals().list();
 * }
 * }</pre>
 *
 * <p>The three clients share one OkHttp connection pool and dispatcher; each adds its API's
 * credentials exactly as when built alone ({@code x-api-key} everywhere, the account as the
 * {@code accountId} query parameter for STO, {@code account_identifier} for HAR and the
 * {@code Harness-Account} header for IaCM). The default organisation and project are the default
 * scope of STO calls, the filter of HAR lists and the project of {@link IacmClient#approvals()}.
 *
 * <p>Immutable and thread-safe; build one and share it. {@link #close()} releases the shared pool
 * once (closing one of the vendor clients alone releases nothing); a pool that came with an
 * {@code OkHttpClient} given to the builder is the user's and stays open.
 */
public final class HarnessClient implements AutoCloseable {

    private final SharedHttpClient http;
    private final HarnessSettings settings;
    private final StoClient sto;
    private final HarClient har;
    private final IacmClient iacm;
    private final boolean view;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HarnessClient(SharedHttpClient http, HarnessSettings settings, StoClient sto, HarClient har,
                          IacmClient iacm, boolean view) {
        this.http = http;
        this.settings = settings;
        this.sto = sto;
        this.har = har;
        this.iacm = iacm;
        this.view = view;
    }

    /**
     * A view of this client whose STO, HAR and IaCM calls all use per-call options: a deadline, an
     * attempt timeout, extra headers, another retry policy, another account or API key. It shares
     * this client's connection pool, listeners and defaults, is cheap to make, and needs no closing.
     *
     * <pre>{@code
     * HarnessClient tenant = harness.withOptions(o -> o.accountId(t.accountId()).apiKey(t.apiKey()));
     * tenant.sto().exemptions().list();
     * tenant.iacm().approvals().list();
     * }</pre>
     *
     * @param options the options
     * @return the view
     * @throws IllegalArgumentException if an extra header is a credential header, or the account
     *                                  breaks an API's rule
     */
    public HarnessClient withOptions(HarnessCallOptions options) {
        return new HarnessClient(http, settings.with(options), sto.withOptions(options), har.withOptions(options),
                iacm.withOptions(options), true);
    }

    /**
     * {@link #withOptions(HarnessCallOptions)} with the options set on a builder.
     *
     * @param options sets the options
     * @return the view
     * @throws IllegalArgumentException if a setting is refused
     */
    public HarnessClient withOptions(Consumer<HarnessCallOptions.Builder> options) {
        return withOptions(HarnessCallOptions.of(options));
    }

    /** @return a new builder; {@code apiKey} and {@code accountId} are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the STO client: exemptions, in the client's default scope unless a request names another */
    public StoClient sto() {
        return sto;
    }

    /** @return the HAR client: firewall exceptions */
    public HarClient har() {
        return har;
    }

    /** @return the IaCM client: approvals, {@link IacmClient#approvals()} in the default project */
    public IacmClient iacm() {
        return iacm;
    }

    /** @return the Harness account every call is made in */
    public String accountId() {
        return settings.accountId();
    }

    /** @return the default organisation, if one was given */
    public Optional<String> orgId() {
        return settings.orgId();
    }

    /** @return the default project, if one was given */
    public Optional<String> projectId() {
        return settings.projectId();
    }

    /** @return the endpoint all three APIs are called at */
    public String baseUrl() {
        return sto.baseUrl();
    }

    /** @return the client whose pool and dispatcher the three share (for this package's tests) */
    OkHttpClient sharedHttpClient() {
        return http.client();
    }

    /**
     * Releases the shared connection pool and dispatcher, once; later calls do nothing. A pool that
     * came with an {@code OkHttpClient} given to the builder is left open, and closing a view made
     * by {@link #withOptions(HarnessCallOptions)} does nothing.
     */
    @Override
    public void close() {
        if (!view && closed.compareAndSet(false, true)) {
            sto.close();
            har.close();
            iacm.close();
            http.shutDown();
        }
    }

    /** @return the endpoint, account and default organisation and project; never the key */
    @Override
    public String toString() {
        return "HarnessClient{baseUrl=" + baseUrl() + ", accountId=" + settings.accountId()
                + settings.orgId().map(o -> ", orgId=" + o).orElse("")
                + settings.projectId().map(p -> ", projectId=" + p).orElse("") + '}';
    }

    /**
     * Builds a {@link HarnessClient}. Required: {@link #apiKey(String)} and
     * {@link #accountId(String)}; a {@link #projectId(String)} needs its {@link #orgId(String)}.
     * Every setting is declared once, in {@link HarnessClientBuilder}, and applies to all three
     * APIs.
     */
    public static final class Builder extends HarnessClientBuilder<Builder> {

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @return the client, its three vendor clients over one connection pool
         * @throws IllegalStateException    if the API key or account is missing or blank, an organisation or
         *                                  project is blank, or a project is given without organisation
         * @throws IllegalArgumentException if the base URL is invalid, or plain http to a non-loopback host
         *                                  without {@link #allowInsecureHttp()}, or an identifier breaks an
         *                                  API's length rule
         */
        public HarnessClient build() {
            HarnessSettings settings = harnessSettings();
            SharedHttpClient http = SharedHttpClient.over(suppliedOkHttpClient());
            try {
                // Each vendor client derives its own OkHttpClient from the shared one (its credentials
                // added), keeping the shared pool and dispatcher; it owns neither, so only
                // HarnessClient.close() releases them.
                StoClient sto = copyTo(StoClient.builder()).okHttpClient(http.client()).build();
                HarClient har = copyTo(HarClient.builder()).okHttpClient(http.client()).build();
                IacmClient iacm = copyTo(IacmClient.builder()).okHttpClient(http.client()).build();
                return new HarnessClient(http, settings, sto, har, iacm, false);
            } catch (RuntimeException e) {
                http.shutDown();
                throw e;
            }
        }
    }
}
