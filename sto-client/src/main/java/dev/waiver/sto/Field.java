package dev.waiver.sto;

/**
 * One field of a request, as its builder method spells it. The requests of this package keep their
 * values by field, so that equality, hashing, printing and {@code toBuilder()} are written once.
 *
 * @param <T> the field's value type
 */
final class Field<T> {

    static final Field<HarnessScope> SCOPE = new Field<>("scope");
    static final Field<String> ORG_ID = new Field<>("orgId");
    static final Field<String> PROJECT_ID = new Field<>("projectId");

    static final Field<String> ISSUE_ID = new Field<>("issueId");
    static final Field<dev.waiver.sto.model.ExemptionType> TYPE = new Field<>("type");
    static final Field<String> REASON = new Field<>("reason");
    static final Field<String> REQUESTER_ID = new Field<>("requesterId");
    static final Field<String> REQUESTER_NAME = new Field<>("requesterName");
    static final Field<String> REQUESTER_EMAIL = new Field<>("requesterEmail");
    static final Field<Long> DURATION_DAYS = new Field<>("durationDays");
    static final Field<java.time.Instant> EXPIRATION = new Field<>("expiration");
    static final Field<String> LINK = new Field<>("link");
    static final Field<Boolean> EXEMPT_FUTURE_OCCURRENCES = new Field<>("exemptFutureOccurrences");
    static final Field<java.util.List<Long>> OCCURRENCES = new Field<>("occurrences");
    static final Field<String> PIPELINE_ID = new Field<>("pipelineId");
    static final Field<String> TARGET_ID = new Field<>("targetId");
    static final Field<String> SCAN_ID = new Field<>("scanId");
    static final Field<String> SEARCH = new Field<>("search");

    static final Field<java.util.List<BulkCreateExemptionsRequest.Item>> ITEMS = new Field<>("items");

    static final Field<String> EXECUTION_ID = new Field<>("executionId");
    static final Field<Boolean> IGNORE_SCOPE = new Field<>("ignoreScope");
    static final Field<Integer> PAGE_SIZE = new Field<>("pageSize");
    static final Field<Integer> FIRST_PAGE = new Field<>("firstPage");

    static final Field<String> COMMENT = new Field<>("comment");
    static final Field<Long> DURATION_DAYS_OVERRIDE = new Field<>("durationDaysOverride");
    static final Field<String> APPROVER_ID = new Field<>("approverId");

    private final String name;

    private Field(String name) {
        this.name = name;
    }

    /** @return the field's name, as the builder method that sets it */
    String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
