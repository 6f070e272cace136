package dev.waiver.testkit.qualys;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.qualys.ComplianceExceptions;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.CreatedExceptions;
import dev.waiver.qualys.model.ExceptionDetailLevel;
import dev.waiver.qualys.model.ExceptionHistoryEntry;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import dev.waiver.testkit.QualysExceptionRecord;
import dev.waiver.testkit.QualysFake;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Qualys operation through the real {@code QualysClient}, against the fake's state. */
class QualysLifecycleTest extends QualysFakeTestSupport {

    @Test
    void requestListApproveListDeleteThroughTheClient() {
        fakes.qualys().user(2449482, "Casey Ito", "acme_ciso")
                .host(3753479, "10.10.10.5", "Default Network")
                .technology(390, "Microsoft SQL Server 2022")
                .policy(1366063, "CIS Benchmark for Microsoft SQL Server 2022")
                .control(16832, "Status of the 'Minimum password length' setting", 5, "URGENT");
        ComplianceExceptions api = fakes.qualysClient().complianceExceptions();

        CreatedExceptions created = api.create(r -> r.controlId(16832).hostId(3753479).policyId(1366063)
                .technologyId(390).instanceString("MSSQL 2022:1:1433:MSSQLSERVER:master").assigneeId(2449482)
                .comments("Legacy app needs 8 characters & <more>").reopenOnEvidenceChange(true));

        assertThat(created).isEqualTo(CreatedExceptions.of(START, "Exception created successfully", ExceptionNumbers.of(1)));
        long number = created.firstExceptionNumber();
        LoggedRequest sent = fakes.qualys().requests().get(0);
        assertThat(sent.getMethod().getName()).isEqualTo("POST");
        assertThat(sent.getUrl()).isEqualTo(PATH);
        assertThat(sent.getHeader("X-Requested-With")).isEqualTo("waiver-java");
        assertThat(sent.getBodyAsString()).startsWith("action=request&control_id=16832&host_id=3753479");

        ComplianceException pending = only(api.list(l -> l.details(ExceptionDetailLevel.ALL)).stream().toList());
        assertThat(pending.exceptionNumber()).isEqualTo(number);
        assertThat(pending.ip()).hasValue("10.10.10.5");
        assertThat(pending.technologyId()).hasValue(390);
        assertThat(pending.technologyName()).hasValue("Microsoft SQL Server 2022");
        assertThat(pending.policyId()).hasValue(1366063);
        assertThat(pending.policyName()).hasValue("CIS Benchmark for Microsoft SQL Server 2022");
        assertThat(pending.controlId()).hasValue(16832);
        assertThat(pending.controlStatement()).hasValue("Status of the 'Minimum password length' setting");
        assertThat(pending.criticalityValue()).hasValue(5);
        assertThat(pending.criticalityLabel()).hasValue("URGENT");
        assertThat(pending.assignee()).hasValue("Casey Ito");
        assertThat(pending.status()).hasValue(ExceptionStatus.PENDING);
        assertThat(pending.active()).hasValue(true);
        assertThat(pending.reopenOnEvidenceChange()).hasValue(true);
        assertThat(pending.expiresAt()).isEmpty();
        assertThat(pending.modifiedAt()).hasValue(START);
        assertThat(pending.history()).containsExactly(ExceptionHistoryEntry.of("Waiver Testkit (waiver_tk)",
                "Legacy app needs 8 characters & <more>", START));
        assertThat(pending.additionalFields()).isEmpty();

        Instant later = START.plus(Duration.ofHours(3));
        fakes.clock().set(later);
        BatchResult approved = api.approve(created.exceptionNumbers(), a -> a.comments("Approved until retirement")
                .endDate(LocalDate.of(2026, 12, 31)));
        assertThat(approved).isEqualTo(BatchResult.of(later, List.of(
                BatchResult.Batch.of("Successfully Updated", null, ExceptionNumbers.of(number)))));
        assertThat(fakes.qualys().requests().get(2).getBodyAsString()).contains("status=Approved", "end_date=12%2F31%2F2026");

        ComplianceException shown = only(api.list(l -> l.details(ExceptionDetailLevel.ALL).status(ExceptionStatus.APPROVED))
                .stream().toList());
        assertThat(shown.status()).hasValue(ExceptionStatus.APPROVED);
        assertThat(shown.expiresAt()).hasValue(Instant.parse("2026-12-31T00:00:00Z"));
        assertThat(shown.modifiedAt()).hasValue(later);
        assertThat(shown.history()).extracting(ExceptionHistoryEntry::comment)
                .containsExactly("Legacy app needs 8 characters & <more>", "Approved until retirement");
        assertThat(shown.history().get(1).insertedAt()).hasValue(later);
        assertThat(fakes.qualys().exception(number)).map(QualysExceptionRecord::endDate).hasValue(LocalDate.of(2026, 12, 31));

        BatchResult deleted = api.delete(ExceptionNumbers.of(number));
        assertThat(deleted.text()).isEqualTo("Exception(s) deleted successfully");
        assertThat(deleted.batches().get(0).numbers()).contains(ExceptionNumbers.of(number));
        assertThat(api.list().stream().toList()).isEmpty();
        assertThat(fakes.qualys().exceptions()).isEmpty();
        assertThat(fakes.qualys().requests()).hasSize(6);
    }

    @Test
    void updateAndDeleteReportNumbersThatDoNotExistInAFailedBatch() {
        fakes.qualys().seed().pending(3).create();
        ComplianceExceptions api = fakes.qualysClient().complianceExceptions();

        BatchResult result = api.update(ExceptionNumbers.parse("2-5"), u -> u.comments("reassign")
                .reassignTo(77));

        assertThat(result.batches()).hasSize(2);
        assertThat(result.batches().get(0).numbers()).contains(ExceptionNumbers.range(2, 3));
        assertThat(result.failedBatches()).singleElement().satisfies(b -> {
            assertThat(b.code()).contains("1905");
            assertThat(b.numbers()).contains(ExceptionNumbers.range(4, 5));
        });
        assertThat(fakes.qualys().exceptions()).extracting(QualysExceptionRecord::assigneeId)
                .containsExactly(QualysFake.DEFAULT_USER_ID, 77L, 77L);
        assertThat(fakes.qualys().exceptions()).extracting(r -> r.history().size()).containsExactly(1, 2, 2);

        BatchResult deleted = api.delete(ExceptionNumbers.parse("1,3,9"));
        assertThat(deleted.batches().get(0).numbers()).contains(ExceptionNumbers.parse("1,3"));
        assertThat(deleted.failedBatches()).singleElement().extracting(BatchResult.Batch::numbers)
                .isEqualTo(Optional.of(ExceptionNumbers.of(9)));
        assertThat(fakes.qualys().exceptions()).extracting(QualysExceptionRecord::number).containsExactly(2L);
    }

    @Test
    void neverExpiringApprovalShowsNoExpirationDate() {
        long n = fakes.qualys().seed().pending(1).create().get(0).number();

        fakes.qualysClient().complianceExceptions().approve(ExceptionNumbers.of(n), a -> a
                .comments("for good").neverExpires());

        assertThat(fakes.qualys().requests().get(0).getBodyAsString())
                .isEqualTo("action=update&exception_numbers=" + n + "&comments=for+good&status=Approved&end_date=0");
        ComplianceException e = only(fakes.qualysClient().complianceExceptions().list().stream().toList());
        assertThat(e.status()).hasValue(ExceptionStatus.APPROVED);
        assertThat(e.expiresAt()).isEmpty();
    }

    @Test
    void rejectSetsTheStatusAndKeepsTheCommentInTheHistory() {
        fakes.qualys().seed().pending(2).create();
        ComplianceExceptions api = fakes.qualysClient().complianceExceptions();

        BatchResult rejected = api.reject(ExceptionNumbers.of(2), r -> r.comments("no compensating control"));

        assertThat(rejected.failedBatches()).isEmpty();
        assertThat(rejected.batches()).containsExactly(
                BatchResult.Batch.of("Successfully Updated", null, ExceptionNumbers.of(2)));
        assertThat(fakes.qualys().requests().get(0).getBodyAsString())
                .isEqualTo("action=update&exception_numbers=2&comments=no+compensating+control&status=Rejected");
        assertThat(fakes.qualys().exceptions()).extracting(QualysExceptionRecord::status)
                .containsExactly(ExceptionStatus.PENDING, ExceptionStatus.REJECTED);
        assertThat(fakes.qualys().exception(2).orElseThrow().history()).extracting(QualysExceptionRecord.History::comment)
                .endsWith("no compensating control");
    }

    @Test
    void statusCasingIsCapitalisedInUpdateAndLowerCaseInListFilters() throws Exception {
        fakes.qualys().seed().pending(1).create();

        HttpResponse<String> lowerInUpdate = post("action=update&exception_numbers=1&comments=x&status=approved");
        HttpResponse<String> capitalInList = post("action=list&status=Pending");
        HttpResponse<String> lowerInList = post("action=list&status=pending&details=None");

        assertThat(lowerInUpdate.statusCode()).isEqualTo(400);
        assertThat(lowerInUpdate.body()).contains("<CODE>1905</CODE>", "status");
        assertThat(capitalInList.statusCode()).isEqualTo(400);
        assertThat(capitalInList.body()).contains("<CODE>1905</CODE>");
        assertThat(lowerInList.statusCode()).isEqualTo(200);
        assertThat(lowerInList.body()).contains("<EXCEPTION_NUMBER>1</EXCEPTION_NUMBER>").doesNotContain("<STATUS>");
        assertThat(fakes.qualys().exception(1)).map(QualysExceptionRecord::status).hasValue(ExceptionStatus.PENDING);
    }

    @Test
    void theLastValueOfARepeatedParameterWinsAndUnknownOnesAreRefused() throws Exception {
        fakes.qualys().seed().pending(3).create();

        HttpResponse<String> repeated = post("action=list&details=All&exception_number=1&exception_number=3&details=None");
        HttpResponse<String> unknown = post("action=list&colour=blue");
        HttpResponse<String> missing = post("action=request&control_id=1&host_id=2");
        HttpResponse<String> badAction = post("action=approve");
        HttpResponse<String> getUpdate = get("action=delete&exception_numbers=1");

        assertThat(repeated.body()).contains("<EXCEPTION_NUMBER>3</EXCEPTION_NUMBER>")
                .doesNotContain("<EXCEPTION_NUMBER>1</EXCEPTION_NUMBER>", "<HOST>");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("<CODE>1901</CODE>", "Unrecognized parameter(s): colour");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("<CODE>1903</CODE>",
                "Missing required parameter(s): policy_id,technology_id,assignee_id,comments");
        assertThat(badAction.body()).contains("<CODE>1905</CODE>");
        assertThat(getUpdate.body()).contains("<CODE>1908</CODE>");
        assertThat(fakes.qualys().exceptions()).hasSize(3);
    }

    @Test
    void answersCarryTheDoctypeAndTheRateLimitHeaders() throws Exception {
        HttpResponse<String> answer = post("action=request&control_id=1113&host_id=2&policy_id=3&technology_id=45"
                + "&assignee_id=1001&comments=c&echo_request=1");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/xml;charset=UTF-8");
        assertThat(answer.headers().firstValue("X-RateLimit-Limit")).hasValue("300");
        assertThat(answer.headers().firstValue("X-RateLimit-Remaining")).hasValue("299");
        assertThat(answer.headers().firstValue("X-Concurrency-Limit-Running")).hasValue("1");
        assertThat(answer.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<!DOCTYPE SIMPLE_RETURN SYSTEM \""
                + fakes.qualys().baseUrl() + "/api/2.0/simple_return.dtd\">")
                .contains("<REQUEST>", "<USER_LOGIN>waiver_tk</USER_LOGIN>", "<KEY>echo_request</KEY>",
                        "<TEXT>Exception created successfully</TEXT>", "<KEY>EXCEPTION_NUMBER</KEY>", "<VALUE>1</VALUE>");
    }

    private static ComplianceException only(List<ComplianceException> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
