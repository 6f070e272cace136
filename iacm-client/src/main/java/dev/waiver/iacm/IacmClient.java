package dev.waiver.iacm;

import dev.waiver.core.harness.HarnessCallOptions;
import dev.waiver.core.harness.HarnessClientBuilder;
import dev.waiver.core.harness.HarnessServiceClient;
import dev.waiver.core.harness.HarnessSettings;
import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.internal.HarnessView;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.iacm.internal.IacmScope;
import dev.waiver.iacm.internal.IacmErrorDecoder;
import java.util.List;
import java.util.function.Consumer;

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
public final class IacmClient extends HarnessServiceClient {

    /** Harness SaaS, used unless the builder is given another base URL. */
    public static final String DEFAULT_BASE_URL = HarnessClientBuilder.DEFAULT_BASE_URL;

    private final HttpTransport transport;
    private final String orgId;
    private final String projectId;

    private IacmClient(HttpTransport transport, HarnessSettings settings, Runnable release) {
        super(settings, transport.baseUrl(), release);
        this.transport = transport;
        this.orgId = settings.orgId().orElse(null);
        this.projectId = settings.projectId().orElse(null);
    }

    /**
     * A view of this client whose calls use per-call options: a deadline, an attempt timeout,
     * extra headers, another retry policy, another account ({@code Harness-Account}) or API key.
     * It shares this client's connection pool, listeners and default project, is cheap to make,
     * and needs no closing.
     *
     * <pre>{@code
     * iacm.withOptions(o -> o.accountId(tenant).apiKey(tenantKey)).approvals().list();
     * }</pre>
     *
     * @param options the options
     * @return the view
     * @throws IllegalArgumentException if an extra header is a credential header, or the account is
     *                                  longer than 128 characters
     */
    public IacmClient withOptions(HarnessCallOptions options) {
        HarnessView view = HarnessView.of(transport, settings(), options,
                s -> auth(s, "HarnessCallOptions"));
        return new IacmClient(view.transport(), view.settings(), HarnessView.KEEP_OPEN);
    }

    /**
     * {@link #withOptions(HarnessCallOptions)} with the options set on a builder.
     *
     * @param options sets the options
     * @return the view
     * @throws IllegalArgumentException if a setting is refused
     */
    public IacmClient withOptions(Consumer<HarnessCallOptions.Builder> options) {
        return withOptions(HarnessCallOptions.of(options));
    }

    /**
     * IaCM's credentials: the key as {@code x-api-key}, the account as the {@code Harness-Account}
     * header, after checking the account against IaCM's rule.
     */
    private static AuthStrategy auth(HarnessSettings settings, String where) {
        IacmScope.check(settings.accountId(), where, "accountId");
        return AuthStrategy.all(AuthStrategy.apiKeyHeader("x-api-key", settings.apiKey()),
                AuthStrategy.header("Harness-Account", settings.accountId()));
    }

    /** @return a builder; {@code apiKey} and {@code accountId} are required */
    public static Builder builder() {
        return new Builder();
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

    /**
     * The approvals of the client's default project, set with the builder's
     * {@code orgId(...)} and {@code projectId(...)}.
     *
     * @return the default project's approvals
     * @throws IllegalStateException if the client has no default organisation and project
     */
    public Approvals approvals() {
        if (orgId == null || projectId == null) {
            throw new IllegalStateException("no default project: call .orgId(...) and .projectId(...) on the builder,"
                    + " or name them with approvals(org, project)");
        }
        return approvals(orgId, projectId);
    }


    /**
     * Builds an {@link IacmClient}. Required: {@link #apiKey(String)} and {@link #accountId(String)}
     * (1 to 128 characters); {@link #orgId(String)} and {@link #projectId(String)} (1 to 128
     * characters each) name the project {@link IacmClient#approvals()} works in. The Harness
     * settings are declared once, in {@link HarnessClientBuilder}.
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
         * @throws IllegalStateException    if {@code apiKey} or {@code accountId} was not set, or is blank
         * @throws IllegalArgumentException if the account, organisation or project is longer than 128
         *                                  characters, or the base URL is not usable
         */
        public IacmClient build() {
            HarnessSettings settings = harnessSettings();
            settings.orgId().ifPresent(org -> IacmScope.check(org, "IacmClient.Builder", "orgId"));
            settings.projectId().ifPresent(project -> IacmScope.check(project, "IacmClient.Builder", "projectId"));
            HttpTransport transport = buildTransport("iacm", auth(settings, "IacmClient.Builder"), new IacmErrorDecoder(),
                    EpochUnit.MILLISECONDS, List.of("X-Request-Id"));
            return new IacmClient(transport, settings, transport::close);
        }
    }
}
