package dev.waiver.acceptances;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One risk acceptance, whatever vendor holds it: an STO exemption, a HAR firewall exception, an
 * IaCM approval or a Qualys policy-compliance exception, with the vendor's own record alongside.
 * Immutable; built with {@link #builder()}.
 */
public final class RiskAcceptance {

    private final AcceptanceVendor vendor;
    private final String id;
    private final String covers;
    private final String kind;
    private final AcceptanceState state;
    private final String vendorStatus;
    private final String requestedBy;
    private final String approvedBy;
    private final Instant created;
    private final Instant expires;
    private final Object vendorRecord;

    private RiskAcceptance(Builder b) {
        this.vendor = Objects.requireNonNull(b.vendor, "vendor");
        this.id = Objects.requireNonNull(b.id, "id");
        this.covers = Objects.requireNonNullElse(b.covers, "");
        this.kind = Objects.requireNonNullElse(b.kind, "");
        this.state = Objects.requireNonNull(b.state, "state");
        this.vendorStatus = Objects.requireNonNullElse(b.vendorStatus, "");
        this.requestedBy = blankToNull(b.requestedBy);
        this.approvedBy = blankToNull(b.approvedBy);
        this.created = b.created;
        this.expires = b.expires;
        this.vendorRecord = Objects.requireNonNull(b.vendorRecord, "vendorRecord");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** @return a builder; vendor, id, state and vendorRecord are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the vendor holding it */
    public AcceptanceVendor vendor() {
        return vendor;
    }

    /** @return the vendor's identifier for it */
    public String id() {
        return id;
    }

    /** @return what it covers (scope and target, registry and package, host and control), for people; may be empty */
    public String covers() {
        return covers;
    }

    /** @return its kind (STO exemption type, HAR package type, IaCM stage, Qualys control); may be empty */
    public String kind() {
        return kind;
    }

    /** @return the normalised state */
    public AcceptanceState state() {
        return state;
    }

    /** @return the vendor's own status text; may be empty when the vendor sent none */
    public String vendorStatus() {
        return vendorStatus;
    }

    /** @return who asked for it, as the vendor names them */
    public Optional<String> requestedBy() {
        return Optional.ofNullable(requestedBy);
    }

    /** @return who approved (or decided on) it, as the vendor names them */
    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    /** @return when it was created, if the vendor says */
    public Optional<Instant> created() {
        return Optional.ofNullable(created);
    }

    /** @return when it stops applying; empty when it never expires or the vendor sets no expiry */
    public Optional<Instant> expires() {
        return Optional.ofNullable(expires);
    }

    /** @return the client's model of the vendor record it was made from */
    public Object vendorRecord() {
        return vendorRecord;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RiskAcceptance)) {
            return false;
        }
        RiskAcceptance r = (RiskAcceptance) o;
        return vendor == r.vendor && id.equals(r.id) && covers.equals(r.covers) && kind.equals(r.kind)
                && state == r.state && vendorStatus.equals(r.vendorStatus) && Objects.equals(requestedBy, r.requestedBy)
                && Objects.equals(approvedBy, r.approvedBy) && Objects.equals(created, r.created)
                && Objects.equals(expires, r.expires) && vendorRecord.equals(r.vendorRecord);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vendor, id, covers, kind, state, vendorStatus, requestedBy, approvedBy, created, expires,
                vendorRecord);
    }

    /** @return the normalised fields; the vendor record is left out (it may be large) */
    @Override
    public String toString() {
        return "RiskAcceptance{vendor=" + vendor + ", id=" + id + ", covers=" + covers + ", kind=" + kind
                + ", state=" + state + ", vendorStatus=" + vendorStatus + ", requestedBy=" + requestedBy
                + ", approvedBy=" + approvedBy + ", created=" + created + ", expires=" + expires + "}";
    }

    /** Builds a {@link RiskAcceptance}. */
    public static final class Builder {
        private AcceptanceVendor vendor;
        private String id;
        private String covers;
        private String kind;
        private AcceptanceState state;
        private String vendorStatus;
        private String requestedBy;
        private String approvedBy;
        private Instant created;
        private Instant expires;
        private Object vendorRecord;

        private Builder() {
        }

        /**

         * @param vendor the vendor holding it

         * @return this builder

         */
        public Builder vendor(AcceptanceVendor vendor) {
            this.vendor = vendor;
            return this;
        }

        /**

         * @param id the vendor's identifier

         * @return this builder

         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**

         * @param covers what it covers, for people; {@code null} reads as empty

         * @return this builder

         */
        public Builder covers(String covers) {
            this.covers = covers;
            return this;
        }

        /**

         * @param kind its kind; {@code null} reads as empty

         * @return this builder

         */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**

         * @param state the normalised state

         * @return this builder

         */
        public Builder state(AcceptanceState state) {
            this.state = state;
            return this;
        }

        /**

         * @param vendorStatus the vendor's status text; {@code null} reads as empty

         * @return this builder

         */
        public Builder vendorStatus(String vendorStatus) {
            this.vendorStatus = vendorStatus;
            return this;
        }

        /**

         * @param requestedBy who asked for it; {@code null} or blank for unknown

         * @return this builder

         */
        public Builder requestedBy(String requestedBy) {
            this.requestedBy = requestedBy;
            return this;
        }

        /**

         * @param approvedBy who approved it; {@code null} or blank for unknown

         * @return this builder

         */
        public Builder approvedBy(String approvedBy) {
            this.approvedBy = approvedBy;
            return this;
        }

        /**

         * @param created when it was created; {@code null} for unknown

         * @return this builder

         */
        public Builder created(Instant created) {
            this.created = created;
            return this;
        }

        /**

         * @param expires when it stops applying; {@code null} for never / not set

         * @return this builder

         */
        public Builder expires(Instant expires) {
            this.expires = expires;
            return this;
        }

        /**

         * @param vendorRecord the client's model it was made from

         * @return this builder

         */
        public Builder vendorRecord(Object vendorRecord) {
            this.vendorRecord = vendorRecord;
            return this;
        }

        /**
         * @return the acceptance
         * @throws NullPointerException when vendor, id, state or vendorRecord is missing
         */
        public RiskAcceptance build() {
            return new RiskAcceptance(this);
        }
    }
}
