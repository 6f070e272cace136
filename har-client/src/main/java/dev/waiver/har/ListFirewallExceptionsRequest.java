package dev.waiver.har;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.PackageType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Filters and paging for listing firewall exceptions. Every filter is optional; the organisation
 * and project default to the ones given to {@link HarClient.Builder} and can be overridden here.
 * Immutable.
 *
 * <pre>{@code
 * har.firewallExceptions().list(r -> r.status(FirewallExceptionStatus.PENDING).packageTypes(PackageType.NPM));
 * }</pre>
 */
public final class ListFirewallExceptionsRequest {

    private static final String NAME = "ListFirewallExceptionsRequest";
    private static final RequestChecks CHECK = RequestChecks.of(ListFirewallExceptionsRequest.class);

    private final String orgId;
    private final String projectId;
    private final FirewallExceptionStatus status;
    private final String packageName;
    private final String version;
    private final List<PackageType> packageTypes;
    private final List<String> registryIds;
    private final String exceptionId;
    private final String searchTerm;
    private final long startPage;
    private final Integer size;
    private final String sort;

    private ListFirewallExceptionsRequest(Builder b) {
        this.orgId = b.orgId;
        this.projectId = b.projectId;
        this.status = b.status;
        this.packageName = b.packageName;
        this.version = b.version;
        this.packageTypes = List.copyOf(CHECK.noNulls(b.packageTypes, "packageTypes"));
        CHECK.noNulls(b.registryIds, "registryIds");
        for (int i = 0; i < b.registryIds.size(); i++) {
            CHECK.uuid(b.registryIds.get(i), "registryIds[" + i + "]");
        }
        this.registryIds = List.copyOf(b.registryIds);
        this.exceptionId = b.exceptionId;
        this.searchTerm = b.searchTerm;
        this.startPage = CHECK.atLeast(b.startPage, "startPage", 0, "pages are numbered from 0");
        this.size = CHECK.range(b.size, "size", 1, 100);
        this.sort = b.sort;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a request with no filter: every exception of the client's default scope */
    public static ListFirewallExceptionsRequest all() {
        return builder().build();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        Builder b = new Builder().orgId(orgId).projectId(projectId).status(status).packageName(packageName)
                .version(version).exceptionId(exceptionId).searchTerm(searchTerm).startPage(startPage).size(size)
                .sort(sort);
        b.packageTypes.addAll(packageTypes);
        b.registryIds.addAll(registryIds);
        return b;
    }

    /** @return the organisation filter set on this request (overrides the client's default) */
    public Optional<String> orgId() {
        return Optional.ofNullable(orgId);
    }

    /** @return the project filter set on this request (overrides the client's default) */
    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** @return the status filter */
    public Optional<FirewallExceptionStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return the package name filter */
    public Optional<String> packageName() {
        return Optional.ofNullable(packageName);
    }

    /** @return the version filter */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** @return the package types to include; empty means all */
    public List<PackageType> packageTypes() {
        return packageTypes;
    }

    /** @return the registry UUIDs to include; empty means all */
    public List<String> registryIds() {
        return registryIds;
    }

    /** @return the exception id filter */
    public Optional<String> exceptionId() {
        return Optional.ofNullable(exceptionId);
    }

    /** @return the search term */
    public Optional<String> searchTerm() {
        return Optional.ofNullable(searchTerm);
    }

    /** @return the first page to fetch (0-based) */
    public long startPage() {
        return startPage;
    }

    /** @return the page size asked for; empty means the vendor's default (20) */
    public OptionalInt size() {
        return size == null ? OptionalInt.empty() : OptionalInt.of(size);
    }

    /** @return the sort, for example {@code createdAt:desc} */
    public Optional<String> sort() {
        return Optional.ofNullable(sort);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListFirewallExceptionsRequest r && Objects.equals(orgId, r.orgId)
                && Objects.equals(projectId, r.projectId) && Objects.equals(status, r.status)
                && Objects.equals(packageName, r.packageName) && Objects.equals(version, r.version)
                && packageTypes.equals(r.packageTypes) && registryIds.equals(r.registryIds)
                && Objects.equals(exceptionId, r.exceptionId) && Objects.equals(searchTerm, r.searchTerm)
                && startPage == r.startPage && Objects.equals(size, r.size) && Objects.equals(sort, r.sort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orgId, projectId, status, packageName, version, packageTypes, registryIds, exceptionId,
                searchTerm, startPage, size, sort);
    }

    @Override
    public String toString() {
        return NAME + "{orgId=" + orgId + ", projectId=" + projectId + ", status=" + status
                + ", packageName=" + packageName + ", version=" + version + ", packageTypes=" + packageTypes
                + ", registryIds=" + registryIds + ", exceptionId=" + exceptionId + ", searchTerm=" + searchTerm
                + ", startPage=" + startPage + ", size=" + size + ", sort=" + sort + '}';
    }

    /** Builds a {@link ListFirewallExceptionsRequest}; {@code null} leaves a filter unset. */
    public static final class Builder {
        private String orgId;
        private String projectId;
        private FirewallExceptionStatus status;
        private String packageName;
        private String version;
        private final List<PackageType> packageTypes = new ArrayList<>();
        private final List<String> registryIds = new ArrayList<>();
        private String exceptionId;
        private String searchTerm;
        private long startPage;
        private Integer size;
        private String sort;

        private Builder() {
        }

        /**
         * @param orgId the organisation identifier ({@code org_identifier}); overrides the client's default
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * @param projectId the project identifier ({@code project_identifier}); overrides the client's default
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * @param status only exceptions in this status
         * @return this builder
         */
        public Builder status(FirewallExceptionStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param packageName only exceptions for this package
         * @return this builder
         */
        public Builder packageName(String packageName) {
            this.packageName = packageName;
            return this;
        }

        /**
         * @param version only exceptions covering this version
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Only exceptions for these package types (adds to earlier calls).
         *
         * @param types the package types
         * @return this builder
         */
        public Builder packageTypes(PackageType... types) {
            packageTypes.addAll(Arrays.asList(Objects.requireNonNull(types, "types")));
            return this;
        }

        /**
         * Only exceptions in these registries (adds to earlier calls).
         *
         * @param registryIds registry UUIDs
         * @return this builder
         */
        public Builder registryIds(String... registryIds) {
            this.registryIds.addAll(Arrays.asList(Objects.requireNonNull(registryIds, "registryIds")));
            return this;
        }

        /**
         * @param exceptionId only the exception with this id
         * @return this builder
         */
        public Builder exceptionId(String exceptionId) {
            this.exceptionId = exceptionId;
            return this;
        }

        /**
         * @param searchTerm free text the vendor matches against the exceptions
         * @return this builder
         */
        public Builder searchTerm(String searchTerm) {
            this.searchTerm = searchTerm;
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
         * @param sort {@code sort_field:sort_order} as Harness describes it, for example
         *             {@code createdAt:desc}; passed on as given
         * @return this builder
         */
        public Builder sort(String sort) {
            this.sort = sort;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if a registry id is not a UUID, a package type or registry
         *                                  id is {@code null}, {@code startPage} is negative or
         *                                  {@code size} is not between 1 and 100
         */
        public ListFirewallExceptionsRequest build() {
            return new ListFirewallExceptionsRequest(this);
        }
    }
}
