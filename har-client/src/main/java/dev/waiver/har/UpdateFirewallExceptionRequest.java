package dev.waiver.har;

import dev.waiver.core.internal.RequestChecks;
import java.util.Arrays;
import java.util.Collections;
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
 *   <tr><td>(no call, or {@code null})</td><td>field left out</td><td>unchanged</td></tr>
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

    private static final String NAME = "UpdateFirewallExceptionRequest";
    private static final RequestChecks CHECK = RequestChecks.of(UpdateFirewallExceptionRequest.class);
    private static final String BUSINESS_JUSTIFICATION = "businessJustification";
    private static final String VERSION_LIST = "versionList";
    private static final String EXPIRE_AFTER = "expireAfter";
    private static final String REMEDIATION_PLAN = "remediationPlan";

    /** Absent (not in the map), explicit null, or a value; unmodifiable. */
    private final Map<String, Object> fields;

    private UpdateFirewallExceptionRequest(Builder b) {
        // No field at all is allowed: Harness' description requires none, so an empty body ({}) is
        // passed on and the service decides.
        Map<String, Object> copy = new LinkedHashMap<>(b.fields);
        if (copy.get(VERSION_LIST) != null) {
            @SuppressWarnings("unchecked")
            List<String> versions = (List<String>) copy.get(VERSION_LIST);
            copy.put(VERSION_LIST, List.copyOf(CHECK.noNulls(versions, VERSION_LIST)));
        }
        this.fields = Collections.unmodifiableMap(copy);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values, explicit nulls included */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.fields.putAll(fields);
        return b;
    }

    /** @return the new business justification, if this update changes it */
    public Optional<String> businessJustification() {
        return Optional.ofNullable((String) fields.get(BUSINESS_JUSTIFICATION));
    }

    /** @return the new version list, if this update changes it (empty means all versions) */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> versionList() {
        return Optional.ofNullable((List<String>) fields.get(VERSION_LIST));
    }

    /** @return the new number of days until expiry, if this update sets one */
    public Optional<Integer> expireAfterDays() {
        return Optional.ofNullable((Integer) fields.get(EXPIRE_AFTER));
    }

    /** @return {@code true} if this update makes the exception never expire ({@code "expireAfter": null}) */
    public boolean neverExpires() {
        return fields.containsKey(EXPIRE_AFTER) && fields.get(EXPIRE_AFTER) == null;
    }

    /** @return the new remediation plan, if this update sets one */
    public Optional<String> remediationPlan() {
        return Optional.ofNullable((String) fields.get(REMEDIATION_PLAN));
    }

    /** @return {@code true} if this update clears the remediation plan ({@code "remediationPlan": null}) */
    public boolean clearsRemediationPlan() {
        return fields.containsKey(REMEDIATION_PLAN) && fields.get(REMEDIATION_PLAN) == null;
    }

    /** The JSON body: only the fields set, explicit nulls included. */
    Map<String, Object> toBody() {
        return new LinkedHashMap<>(fields);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdateFirewallExceptionRequest r && fields.equals(r.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return NAME + fields;
    }

    /**
     * Builds an {@link UpdateFirewallExceptionRequest}; fields not set (or set to {@code null}) are
     * left out of the body and stay unchanged.
     */
    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder set(String field, Object value) {
            if (value == null) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
            return this;
        }

        /**
         * @param businessJustification the new justification; {@code null} leaves it unchanged
         * @return this builder
         */
        public Builder businessJustification(String businessJustification) {
            return set(BUSINESS_JUSTIFICATION, businessJustification);
        }

        /**
         * Replaces the versions the exception covers. An empty list means all versions; see also
         * {@link #allVersions()}.
         *
         * @param versionList the versions; {@code null} leaves them unchanged
         * @return this builder
         */
        public Builder versionList(List<String> versionList) {
            return set(VERSION_LIST, versionList);
        }

        /**
         * @param versions the versions the exception covers from now on
         * @return this builder
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
            return set(VERSION_LIST, List.of());
        }

        /**
         * Sets the expiry (sends {@code "expireAfter": days}). Harness' description states no range
         * for it, so any int32 is passed on and the service decides.
         *
         * @param days days after approval until the exception expires; {@code null} leaves it unchanged
         * @return this builder
         */
        public Builder expireAfterDays(Integer days) {
            return set(EXPIRE_AFTER, days);
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
         * Sets a new remediation plan (sends {@code "remediationPlan": "..."}); to remove the plan,
         * call {@link #clearRemediationPlan()}.
         *
         * @param remediationPlan the plan; {@code null} leaves it unchanged
         * @return this builder
         */
        public Builder remediationPlan(String remediationPlan) {
            return set(REMEDIATION_PLAN, remediationPlan);
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
         * @throws IllegalArgumentException if a version is {@code null}
         */
        public UpdateFirewallExceptionRequest build() {
            return new UpdateFirewallExceptionRequest(this);
        }
    }
}
