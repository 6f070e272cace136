package dev.waiver.qualys.internal;

import dev.waiver.core.Operation;
import dev.waiver.core.http.HttpMethod;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.qualys.CreateExceptionRequest;
import dev.waiver.qualys.DeleteExceptionsRequest;
import dev.waiver.qualys.ListExceptionsRequest;
import dev.waiver.qualys.UpdateExceptionsRequest;
import dev.waiver.qualys.model.ExceptionDetailLevel;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.TagSelector;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns each action's request object into the form-encoded POST Qualys expects, in a fixed
 * parameter order ({@code action} first). Unset parameters are not sent. The transport encodes
 * every value ({@code application/x-www-form-urlencoded}, UTF-8), so spaces, {@code &}, {@code =},
 * {@code :} and non-ASCII text arrive intact.
 *
 * <p>The endpoint is an absolute URL ending in {@code /}: Qualys paths end with a slash, which a
 * path template would lose.
 */
public final class ExceptionForms {

    /** The {@code Accept} header of every call. */
    public static final String ACCEPT = "application/xml, text/xml";

    private final String endpoint;

    /**
     * @param endpoint the absolute URL of the exceptions endpoint, ending in {@code /}
     */
    public ExceptionForms(String endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** @return the endpoint's absolute URL */
    public String endpoint() {
        return endpoint;
    }

    /**
     * @param r the request
     * @return the {@code request} call (the SDK's {@code create}); not idempotent (it creates an exception)
     */
    public TransportRequest create(CreateExceptionRequest r) {
        return post("request", r.echoRequest())
                .formField("control_id", r.controlId())
                .formField("host_id", value(r.hostId()))
                .formField("policy_id", r.policyId())
                .formField("technology_id", r.technologyId())
                .formField("instance_string", r.instanceString().orElse(null))
                .formField("assignee_id", r.assigneeId())
                .formField("comments", r.comments())
                .formField("reopen_on_evidence_change", flag(r.reopenOnEvidenceChange()))
                .formField("tag_set_by", r.tagSetBy().map(b -> b.wireValue()).orElse(null))
                .formField("tag_include_selector", r.tagIncludeSelector().map(TagSelector::wireValue).orElse(null))
                .formField("tag_exclude_selector", r.tagExcludeSelector().map(TagSelector::wireValue).orElse(null))
                .formField("tag_set_include", tags(r.tagSetInclude()))
                .formField("tag_set_exclude", tags(r.tagSetExclude()))
                .idempotent(false)
                .build();
    }

    /**
     * @param r the filters
     * @return the first {@code list} call; idempotent (a read sent as POST)
     */
    public TransportRequest list(ListExceptionsRequest r) {
        return post("list", r.echoRequest())
                .formField("exception_number", value(r.exceptionNumber()))
                .formField("exception_numbers", r.exceptionNumbers().map(ExceptionNumbers::toParameter).orElse(null))
                .formField("exception_number_min", value(r.exceptionNumberMin()))
                .formField("exception_number_max", value(r.exceptionNumberMax()))
                .formField("ip", r.ip().orElse(null))
                .formField("assignee_id", value(r.assigneeId()))
                .formField("network_name", r.networkName().orElse(null))
                .formField("status", r.status().map(s -> s.filterValue()).orElse(null))
                .formField("is_active", flag(r.active()))
                .formField("truncation_limit", value(r.truncationLimit()))
                .formField("control_id", value(r.controlId()))
                .formField("control_statement", r.controlStatement().orElse(null))
                .formField("policy_id", value(r.policyId()))
                .formField("technology_name", r.technologyName().orElse(null))
                .formField("created_by", value(r.createdBy()))
                .formField("modified_by", value(r.modifiedBy()))
                .formField("details", r.details().map(d -> d.wireValue()).orElse(null))
                .formField("created_after_date", date(r.createdAfter()))
                .formField("updated_after_date", date(r.updatedAfter()))
                .formField("expired_before_date", date(r.expiredBefore()))
                .formField("expired_after_date", date(r.expiredAfter()))
                .idempotent(true)
                .build();
    }

    /**
     * @param url a next-batch URL Qualys gave, taken verbatim
     * @return the {@code GET} for it; idempotent
     */
    public TransportRequest next(String url) {
        return TransportRequest.toUrl(Operation.of("qualys", "list"), HttpMethod.GET, url).accept(ACCEPT).idempotent(true).build();
    }

    /**
     * @param numbers the exceptions to update
     * @param r       the changes (approve and reject are updates too)
     * @return the {@code update} call; not idempotent
     */
    public TransportRequest update(ExceptionNumbers numbers, UpdateExceptionsRequest r) {
        String endDate = r.neverExpires() ? "0" : date(r.endDate());
        return post("update", r.echoRequest())
                .formField("exception_numbers", numbers.toParameter())
                .formField("comments", r.comments())
                .formField("reassign_to", value(r.reassignTo()))
                .formField("reopen_on_evidence_change", flag(r.reopenOnEvidenceChange()))
                .formField("status", r.status().map(s -> s.value()).orElse(null))
                .formField("end_date", endDate)
                .idempotent(false)
                .build();
    }

    /**
     * @param numbers the exceptions to delete
     * @param r       the options
     * @return the {@code delete} call; not idempotent
     */
    public TransportRequest delete(ExceptionNumbers numbers, DeleteExceptionsRequest r) {
        return post("delete", r.echoRequest())
                .formField("exception_numbers", numbers.toParameter())
                .idempotent(false)
                .build();
    }

    private TransportRequest.Builder post(String action, Optional<Boolean> echoRequest) {
        return TransportRequest.toUrl(Operation.of("qualys", action), HttpMethod.POST, endpoint)
                .accept(ACCEPT)
                .formField("action", action)
                .formField("echo_request", flag(echoRequest));
    }

    private static String flag(Optional<Boolean> b) {
        return b.map(v -> v ? "1" : "0").orElse(null);
    }

    private static Long value(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    private static Integer value(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    private static String tags(List<String> tags) {
        return tags.isEmpty() ? null : String.join(",", tags);
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(QualysXml::usDate).orElse(null);
    }
}
