package dev.waiver.qualys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.BadRequestException;
import dev.waiver.core.ServerException;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UpdateDeleteActionTest extends QualysTestSupport {

    @Test
    void updateSendsEveryParameterAndReturnsTheBatch() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "update-batch.xml")));

        BatchResult result = client().complianceExceptions().update(u -> u
                .exceptionNumbers(ExceptionNumbers.builder().add(12).addRange(289, 292).build())
                .comments("Approved by CAB #12: see https://wiki/x?y=1&z=2")
                .reassignTo(996765)
                .reopenOnEvidenceChange(true)
                .status(ExceptionStatus.APPROVED)
                .endDate(LocalDate.of(2026, 3, 9))
                .echoRequest(true));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java"))
                .withHeader("Content-Type", containing(FORM))
                .withRequestBody(equalTo("action=update&echo_request=1&exception_numbers=12%2C289-292"
                        + "&comments=Approved+by+CAB+%2312%3A+see+https%3A%2F%2Fwiki%2Fx%3Fy%3D1%26z%3D2"
                        + "&reassign_to=996765&reopen_on_evidence_change=1&status=Approved&end_date=03%2F09%2F2026")));
        assertThat(result.datetime()).isEqualTo(Instant.parse("2025-11-03T09:12:44Z"));
        assertThat(result.text()).isEqualTo("Successfully Updated");
        assertThat(result.batches()).containsExactly(new BatchResult.Batch("Successfully Updated", null,
                ExceptionNumbers.builder().add(12).addRange(289, 292).build()));
        assertThat(result.failedBatches()).isEmpty();
    }

    @Test
    void updateWithNeverExpiresSendsZeroAndOnlyTheRequiredOtherwise() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "update-batch.xml")));

        client().complianceExceptions().update(ExceptionUpdateRequest.builder().exceptionNumbers(ExceptionNumbers.of(5))
                .comments("forever").endDate(LocalDate.of(2026, 1, 1)).neverExpires().build());
        client().complianceExceptions().update(u -> u.exceptionNumbers(ExceptionNumbers.range(1, 3)).comments("c")
                .status(ExceptionStatus.REJECTED).reopenOnEvidenceChange(false));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=update&exception_numbers=5&comments=forever&end_date=0")));
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=update&exception_numbers=1-3&comments=c&reopen_on_evidence_change=0&status=Rejected")));
    }

    @Test
    void updateRulesAreEnforcedBeforeSending() {
        assertThatThrownBy(() -> client().complianceExceptions().update(u -> u.comments("c")))
                .isInstanceOf(IllegalStateException.class).hasMessage("exceptionNumbers is required: call .exceptionNumbers(...)");
        assertThatThrownBy(() -> client().complianceExceptions().update(u -> u.exceptionNumbers(ExceptionNumbers.of(1))))
                .isInstanceOf(IllegalStateException.class).hasMessage("comments is required: call .comments(...)");
        assertThatThrownBy(() -> client().complianceExceptions().update(u -> u.exceptionNumbers(ExceptionNumbers.of(1))
                .comments("c").status(ExceptionStatus.EXPIRED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be Pending, Approved or Rejected for update, was Expired (Qualys sets Expired itself)");
        assertThatThrownBy(() -> client().complianceExceptions().update(u -> u.exceptionNumbers(ExceptionNumbers.of(1))
                .comments("c").reassignTo(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reassignTo must be positive, was 0");
        assertThat(requestCount()).isZero();
    }

    @Test
    void deleteSendsTheNumberSetAndReturnsEveryBatchIncludingAFailedOne() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(fixture("delete-batch.xml"))));

        BatchResult result = client().complianceExceptions().delete(ExceptionNumbers.parse("40-41, 77,78"));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalTo("action=delete&exception_numbers=40-41%2C77%2C78")));
        assertThat(result.datetime()).isEqualTo(Instant.parse("2025-11-03T09:15:02Z"));
        assertThat(result.text()).isEqualTo("Exception(s) deleted successfully");
        assertThat(result.batches()).containsExactly(
                new BatchResult.Batch("Exception(s) deleted successfully", null,
                        ExceptionNumbers.builder().addRange(40, 41).add(77).build()),
                new BatchResult.Batch("Exception number(s) not found", "1905", ExceptionNumbers.of(78)));
        assertThat(result.failedBatches()).extracting(BatchResult.Batch::code).containsExactly("1905");
        assertThat(result.batches().get(1).codeIfFailed()).contains("1905");
        assertThat(result.batches().get(0).numbersIfListed()).hasValueSatisfying(n -> assertThat(n.count()).isEqualTo(3));
    }

    @Test
    void deleteByBuilderWithEcho() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "delete-batch.xml")));
        client().complianceExceptions().delete(d -> d.exceptionNumbers(ExceptionNumbers.of(9, 10)).echoRequest(true));
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=delete&echo_request=1&exception_numbers=9%2C10")));
        assertThatThrownBy(() -> client().complianceExceptions().delete(d -> d.echoRequest(true)))
                .isInstanceOf(IllegalStateException.class).hasMessage("exceptionNumbers is required: call .exceptionNumbers(...)");
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void deleteAndUpdateAreNotRetriedAfterAServerError() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                .isInstanceOf(ServerException.class);
        assertThatThrownBy(() -> client().complianceExceptions().update(u -> u.exceptionNumbers(ExceptionNumbers.of(1))
                .comments("c"))).isInstanceOf(ServerException.class);
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void aSimpleReturnErrorToADeleteIsTyped() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(400, simpleReturnError("1905",
                "parameter exception_numbers has invalid value: abc"))));
        assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.vendorCode()).contains("1905");
                    assertThat(e.getMessage()).isEqualTo("HTTP 400 [1905]: parameter exception_numbers has invalid value: abc");
                });
    }
}
