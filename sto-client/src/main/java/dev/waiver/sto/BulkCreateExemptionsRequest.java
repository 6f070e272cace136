package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Asks for up to 100 exemptions at once ({@code POST /sto/api/v2/exemptions/bulk}), sharing type,
 * reason, duration and requester. Immutable.
 *
 * <p>Required: {@code type}, {@code reason} and 1 to 100 items, each with an {@code issueId}; a
 * project scope, as for a single create. The body always carries {@code pendingChanges}, which
 * Harness requires; {@code durationDays} inside it is optional and passed on whatever its value.
 * The requester is named by {@code requesterName}/{@code requesterEmail}: Harness' bulk body has
 * no {@code requesterId}, on the batch or on its items. An item's {@code pipelineId} and
 * {@code targetId} exclude each other (the one rule Harness states for items). The service handles the batch
 * all or none for policy violations (HTTP 400, nothing written); the per-item outcomes it reports
 * are returned in {@link dev.waiver.sto.model.BulkExemptionResult}, not thrown.
 */
public final class BulkCreateExemptionsRequest {

    /** The most items one bulk call may carry. */
    public static final int MAX_ITEMS = 100;

    private final ScopeChoice scope;
    private final ExemptionType type;
    private final String reason;
    private final Long durationDays;
    private final String requesterName;
    private final String requesterEmail;
    private final Instant expiration;
    private final String link;
    private final Boolean exemptFutureOccurrences;
    private final List<Item> items;

    private BulkCreateExemptionsRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.type = Checks.required(b.type, "type");
        this.reason = Checks.required(b.reason, "reason");
        this.durationDays = b.durationDays;
        this.requesterName = b.requesterName;
        this.requesterEmail = b.requesterEmail;
        this.expiration = b.expiration;
        this.link = b.link;
        this.exemptFutureOccurrences = b.exemptFutureOccurrences;
        if (b.items.isEmpty()) {
            throw new IllegalArgumentException("items is required: add 1 to " + MAX_ITEMS + " items with .item(...)");
        }
        if (b.items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("items must hold at most " + MAX_ITEMS + " entries, had "
                    + b.items.size() + ": split the batch into several calls");
        }
        this.items = List.copyOf(b.items);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    ScopeChoice scope() {
        return scope;
    }

    /** @return why the issues are exempted */
    public ExemptionType type() {
        return type;
    }

    /** @return the justification */
    public String reason() {
        return reason;
    }

    /** @return how many days the issues are to be exempted for, or {@code null} to leave it to the service */
    public Long durationDays() {
        return durationDays;
    }

    /** @return the requesting user's name, or {@code null} */
    public String requesterName() {
        return requesterName;
    }

    /** @return the requesting user's email, or {@code null} */
    public String requesterEmail() {
        return requesterEmail;
    }

    /** @return when the exemptions expire, or {@code null} */
    public Instant expiration() {
        return expiration;
    }

    /** @return a link to a related ticket, or {@code null} */
    public String link() {
        return link;
    }

    /** @return whether future occurrences are exempted too, or {@code null} for the service's default (yes) */
    public Boolean exemptFutureOccurrences() {
        return exemptFutureOccurrences;
    }

    /** @return the items, in request order (the answer's results follow it) */
    public List<Item> items() {
        return items;
    }

    /** One issue of a bulk create. Immutable. */
    public static final class Item {
        private final String issueId;
        private final List<Long> occurrences;
        private final String pipelineId;
        private final String targetId;
        private final String scanId;
        private final String search;

        private Item(ItemBuilder b) {
            this.issueId = Checks.required(b.issueId, "issueId");
            Checks.noNulls(b.occurrences, "occurrences");
            this.occurrences = b.occurrences == null ? null : List.copyOf(b.occurrences);
            this.pipelineId = Checks.notBlank(b.pipelineId, "pipelineId");
            this.targetId = Checks.notBlank(b.targetId, "targetId");
            this.scanId = Checks.notBlank(b.scanId, "scanId");
            this.search = b.search;
        }

        /**
         * @param issueId the issue to exempt
         * @return an item for the whole issue
         */
        public static Item of(String issueId) {
            return builder().issueId(issueId).build();
        }

        /** @return a new item builder */
        public static ItemBuilder builder() {
            return new ItemBuilder();
        }

        /** @return the issue to exempt */
        public String issueId() {
            return issueId;
        }

        /** @return the occurrence ids to exempt, or {@code null} for the whole issue */
        public List<Long> occurrences() {
            return occurrences;
        }

        /** @return the pipeline, or {@code null} */
        public String pipelineId() {
            return pipelineId;
        }

        /** @return the target, or {@code null} */
        public String targetId() {
            return targetId;
        }

        /** @return the scan, or {@code null} */
        public String scanId() {
            return scanId;
        }

        /** @return the occurrence search, or {@code null} */
        public String search() {
            return search;
        }
    }

    /** Builds an {@link Item}. */
    public static final class ItemBuilder {
        private String issueId;
        private List<Long> occurrences;
        private String pipelineId;
        private String targetId;
        private String scanId;
        private String search;

        private ItemBuilder() {
        }

        /**
         * @param issueId the issue to exempt (required)
         * @return this builder
         */
        public ItemBuilder issueId(String issueId) {
            this.issueId = issueId;
            return this;
        }

        /**
         * @param occurrences the occurrence ids to exempt instead of the whole issue
         * @return this builder
         */
        public ItemBuilder occurrences(List<Long> occurrences) {
            this.occurrences = occurrences == null ? null : new ArrayList<>(occurrences);
            return this;
        }

        /**
         * @param pipelineId the pipeline the exemption applies to; excludes {@code targetId}
         * @return this builder
         */
        public ItemBuilder pipelineId(String pipelineId) {
            this.pipelineId = pipelineId;
            return this;
        }

        /**
         * @param targetId the target the exemption applies to; excludes {@code pipelineId}
         * @return this builder
         */
        public ItemBuilder targetId(String targetId) {
            this.targetId = targetId;
            return this;
        }

        /**
         * @param scanId the scan whose occurrences are exempted
         * @return this builder
         */
        public ItemBuilder scanId(String scanId) {
            this.scanId = scanId;
            return this;
        }

        /**
         * @param search a search that selects the occurrences to exempt
         * @return this builder
         */
        public ItemBuilder search(String search) {
            this.search = search;
            return this;
        }

        /**
         * @return the item
         * @throws IllegalArgumentException if {@code issueId} is missing or an id is blank
         */
        public Item build() {
            return new Item(this);
        }
    }

    /** Builds a {@link BulkCreateExemptionsRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private ExemptionType type;
        private String reason;
        private Long durationDays;
        private String requesterName;
        private String requesterEmail;
        private Instant expiration;
        private String link;
        private Boolean exemptFutureOccurrences;
        private final List<Item> items = new ArrayList<>();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param type why the issues are exempted (required)
         * @return this builder
         */
        public Builder type(ExemptionType type) {
            this.type = type;
            return this;
        }

        /**
         * @param reason the justification (required)
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * @param durationDays how many days the issues are to be exempted for (sent as
         *                     {@code pendingChanges.durationDays}; Harness states no minimum)
         * @return this builder
         */
        public Builder durationDays(long durationDays) {
            this.durationDays = durationDays;
            return this;
        }

        /**
         * @param requesterName the requesting user's name
         * @return this builder
         */
        public Builder requesterName(String requesterName) {
            this.requesterName = requesterName;
            return this;
        }

        /**
         * @param requesterEmail the requesting user's email
         * @return this builder
         */
        public Builder requesterEmail(String requesterEmail) {
            this.requesterEmail = requesterEmail;
            return this;
        }

        /**
         * @param expiration when the exemptions expire
         * @return this builder
         */
        public Builder expiration(Instant expiration) {
            this.expiration = expiration;
            return this;
        }

        /**
         * @param link a link to a related ticket
         * @return this builder
         */
        public Builder link(String link) {
            this.link = link;
            return this;
        }

        /**
         * @param exempt whether future occurrences of the issues are exempted too (service default: yes)
         * @return this builder
         */
        public Builder exemptFutureOccurrences(boolean exempt) {
            this.exemptFutureOccurrences = exempt;
            return this;
        }

        /**
         * Adds one item.
         *
         * @param item the item
         * @return this builder
         */
        public Builder item(Item item) {
            items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /**
         * Adds one item built in place.
         *
         * @param item sets the item's fields
         * @return this builder
         */
        public Builder item(Consumer<ItemBuilder> item) {
            ItemBuilder b = Item.builder();
            item.accept(b);
            return item(b.build());
        }

        /**
         * Adds one whole-issue item per issue id.
         *
         * @param issueIds the issues to exempt
         * @return this builder
         */
        public Builder issueIds(String... issueIds) {
            for (String id : issueIds) {
                item(Item.of(id));
            }
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if a required field is missing, or there are no or more than 100 items
         */
        public BulkCreateExemptionsRequest build() {
            return new BulkCreateExemptionsRequest(this);
        }
    }
}
