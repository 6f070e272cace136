package dev.waiver.testkit.qualys;

import dev.waiver.core.AuthenticationException;
import dev.waiver.core.RetryPolicy;
import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import dev.waiver.testkit.QualysExceptionRecord;
import dev.waiver.testkit.TestCredentials;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Auth as Qualys does it, and the test's clock driving every date the fake writes. */
class QualysAuthAndClockTest extends QualysFakeTestSupport {

    @Test
    void aBadPasswordIsRefusedWith2000AndNoRateLimitHeaders() throws Exception {
        try (QualysClient client = QualysClient.builder().baseUrl(fakes.qualys().baseUrl())
                .username(TestCredentials.QUALYS_USERNAME).password("wrong").retryPolicy(RetryPolicy.none()).build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> client.complianceExceptions().list().stream().toList());

            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.vendorCode()).hasValue("2000");
            assertThat(e.vendorMessage()).hasValue("Bad Login/Password");
        }
        HttpResponse<String> raw = post("action=list", true, null);
        assertThat(raw.statusCode()).isEqualTo(401);
        assertThat(raw.body()).contains("<CODE>2000</CODE>");
        assertThat(raw.headers().firstValue("X-RateLimit-Limit")).isEmpty();
    }

    @Test
    void aCallWithoutXRequestedWithIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> raw = post("action=request&control_id=1&host_id=2&policy_id=3&technology_id=4"
                + "&assignee_id=5&comments=c", false, TestCredentials.QUALYS_PASSWORD);

        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.body()).contains("<SIMPLE_RETURN>", "X-Requested-With").doesNotContain("<CODE>");
        assertThat(fakes.qualys().exceptions()).isEmpty();
        assertThat(fakes.qualys().requests()).hasSize(1);
    }

    @Test
    void theClockDrivesCreationModificationHistoryAndExpiry() throws Exception {
        long n = fakes.qualysClient().complianceExceptions().create(r -> r.controlId(1).hostId(2).policyId(3)
                .technologyId(4).assigneeId(5).comments("needed")).firstExceptionNumber();
        fakes.clock().advance(Duration.ofHours(5));
        fakes.qualysClient().complianceExceptions().approve(ExceptionNumbers.of(n), a -> a
                .comments("ok for a day").endDate(LocalDate.of(2026, 3, 3)));

        QualysExceptionRecord stored = fakes.qualys().exception(n).orElseThrow();
        assertThat(stored.createdAt()).isEqualTo(START);
        assertThat(stored.modifiedAt()).isEqualTo(START.plus(Duration.ofHours(5)));
        assertThat(stored.history()).extracting(QualysExceptionRecord.History::insertedAt)
                .containsExactly(START, START.plus(Duration.ofHours(5)));
        assertThat(stored.status()).isEqualTo(ExceptionStatus.APPROVED);

        fakes.clock().advance(Duration.ofDays(1));
        assertThat(fakes.qualys().exception(n)).map(QualysExceptionRecord::status).hasValue(ExceptionStatus.APPROVED);

        fakes.clock().advance(Duration.ofDays(1));
        ComplianceException shown = fakes.qualysClient().complianceExceptions()
                .list(l -> l.status(ExceptionStatus.EXPIRED)).stream().findFirst().orElseThrow();
        assertThat(shown.status()).hasValue(ExceptionStatus.EXPIRED);
        assertThat(shown.active()).hasValue(false);
        assertThat(fakes.qualys().exception(n)).map(QualysExceptionRecord::status).hasValue(ExceptionStatus.EXPIRED);
        assertThat(get("action=list").body()).contains("<DATETIME>2026-03-04T14:30:00Z</DATETIME>");
    }

    @Test
    void theRateLimitWindowSlidesWithTheClock() throws Exception {
        assertThat(get("action=list").headers().firstValue("X-RateLimit-Remaining")).hasValue("299");
        assertThat(get("action=list").headers().firstValue("X-RateLimit-Remaining")).hasValue("298");
        fakes.clock().advance(Duration.ofMinutes(61));
        assertThat(get("action=list").headers().firstValue("X-RateLimit-Remaining")).hasValue("299");
    }

    @Test
    void resetForgetsRecordsAndNumbersFromOneAgain() {
        fakes.qualys().seed().pending(3).create();
        fakes.qualys().user(9, "Someone", "someone");

        fakes.reset();

        assertThat(fakes.qualys().exceptions()).isEmpty();
        assertThat(fakes.qualys().seed().pending(1).create()).extracting(QualysExceptionRecord::number).containsExactly(1L);
    }
}
