package dev.waiver.core.harness;

import java.util.Objects;

/**
 * What the three Harness clients ({@code StoClient}, {@code HarClient}, {@code IacmClient}) share:
 * the account they call for, the endpoint they call, and closing. Each client adds its own
 * operations; none of them is built from this class directly but from its builder, an
 * {@link HarnessClientBuilder}.
 */
public abstract class HarnessServiceClient implements AutoCloseable {

    private final HarnessSettings settings;
    private final String accountId;
    private final String baseUrl;
    private final Runnable release;

    /**
     * @param settings the checked Harness settings the client was built from
     * @param baseUrl  the endpoint calls go to
     * @param release  what {@link #close()} does: release the connections the client owns (nothing,
     *                 for a view made by {@code withOptions})
     */
    protected HarnessServiceClient(HarnessSettings settings, String baseUrl, Runnable release) {
        this.settings = settings;
        this.accountId = settings.accountId();
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.release = Objects.requireNonNull(release, "release");
    }

    /** @return the Harness account every call is made for (a view's per-call account, if it has one) */
    public final String accountId() {
        return accountId;
    }

    /** @return the settings the client was built with (a view's: with its per-call credentials) */
    protected final HarnessSettings settings() {
        return settings;
    }

    /** @return the endpoint calls are sent to */
    public final String baseUrl() {
        return baseUrl;
    }

    /**
     * Releases the connections and threads this client owns; those of an {@code OkHttpClient} given
     * to the builder, or of a {@code HarnessClient} this client belongs to, are left to their owner.
     * Closing a view made by {@code withOptions} does nothing: the client it came from owns them.
     */
    @Override
    public void close() {
        release.run();
    }

    /** @return the client's type, endpoint and account: never a credential */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "{baseUrl=" + baseUrl + ", accountId=" + accountId + describeDefaults() + '}';
    }

    /**
     * @return further non-secret settings for {@link #toString()}, each starting with {@code ", "};
     *         empty by default
     */
    protected String describeDefaults() {
        return "";
    }
}
