package dev.waiver.har;

import dev.waiver.core.internal.RequestChecks;
import java.util.Objects;
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

    private static final String NAME = "ListFirewallExceptionVersionsRequest";
    private static final RequestChecks CHECK = RequestChecks.of(ListFirewallExceptionVersionsRequest.class);

    private final String registryId;
    private final String packageName;
    private final long startPage;
    private final Integer size;

    private ListFirewallExceptionVersionsRequest(Builder b) {
        this.registryId = b.registryId;
        this.packageName = b.packageName;
        this.startPage = CHECK.atLeast(b.startPage, "startPage", 0, "pages are numbered from 0");
        this.size = CHECK.range(b.size, "size", 1, 100);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().registryId(registryId).packageName(packageName).startPage(startPage).size(size);
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
    public boolean equals(Object o) {
        return o instanceof ListFirewallExceptionVersionsRequest r && Objects.equals(registryId, r.registryId)
                && Objects.equals(packageName, r.packageName) && startPage == r.startPage && Objects.equals(size, r.size);
    }

    @Override
    public int hashCode() {
        return Objects.hash(registryId, packageName, startPage, size);
    }

    @Override
    public String toString() {
        return NAME + "{registryId=" + registryId + ", packageName=" + packageName + ", startPage=" + startPage
                + ", size=" + size + '}';
    }

    /** Builds a {@link ListFirewallExceptionVersionsRequest}. Nothing is required; {@code null} leaves a field unset. */
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
         */
        public Builder registryId(String registryId) {
            this.registryId = registryId;
            return this;
        }

        /**
         * @param packageName the package's name
         * @return this builder
         */
        public Builder packageName(String packageName) {
            this.packageName = packageName;
            return this;
        }

        /**
         * @param page the first page to fetch, 0-based (default 0)
         * @return this builder
         */
        public Builder startPage(long page) {
            this.startPage = page;
            return this;
        }

        /**
         * @param size items per page, 1 to 100; {@code null} for the vendor's default (20)
         * @return this builder
         */
        public Builder size(Integer size) {
            this.size = size;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code startPage} is negative or {@code size} is not between 1 and 100
         */
        public ListFirewallExceptionVersionsRequest build() {
            return new ListFirewallExceptionVersionsRequest(this);
        }
    }
}
