package dev.waiver.har;

import dev.waiver.har.internal.Checks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a firewall exception. <strong>Harness allows updates only while the exception is
 * PENDING</strong>; once it is approved, rejected or expired the API refuses the call (an
 * {@link dev.waiver.core.ApiException} subclass carrying the vendor's message).
 *
 * <p>Each field is changed only if the builder says so; everything else stays as it is. Two
 * fields can also be set to "nothing", which is sent as JSON {@code null}:
 * <table>
 *   <caption>What each builder call sends</caption>
 *   <tr><th>call</th><th>JSON sent</th><th>meaning</th></tr>
 *   <tr><td>(no call)</td><td>field left out</td><td>unchanged</td></tr>
 *   <tr><td>{@code expireAfterDays(30)}</td><td>{@code "expireAfter": 30}</td><td>expires 30 days after approval</td></tr>
 *   <tr><td>{@code neverExpires()}</td><td>{@code "expireAfter": null}</td><td>never expires</td></tr>
 *   <tr><td>{@code remediationPlan("...")}</td><td>{@code "remediationPlan": "..."}</td><td>new plan</td></tr>
 *   <tr><td>{@code clearRemediationPlan()}</td><td>{@code "remediationPlan": null}</td><td>no plan</td></tr>
 *   <tr><td>{@code allVersions()}</td><td>{@code "versionList": []}</td><td>every version</td></tr>
 * </table>
 *
 * <pre>{@code
 * har.firewallExceptions().update(id, r -> r.neverExpires().clearRemediationPlan());
 * }</pre>
 * Immutable.
 */
public final class UpdateFirewallExceptionRequest {

    /** Absent (not in the map), explicit null, or a value. */
    private final Map<String, Object> fields;

    private UpdateFirewallExceptionRequest(Builder b) {
        // No field at all is allowed: Harness' description requires none, so an empty body ({}) is
        // passed on and the service decides.
        this.fields = new LinkedHashMap<>(b.fields);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the new business justification, if this update changes it */
    public Optional<String> businessJustification() {
        return Optional.ofNullable((String) fields.get(Builder.BUSINESS_JUSTIFICATION));
    }

    /** @return the new version list, if this update changes it (empty means all versions) */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> versionList() {
        return Optional.ofNullable((List<String>) fields.get(Builder.VERSION_LIST));
    }

    /** @return the new number of days until expiry, if this update sets one */
    public Optional<Integer> expireAfterDays() {
        return Optional.ofNullable((Integer) fields.get(Builder.EXPIRE_AFTER));
    }

    /** @return {@code true} if this update makes the exception never expire ({@code "expireAfter": null}) */
    public boolean setsNeverExpires() {
        return fields.containsKey(Builder.EXPIRE_AFTER) && fields.get(Builder.EXPIRE_AFTER) == null;
    }

    /** @return the new remediation plan, if this update sets one */
    public Optional<String> remediationPlan() {
        return Optional.ofNullable((String) fields.get(Builder.REMEDIATION_PLAN));
    }

    /** @return {@code true} if this update clears the remediation plan ({@code "remediationPlan": null}) */
    public boolean clearsRemediationPlan() {
        return fields.containsKey(Builder.REMEDIATION_PLAN) && fields.get(Builder.REMEDIATION_PLAN) == null;
    }

    /** The JSON body: only the fields set, explicit nulls included. */
    Map<String, Object> toBody() {
        return new LinkedHashMap<>(fields);
    }

    @Override
    public String toString() {
        return "UpdateFirewallExceptionRequest" + fields.keySet();
    }

    /** Builds an {@link UpdateFirewallExceptionRequest}; fields not set are left out of the body (unchanged). */
    public static final class Builder {
        static final String BUSINESS_JUSTIFICATION = "businessJustification";
        static final String VERSION_LIST = "versionList";
        static final String EXPIRE_AFTER = "expireAfter";
        static final String REMEDIATION_PLAN = "remediationPlan";

        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param businessJustification the new justification
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder businessJustification(String businessJustification) {
            fields.put(BUSINESS_JUSTIFICATION, Checks.notBlank(businessJustification, "businessJustification"));
            return this;
        }

        /**
         * Replaces the versions the exception covers. An empty list means all versions; see also
         * {@link #allVersions()}.
         *
         * @param versionList the versions
         * @return this builder
         * @throws IllegalArgumentException if the list or a version is {@code null} or blank
         */
        public Builder versionList(List<String> versionList) {
            fields.put(VERSION_LIST, Checks.noBlanks(versionList, "versionList"));
            return this;
        }

        /**
         * @param versions the versions the exception covers from now on
         * @return this builder
         * @throws IllegalArgumentException if a version is {@code null} or blank
         */
        public Builder versions(String... versions) {
            return versionList(Arrays.asList(Objects.requireNonNull(versions, "versions")));
        }

        /**
         * Makes the exception cover every version (sends {@code "versionList": []}).
         *
         * @return this builder
         */
        public Builder allVersions() {
            fields.put(VERSION_LIST, List.of());
            return this;
        }

        /**
         * Sets the expiry (sends {@code "expireAfter": days}).
         *
         * Harness' description states no range for it, so any int32 is passed on and the service
         * decides.
         *
         * @param days days after approval until the exception expires
         * @return this builder
         */
        public Builder expireAfterDays(int days) {
            fields.put(EXPIRE_AFTER, days);
            return this;
        }

        /**
         * Makes the exception never expire (sends {@code "expireAfter": null}).
         *
         * @return this builder
         */
        public Builder neverExpires() {
            fields.put(EXPIRE_AFTER, null);
            return this;
        }

        /**
         * Sets a new remediation plan (sends {@code "remediationPlan": "..."}).
         *
         * @param remediationPlan the plan
         * @return this builder
         * @throws IllegalArgumentException if it is {@code null} or blank; to remove the plan, call
         *                                  {@link #clearRemediationPlan()}
         */
        public Builder remediationPlan(String remediationPlan) {
            if (remediationPlan == null) {
                throw new IllegalArgumentException("remediationPlan must not be null: call clearRemediationPlan()"
                        + " to remove the plan");
            }
            fields.put(REMEDIATION_PLAN, Checks.notBlank(remediationPlan, "remediationPlan"));
            return this;
        }

        /**
         * Removes the remediation plan (sends {@code "remediationPlan": null}).
         *
         * @return this builder
         */
        public Builder clearRemediationPlan() {
            fields.put(REMEDIATION_PLAN, null);
            return this;
        }

        /**
         * @return the request
         * @throws IllegalStateException if no field was set
         */
        public UpdateFirewallExceptionRequest build() {
            return new UpdateFirewallExceptionRequest(this);
        }
    }
}
