package dev.waiver.core.harness;

import dev.waiver.core.ClientBuilder;
import dev.waiver.core.Secret;

/**
 * The settings every Harness client builder shares, declared once: the API key, the account, the
 * default organisation and project, and (from {@link ClientBuilder}) the base URL and transport
 * settings. {@code StoClient.Builder}, {@code HarClient.Builder}, {@code IacmClient.Builder} and
 * {@code HarnessClient.Builder} extend it and add only what is their own.
 *
 * <p>Setters only record; {@link #harnessSettings()} checks them when the client is built, so a
 * setter given {@code null} means "not set".
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class HarnessClientBuilder<B extends HarnessClientBuilder<B>> extends ClientBuilder<B> {

    /** Harness SaaS, the default endpoint of every Harness client. */
    public static final String DEFAULT_BASE_URL = "https://app.harness.io";

    private String apiKey;
    private String accountId;
    private String orgId;
    private String projectId;

    /** Starts with the Harness SaaS endpoint, {@link #DEFAULT_BASE_URL}. */
    protected HarnessClientBuilder() {
        super(DEFAULT_BASE_URL);
    }

    /**
     * @param apiKey a Harness personal access token or service account token (required); sent as
     *               {@code x-api-key}, never logged or printed
     * @return this builder
     */
    public B apiKey(String apiKey) {
        this.apiKey = apiKey;
        return self();
    }

    /**
     * @param accountId the Harness account identifier (required); each API receives it the way it
     *                  documents (a query parameter or a header, see the client)
     * @return this builder
     */
    public B accountId(String accountId) {
        this.accountId = accountId;
        return self();
    }

    /**
     * @param orgId the organisation calls use unless their request names another; none by default
     * @return this builder
     */
    public B orgId(String orgId) {
        this.orgId = orgId;
        return self();
    }

    /**
     * @param projectId the project calls use unless their request names another; none by default
     * @return this builder
     */
    public B projectId(String projectId) {
        this.projectId = projectId;
        return self();
    }

    /**
     * The Harness settings, checked. For client builders' {@code build()}.
     *
     * @return the settings
     * @throws IllegalStateException if the API key or account is missing or blank, or an
     *                               organisation or project is given blank
     */
    protected final HarnessSettings harnessSettings() {
        Secret key = Secret.of(required(apiKey, "apiKey"), "apiKey");
        String account = required(accountId, "accountId");
        return new HarnessSettings(key, account, optional(orgId, "orgId"), optional(projectId, "projectId"));
    }

    private static String optional(String value, String name) {
        if (value != null && value.isBlank()) {
            throw new IllegalStateException(name + " must not be blank: call ." + name
                    + "(...) with an identifier, or leave it unset");
        }
        return value;
    }

    /**
     * Copies every setting of this builder, Harness and transport alike, onto another Harness
     * builder, so that one client can build others from its own settings.
     *
     * @param target the builder to configure
     * @param <T>    its type
     * @return {@code target}
     */
    protected final <T extends HarnessClientBuilder<T>> T copyTo(T target) {
        copyTransportSettingsTo(target);
        HarnessClientBuilder<?> t = target;
        t.apiKey = apiKey;
        t.accountId = accountId;
        t.orgId = orgId;
        t.projectId = projectId;
        return target;
    }
}
