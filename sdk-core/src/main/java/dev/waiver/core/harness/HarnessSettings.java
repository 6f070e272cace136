package dev.waiver.core.harness;

import dev.waiver.core.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * The Harness settings a client builder gathered, checked: the API key, the account and the
 * default organisation and project. Immutable; {@link #toString()} never shows the key.
 */
public final class HarnessSettings {

    private final Secret apiKey;
    private final String accountId;
    private final String orgId;
    private final String projectId;

    HarnessSettings(Secret apiKey, String accountId, String orgId, String projectId) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.orgId = orgId;
        this.projectId = projectId;
    }

    /** @return the API key, sent as {@code x-api-key} */
    public Secret apiKey() {
        return apiKey;
    }

    /** @return the Harness account identifier */
    public String accountId() {
        return accountId;
    }

    /** @return the default organisation, if one was given */
    public Optional<String> orgId() {
        return Optional.ofNullable(orgId);
    }

    /** @return the default project, if one was given */
    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /**
     * These settings with the account and key of per-call options, where they give them.
     *
     * @param options per-call options
     * @return settings for calls made with those options ({@code this} if they change no credential)
     */
    public HarnessSettings with(HarnessCallOptions options) {
        if (!options.changesCredentials()) {
            return this;
        }
        return new HarnessSettings(options.apiKey().orElse(apiKey), options.accountId().orElse(accountId), orgId,
                projectId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HarnessSettings s && apiKey.reveal().equals(s.apiKey.reveal())
                && accountId.equals(s.accountId) && Objects.equals(orgId, s.orgId)
                && Objects.equals(projectId, s.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, orgId, projectId);
    }

    /** @return the account, organisation and project; the key as {@code ****} */
    @Override
    public String toString() {
        return "HarnessSettings{apiKey=" + apiKey + ", accountId=" + accountId + ", orgId=" + orgId
                + ", projectId=" + projectId + '}';
    }
}
