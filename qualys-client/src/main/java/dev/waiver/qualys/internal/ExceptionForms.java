package dev.waiver.qualys.internal;

import dev.waiver.core.Operation;
import dev.waiver.core.http.HttpMethod;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.qualys.ExceptionDeleteRequest;
import dev.waiver.qualys.ExceptionListRequest;
import dev.waiver.qualys.ExceptionRequest;
import dev.waiver.qualys.ExceptionUpdateRequest;
import dev.waiver.qualys.model.ExceptionDetailLevel;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import dev.waiver.qualys.model.TagSelector;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
     * @return the {@code request} call; not idempotent (it creates an exception)
     */
    public TransportRequest request(ExceptionRequest r) {
        return post("request", r.echoRequest())
                .formField("control_id", r.controlId())
                .formField("host_id", r.hostId())
                .formField("policy_id", r.policyId())
                .formField("technology_id", r.technologyId())
                .formField("instance_string", r.instanceString())
                .formField("assignee_id", r.assigneeId())
                .formField("comments", r.comments())
                .formField("reopen_on_evidence_change", flag(r.reopenOnEvidenceChange()))
                .formField("tag_set_by", r.tagSetBy() == null ? null : r.tagSetBy().wireValue())
                .formField("tag_include_selector", selector(r.tagIncludeSelector()))
                .formField("tag_exclude_selector", selector(r.tagExcludeSelector()))
                .formField("tag_set_include", tags(r.tagSetInclude()))
                .formField("tag_set_exclude", tags(r.tagSetExclude()))
                .idempotent(false)
                .build();
    }

    /**
     * @param r the filters
     * @return the first {@code list} call; idempotent (a read sent as POST)
     */
    public TransportRequest list(ExceptionListRequest r) {
        return post("list", r.echoRequest())
                .formField("exception_number", r.exceptionNumber())
                .formField("exception_numbers", numbers(r.exceptionNumbers()))
                .formField("exception_number_min", r.exceptionNumberMin())
                .formField("exception_number_max", r.exceptionNumberMax())
                .formField("ip", r.ip())
                .formField("assignee_id", r.assigneeId())
                .formField("network_name", r.networkName())
                .formField("status", r.status() == null ? null : r.status().filterValue())
                .formField("is_active", flag(r.active()))
                .formField("truncation_limit", r.truncationLimit())
                .formField("control_id", r.controlId())
                .formField("control_statement", r.controlStatement())
                .formField("policy_id", r.policyId())
                .formField("technology_name", r.technologyName())
                .formField("created_by", r.createdBy())
                .formField("modified_by", r.modifiedBy())
                .formField("details", detail(r.details()))
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
     * @param r the request
     * @return the {@code update} call; not idempotent
     */
    public TransportRequest update(ExceptionUpdateRequest r) {
        ExceptionStatus status = r.status();
        String endDate = r.neverExpires() ? "0" : r.endDate().map(ExceptionForms::date).orElse(null);
        return post("update", r.echoRequest())
                .formField("exception_numbers", numbers(r.exceptionNumbers()))
                .formField("comments", r.comments())
                .formField("reassign_to", r.reassignTo())
                .formField("reopen_on_evidence_change", flag(r.reopenOnEvidenceChange()))
                .formField("status", status == null ? null : status.value())
                .formField("end_date", endDate)
                .idempotent(false)
                .build();
    }

    /**
     * @param r the request
     * @return the {@code delete} call; not idempotent
     */
    public TransportRequest delete(ExceptionDeleteRequest r) {
        return post("delete", r.echoRequest())
                .formField("exception_numbers", numbers(r.exceptionNumbers()))
                .idempotent(false)
                .build();
    }

    private TransportRequest.Builder post(String action, Boolean echoRequest) {
        return TransportRequest.toUrl(Operation.of("qualys", action), HttpMethod.POST, endpoint)
                .accept(ACCEPT)
                .formField("action", action)
                .formField("echo_request", flag(echoRequest));
    }

    private static String flag(Boolean b) {
        return b == null ? null : b ? "1" : "0";
    }

    private static String numbers(ExceptionNumbers n) {
        return n == null ? null : n.toParameter();
    }

    private static String selector(TagSelector s) {
        return s == null ? null : s.wireValue();
    }

    private static String tags(List<String> tags) {
        return tags == null ? null : String.join(",", tags);
    }

    private static String detail(ExceptionDetailLevel d) {
        return d == null ? null : d.wireValue();
    }

    private static String date(LocalDate d) {
        return d == null ? null : QualysXml.usDate(d);
    }
}
