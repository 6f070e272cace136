package dev.waiver.har;

import dev.waiver.core.internal.RequestChecks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks for a firewall exception: let a package (some or all of its versions) through a registry's
 * firewall. The new exception starts PENDING until someone approves or rejects it. Immutable.
 *
 * <pre>{@code
 * har.firewallExceptions().create(r -> r
 *         .registryId("3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b")
 *         .packageName("lodash")
 *         .versions("4.17.20")
 *         .businessJustification("Needed by the legacy build until the upgrade lands")
 *         .expireAfterDays(30));
 * }</pre>
 */
public final class CreateFirewallExceptionRequest {

    private static final String NAME = "CreateFirewallExceptionRequest";
    private static final RequestChecks CHECK = RequestChecks.of(CreateFirewallExceptionRequest.class);

    private final String registryId;
    private final String packageName;
    private final String businessJustification;
    private final List<String> versionList;
    private final Integer expireAfterDays;
    private final String remediationPlan;

    private CreateFirewallExceptionRequest(Builder b) {
        this.registryId = CHECK.uuid(CHECK.required(b.registryId, "registryId"), "registryId");
        this.packageName = CHECK.required(b.packageName, "packageName");
        this.businessJustification = CHECK.required(b.businessJustification, "businessJustification");
        this.versionList = b.versionList == null ? null : List.copyOf(CHECK.noNulls(b.versionList, "versionList"));
        this.expireAfterDays = b.expireAfterDays;
        this.remediationPlan = b.remediationPlan;
    }

    /** @return a new builder; {@code registryId}, {@code packageName} and {@code businessJustification} are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().registryId(registryId).packageName(packageName)
                .businessJustification(businessJustification).versionList(versionList)
                .expireAfterDays(expireAfterDays).remediationPlan(remediationPlan);
    }

    /** @return the registry's UUID */
    public String registryId() {
        return registryId;
    }

    /** @return the package's name */
    public String packageName() {
        return packageName;
    }

    /** @return why the exception is needed */
    public String businessJustification() {
        return businessJustification;
    }

    /** @return the versions to except, if given (an empty list means all versions) */
    public Optional<List<String>> versionList() {
        return Optional.ofNullable(versionList);
    }

    /** @return days after approval until the exception expires; empty means it never expires */
    public Optional<Integer> expireAfterDays() {
        return Optional.ofNullable(expireAfterDays);
    }

    /** @return the remediation plan, if given */
    public Optional<String> remediationPlan() {
        return Optional.ofNullable(remediationPlan);
    }

    /** The JSON body: only what was set. */
    Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("registryId", registryId);
        body.put("packageName", packageName);
        body.put("businessJustification", businessJustification);
        if (versionList != null) {
            body.put("versionList", versionList);
        }
        if (expireAfterDays != null) {
            body.put("expireAfter", expireAfterDays);
        }
        if (remediationPlan != null) {
            body.put("remediationPlan", remediationPlan);
        }
        return body;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateFirewallExceptionRequest r && registryId.equals(r.registryId)
                && packageName.equals(r.packageName) && businessJustification.equals(r.businessJustification)
                && Objects.equals(versionList, r.versionList) && Objects.equals(expireAfterDays, r.expireAfterDays)
                && Objects.equals(remediationPlan, r.remediationPlan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(registryId, packageName, businessJustification, versionList, expireAfterDays,
                remediationPlan);
    }

    @Override
    public String toString() {
        return NAME + "{registryId=" + registryId + ", packageName=" + packageName + ", businessJustification="
                + businessJustification + ", versionList=" + versionList + ", expireAfterDays=" + expireAfterDays
                + ", remediationPlan=" + remediationPlan + '}';
    }

    /**
     * Builds a {@link CreateFirewallExceptionRequest}. Required: registryId, packageName,
     * businessJustification; {@code null} leaves a field unset.
     */
    public static final class Builder {
        private String registryId;
        private String packageName;
        private String businessJustification;
        private List<String> versionList;
        private Integer expireAfterDays;
        private String remediationPlan;

        private Builder() {
        }

        /**
         * @param registryId the registry's UUID (required)
         * @return this builder
         */
        public Builder registryId(String registryId) {
            this.registryId = registryId;
            return this;
        }

        /**
         * @param packageName the package's name (required)
         * @return this builder
         */
        public Builder packageName(String packageName) {
            this.packageName = packageName;
            return this;
        }

        /**
         * @param businessJustification why the exception is needed (required)
         * @return this builder
         */
        public Builder businessJustification(String businessJustification) {
            this.businessJustification = businessJustification;
            return this;
        }

        /**
         * The versions to except. An empty list means all versions; see also {@link #allVersions()}.
         *
         * @param versionList the versions; {@code null} leaves it out
         * @return this builder
         */
        public Builder versionList(List<String> versionList) {
            this.versionList = versionList;
            return this;
        }

        /**
         * @param versions the versions to except
         * @return this builder
         */
        public Builder versions(String... versions) {
            return versionList(Arrays.asList(Objects.requireNonNull(versions, "versions")));
        }

        /**
         * Excepts every version of the package (sends an empty {@code versionList}).
         *
         * @return this builder
         */
        public Builder allVersions() {
            this.versionList = List.of();
            return this;
        }

        /**
         * Sent as {@code expireAfter}. Harness' description states no range for it, so any int32 is
         * passed on and the service decides.
         *
         * @param days days after approval until the exception expires; {@code null} leaves it out
         *             (never expires)
         * @return this builder
         */
        public Builder expireAfterDays(Integer days) {
            this.expireAfterDays = days;
            return this;
        }

        /**
         * The exception never expires once approved (the default: {@code expireAfter} is left out,
         * which the API reads as "never expires"). Undoes {@link #expireAfterDays(Integer)}.
         *
         * @return this builder
         */
        public Builder neverExpires() {
            this.expireAfterDays = null;
            return this;
        }

        /**
         * @param remediationPlan how the package will be remediated; {@code null} leaves it out
         * @return this builder
         */
        public Builder remediationPlan(String remediationPlan) {
            this.remediationPlan = remediationPlan;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if registryId, packageName or businessJustification is
         *                                  missing, registryId is not a UUID, or a version is {@code null}
         */
        public CreateFirewallExceptionRequest build() {
            return new CreateFirewallExceptionRequest(this);
        }
    }
}
