package dev.waiver.har;

import dev.waiver.har.internal.Checks;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which package's versions to list, to choose from when creating a firewall exception. Immutable.
 *
 * <p>Harness' description declares {@code registry_id} and {@code package_name} as optional query
 * parameters, so neither is required here: what is left unset is left out of the query and the
 * service decides what to answer.
 *
 * <pre>{@code
 * har.firewallExceptions().listVersions(r -> r.registryId(registryId).packageName("lodash"));
 * }</pre>
 */
public final class ListFirewallExceptionVersionsRequest {

    private final String registryId;
    private final String packageName;
    private final long startPage;
    private final Integer size;

    private ListFirewallExceptionVersionsRequest(Builder b) {
        this.registryId = b.registryId;
        this.packageName = b.packageName;
        this.startPage = b.startPage;
        this.size = b.size;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the registry's identifier, if given */
    public Optional<String> registryId() {
        return Optional.ofNullable(registryId);
    }

    /** @return the package's name, if given */
    public Optional<String> packageName() {
        return Optional.ofNullable(packageName);
    }

    /** @return the first page to fetch (0-based) */
    public long startPage() {
        return startPage;
    }

    /** @return the page size asked for; empty means the vendor's default (20) */
    public OptionalInt size() {
        return size == null ? OptionalInt.empty() : OptionalInt.of(size);
    }

    @Override
    public String toString() {
        return "ListFirewallExceptionVersionsRequest{registryId=" + registryId + ", packageName=" + packageName
                + ", startPage=" + startPage + ", size=" + size + '}';
    }

    /** Builds a {@link ListFirewallExceptionVersionsRequest}. Nothing is required. */
    public static final class Builder {
        private String registryId;
        private String packageName;
        private long startPage;
        private Integer size;

        private Builder() {
        }

        /**
         * @param registryId the registry's identifier
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder registryId(String registryId) {
            this.registryId = Checks.notBlank(registryId, "registryId");
            return this;
        }

        /**
         * @param packageName the package's name
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder packageName(String packageName) {
            this.packageName = Checks.notBlank(packageName, "packageName");
            return this;
        }

        /**
         * @param page the first page to fetch, 0-based (default 0)
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder startPage(long page) {
            this.startPage = Checks.page(page);
            return this;
        }

        /**
         * @param size items per page, 1 to 100 (default: the vendor's, 20)
         * @return this builder
         * @throws IllegalArgumentException if it is out of range
         */
        public Builder size(int size) {
            this.size = Checks.size(size);
            return this;
        }

        /**
         * @return the request
         */
        public ListFirewallExceptionVersionsRequest build() {
            return new ListFirewallExceptionVersionsRequest(this);
        }
    }
}
