package dev.waiver.sto;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Asks for up to 100 exemptions at once ({@code POST /sto/api/v2/exemptions/bulk}), sharing type,
 * reason, duration and requester. Immutable; {@code equals}, {@code hashCode} and {@code toString}
 * cover every field set.
 *
 * <p>Required: {@code type}, {@code reason} and 1 to 100 items, each with an {@code issueId}; a
 * project scope, as for a single create. The body always carries {@code pendingChanges}, which
 * Harness requires; {@code durationDays} inside it is optional and passed on whatever its value.
 * The requester is named by {@code requesterName}/{@code requesterEmail}: Harness' bulk body has
 * no {@code requesterId}, on the batch or on its items. An item's {@code pipelineId} and
 * {@code targetId} exclude each other (the one rule Harness states for items). The service handles
 * the batch all or none for policy violations (HTTP 400, nothing written); the per-item outcomes it
 * reports are returned in {@link dev.waiver.sto.model.BulkExemptionResult}, not thrown.
 */
public final class BulkCreateExemptionsRequest extends ExemptionDetailsRequest {

    /** The most items one bulk call may carry (Harness' {@code maxItems}). */
    public static final int MAX_ITEMS = 100;

    private BulkCreateExemptionsRequest(Builder builder) {
        super(builder);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values and items */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return whether future occurrences are exempted too, if set (the service's default: yes) */
    public Optional<Boolean> exemptFutureOccurrences() {
        return optional(Field.EXEMPT_FUTURE_OCCURRENCES);
    }

    /** @return the items, in request order (the answer's results follow it). Unmodifiable */
    public List<Item> items() {
        return value(Field.ITEMS);
    }

    /**
     * One issue of a bulk create: the issue and, optionally, which of its occurrences, pipeline or
     * target. Immutable; {@code equals}, {@code hashCode} and {@code toString} cover every field set.
     */
    public static final class Item extends StoRequest {

        private Item(Builder builder) {
            super(builder);
        }

        /**
         * @param issueId the issue to exempt
         * @return an item for the whole issue
         * @throws IllegalArgumentException if {@code issueId} is {@code null}
         */
        public static Item of(String issueId) {
            return builder().issueId(issueId).build();
        }

        /** @return a new item builder */
        public static Builder builder() {
            return new Builder();
        }

        /** @return a builder holding this item's values */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /** @return the issue to exempt */
        public String issueId() {
            return value(Field.ISSUE_ID);
        }

        /** @return the occurrence ids to exempt; empty for the whole issue. Unmodifiable */
        public List<Long> occurrences() {
            return optional(Field.OCCURRENCES).orElse(List.of());
        }

        /** @return the pipeline this item's exemption applies to, if set */
        public Optional<String> pipelineId() {
            return optional(Field.PIPELINE_ID);
        }

        /** @return the target this item's exemption applies to, if set */
        public Optional<String> targetId() {
            return optional(Field.TARGET_ID);
        }

        /** @return the scan whose occurrences of the issue are exempted, if set */
        public Optional<String> scanId() {
            return optional(Field.SCAN_ID);
        }

        /** @return the search selecting the occurrences of the issue, if set */
        public Optional<String> search() {
            return optional(Field.SEARCH);
        }

        /** Builds an {@link Item}. */
        public static final class Builder extends StoRequestBuilder<Builder> {

            private Builder() {
            }

            private Builder(Item item) {
                super(item);
            }

            @Override
            Builder self() {
                return this;
            }

            /**
             * @param issueId the issue to exempt (required)
             * @return this builder
             */
            public Builder issueId(String issueId) {
                return set(Field.ISSUE_ID, issueId);
            }

            /**
             * @param occurrences the occurrence ids of the issue to exempt; {@code null} or empty for all
             * @return this builder
             * @throws IllegalArgumentException if an entry is {@code null}
             */
            public Builder occurrences(List<Long> occurrences) {
                return set(Field.OCCURRENCES, listOf(occurrences, "occurrences"));
            }

            /**
             * @param pipelineId the pipeline this item's exemption applies to; excludes {@code targetId}
             * @return this builder
             */
            public Builder pipelineId(String pipelineId) {
                return set(Field.PIPELINE_ID, pipelineId);
            }

            /**
             * @param targetId the target this item's exemption applies to; excludes {@code pipelineId}
             * @return this builder
             */
            public Builder targetId(String targetId) {
                return set(Field.TARGET_ID, targetId);
            }

            /**
             * @param scanId the scan whose occurrences of the issue are exempted
             * @return this builder
             */
            public Builder scanId(String scanId) {
                return set(Field.SCAN_ID, scanId);
            }

            /**
             * @param search a search selecting the occurrences of the issue to exempt
             * @return this builder
             */
            public Builder search(String search) {
                return set(Field.SEARCH, search);
            }

            /**
             * @return the item
             * @throws IllegalArgumentException if {@code issueId} is missing
             */
            public Item build() {
                require(Field.ISSUE_ID);
                return new Item(this);
            }
        }
    }

    /** Builds a {@link BulkCreateExemptionsRequest}. */
    public static final class Builder extends ExemptionDetailsBuilder<Builder> {
        private final List<Item> items = new ArrayList<>();

        private Builder() {
        }

        private Builder(BulkCreateExemptionsRequest request) {
            super(request);
            items.addAll(request.items());
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param exempt whether future occurrences of the issues are exempted too (service default: yes)
         * @return this builder
         */
        public Builder exemptFutureOccurrences(boolean exempt) {
            return set(Field.EXEMPT_FUTURE_OCCURRENCES, exempt);
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
         * @throws IllegalArgumentException if the item's {@code issueId} is missing
         */
        public Builder item(Consumer<Item.Builder> item) {
            Item.Builder b = Item.builder();
            Objects.requireNonNull(item, "item").accept(b);
            return item(b.build());
        }

        /**
         * Adds one whole-issue item per issue id.
         *
         * @param issueIds the issues to exempt
         * @return this builder
         * @throws IllegalArgumentException if an id is {@code null}
         */
        public Builder issueIds(String... issueIds) {
            for (String id : issueIds) {
                item(Item.of(id));
            }
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code type} or {@code reason} is missing, or there are no or more
         *                                  than 100 items
         */
        public BulkCreateExemptionsRequest build() {
            require(Field.TYPE, Field.REASON);
            if (items.isEmpty() || items.size() > MAX_ITEMS) {
                throw checks().violation("items", "must hold 1 to " + MAX_ITEMS + " entries (Harness' limits), had "
                        + items.size() + (items.isEmpty() ? ": add them with .item(...)" : ": split the batch"));
            }
            set(Field.ITEMS, List.copyOf(items));
            return new BulkCreateExemptionsRequest(this);
        }
    }
}
