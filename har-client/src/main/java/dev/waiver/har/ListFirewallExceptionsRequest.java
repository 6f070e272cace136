package dev.waiver.har;

import dev.waiver.har.internal.Checks;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.PackageType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

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

    private static final Pattern SORT = Pattern.compile("[^:\\s]+:(asc|desc)");

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
        this.packageTypes = List.copyOf(b.packageTypes);
        this.registryIds = List.copyOf(b.registryIds);
        this.exceptionId = b.exceptionId;
        this.searchTerm = b.searchTerm;
        this.startPage = b.startPage;
        this.size = b.size;
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

    /** @return the sort, {@code field:asc} or {@code field:desc} */
    public Optional<String> sort() {
        return Optional.ofNullable(sort);
    }

    @Override
    public String toString() {
        return "ListFirewallExceptionsRequest{orgId=" + orgId + ", projectId=" + projectId + ", status=" + status
                + ", packageName=" + packageName + ", version=" + version + ", packageTypes=" + packageTypes
                + ", registryIds=" + registryIds + ", exceptionId=" + exceptionId + ", searchTerm=" + searchTerm
                + ", startPage=" + startPage + ", size=" + size + ", sort=" + sort + '}';
    }

    /** Builds a {@link ListFirewallExceptionsRequest}. */
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
         * @throws IllegalArgumentException if it is blank
         */
        public Builder orgId(String orgId) {
            this.orgId = Checks.notBlank(orgId, "orgId");
            return this;
        }

        /**
         * @param projectId the project identifier ({@code project_identifier}); overrides the client's default
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder projectId(String projectId) {
            this.projectId = Checks.notBlank(projectId, "projectId");
            return this;
        }

        /**
         * @param status only exceptions in this status
         * @return this builder
         */
        public Builder status(FirewallExceptionStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param packageName only exceptions for this package
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder packageName(String packageName) {
            this.packageName = Checks.notBlank(packageName, "packageName");
            return this;
        }

        /**
         * @param version only exceptions covering this version
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder version(String version) {
            this.version = Checks.notBlank(version, "version");
            return this;
        }

        /**
         * Only exceptions for these package types (adds to earlier calls).
         *
         * @param types the package types
         * @return this builder
         */
        public Builder packageTypes(PackageType... types) {
            for (PackageType t : Objects.requireNonNull(types, "types")) {
                packageTypes.add(Objects.requireNonNull(t, "packageTypes must not contain null"));
            }
            return this;
        }

        /**
         * Only exceptions in these registries (adds to earlier calls).
         *
         * @param registryIds registry UUIDs
         * @return this builder
         * @throws IllegalArgumentException if one is not a UUID
         */
        public Builder registryIds(String... registryIds) {
            for (String id : Arrays.asList(Objects.requireNonNull(registryIds, "registryIds"))) {
                this.registryIds.add(Checks.uuid(id, "registryIds"));
            }
            return this;
        }

        /**
         * @param exceptionId only the exception with this id
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder exceptionId(String exceptionId) {
            this.exceptionId = Checks.notBlank(exceptionId, "exceptionId");
            return this;
        }

        /**
         * @param searchTerm free text the vendor matches against the exceptions
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder searchTerm(String searchTerm) {
            this.searchTerm = Checks.notBlank(searchTerm, "searchTerm");
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
         * @param sort {@code field:asc} or {@code field:desc}, for example {@code createdAt:desc}
         * @return this builder
         * @throws IllegalArgumentException if it does not have that shape
         */
        public Builder sort(String sort) {
            Checks.notBlank(sort, "sort");
            if (!SORT.matcher(sort).matches()) {
                throw new IllegalArgumentException("sort must be 'field:asc' or 'field:desc', was '"
                        + dev.waiver.core.ApiError.excerpt(sort) + "'");
            }
            this.sort = sort;
            return this;
        }

        /** @return the request */
        public ListFirewallExceptionsRequest build() {
            return new ListFirewallExceptionsRequest(this);
        }
    }
}
