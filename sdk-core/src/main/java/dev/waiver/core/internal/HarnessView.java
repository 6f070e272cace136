package dev.waiver.core.internal;

import dev.waiver.core.harness.HarnessCallOptions;
import dev.waiver.core.harness.HarnessSettings;
import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.HttpTransport;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a Harness client's {@code withOptions(...)} builds its view from: the transport view that
 * applies the options, and the settings with the per-call account and key. For the Harness client
 * modules.
 *
 * @param transport the view of the client's transport
 * @param settings  the client's settings with the options' credentials
 */
public record HarnessView(HttpTransport transport, HarnessSettings settings) {

    /** What closing a view does: nothing, since the client it came from owns the connections. */
    public static final Runnable KEEP_OPEN = () -> {
    };

    /**
     * Makes the view of a Harness client.
     *
     * @param transport the client's transport
     * @param settings  the client's settings
     * @param options   the per-call options
     * @param auth      how the client writes credentials from settings (it also checks the vendor's
     *                  rules for the account, throwing {@link IllegalArgumentException})
     * @return the view's transport and settings
     * @throws IllegalArgumentException if the options break a rule of the vendor
     */
    public static HarnessView of(HttpTransport transport, HarnessSettings settings, HarnessCallOptions options,
                                 Function<HarnessSettings, AuthStrategy> auth) {
        Objects.requireNonNull(options, "options");
        HarnessSettings viewSettings = settings.with(options);
        AuthStrategy viewAuth = options.changesCredentials() ? auth.apply(viewSettings) : null;
        return new HarnessView(transport.withOptions(options, viewAuth, null), viewSettings);
    }
}
