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

        BatchResult result = client().complianceExceptions().update(
                ExceptionNumbers.builder().add(12).addRange(289, 292).build(), u -> u
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
        assertUpdated(result);
    }

    /** The answer of update-batch.xml, every field. */
    private static void assertUpdated(BatchResult result) {
        assertThat(result.datetime()).contains(Instant.parse("2025-11-03T09:12:44Z"));
        assertThat(result.text()).isEqualTo("Successfully Updated");
        assertThat(result.batches()).containsExactly(BatchResult.Batch.of("Successfully Updated", null,
                ExceptionNumbers.builder().add(12).addRange(289, 292).build()));
        assertThat(result.batches().get(0).code()).isEmpty();
        assertThat(result.batches().get(0).failed()).isFalse();
        assertThat(result.failedBatches()).isEmpty();
        assertThat(result).isEqualTo(BatchResult.of(Instant.parse("2025-11-03T09:12:44Z"), result.batches()))
                .hasSameHashCodeAs(BatchResult.of(Instant.parse("2025-11-03T09:12:44Z"), result.batches()));
        assertThat(result.toString()).contains("Successfully Updated", "12,289-292");
    }

    @Test
    void updateWithNeverExpiresSendsZeroAndOnlyTheRequiredOtherwise() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "update-batch.xml")));

        client().complianceExceptions().update(ExceptionNumbers.of(5), UpdateExceptionsRequest.builder()
                .comments("forever").endDate(LocalDate.of(2026, 1, 1)).neverExpires().build());
        client().complianceExceptions().update(ExceptionNumbers.range(1, 3), u -> u.comments("c")
                .status(ExceptionStatus.REJECTED).reopenOnEvidenceChange(false));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=update&exception_numbers=5&comments=forever&end_date=0")));
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=update&exception_numbers=1-3&comments=c&reopen_on_evidence_change=0&status=Rejected")));
    }

    @Test
    void updateRulesAreEnforcedBeforeSending() {
        assertThatThrownBy(() -> client().complianceExceptions().update(ExceptionNumbers.of(1), u -> u.reassignTo(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UpdateExceptionsRequest.comments is required: set .comments(...)");
        assertThatThrownBy(() -> client().complianceExceptions().update(ExceptionNumbers.of(1), u -> u.comments(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UpdateExceptionsRequest.comments must not be blank: leave it unset instead");
        assertThatThrownBy(() -> client().complianceExceptions().update(ExceptionNumbers.of(1), u -> u
                .comments("c").status(ExceptionStatus.EXPIRED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UpdateExceptionsRequest.status must be Pending, Approved or Rejected, was Expired "
                        + "(Qualys sets Expired itself)");
        assertThatThrownBy(() -> client().complianceExceptions().update(null, u -> u.comments("c")))
                .isInstanceOf(NullPointerException.class).hasMessage("numbers");
        assertThat(requestCount()).isZero();
    }

    @Test
    void updateRequestIsAValueWithACopyingBuilder() {
        UpdateExceptionsRequest request = UpdateExceptionsRequest.builder().comments("c").reassignTo(7)
                .status(ExceptionStatus.PENDING).endDate(LocalDate.of(2026, 5, 1)).build();

        assertThat(request.comments()).isEqualTo("c");
        assertThat(request.reassignTo()).hasValue(7);
        assertThat(request.status()).contains(ExceptionStatus.PENDING);
        assertThat(request.endDate()).contains(LocalDate.of(2026, 5, 1));
        assertThat(request.neverExpires()).isFalse();
        assertThat(request.reopenOnEvidenceChange()).isEmpty();
        assertThat(request.echoRequest()).isEmpty();
        assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request)
                .hasToString(request.toString());
        UpdateExceptionsRequest forever = request.toBuilder().neverExpires().status(null).build();
        assertThat(forever.neverExpires()).isTrue();
        assertThat(forever.endDate()).isEmpty();
        assertThat(forever.status()).isEmpty();
        assertThat(forever).isNotEqualTo(request);
        assertThat(request.toString()).isEqualTo("UpdateExceptionsRequest{comments=c, reassignTo=7, "
                + "reopenOnEvidenceChange=null, status=Pending, endDate=2026-05-01, neverExpires=false, echoRequest=null}");
    }

    @Test
    void approveSendsAnUpdateWithStatusApprovedCommentsAndEndDate() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "update-batch.xml")));

        BatchResult result = client().complianceExceptions().approve(ExceptionNumbers.parse("12,289-292"),
                a -> a.comments("CAB #12: accepted & signed").endDate(LocalDate.of(2026, 3, 31)));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java"))
                .withHeader("Content-Type", containing(FORM))
                .withRequestBody(equalTo("action=update&exception_numbers=12%2C289-292"
                        + "&comments=CAB+%2312%3A+accepted+%26+signed&status=Approved&end_date=03%2F31%2F2026")));
        assertUpdated(result);
    }

    @Test
    void approveForeverAndWithoutAnEndDate() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "update-batch.xml")));

        ApproveExceptionsRequest forever = ApproveExceptionsRequest.builder().comments("permanent")
                .endDate(LocalDate.of(2026, 1, 1)).neverExpires().build();
        client().complianceExceptions().approve(ExceptionNumbers.of(5), forever);
        client().complianceExceptions().approve(ExceptionNumbers.of(6), a -> a.comments("keep the date"));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=update&exception_numbers=5&comments=permanent&status=Approved&end_date=0")));
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=update&exception_numbers=6&comments=keep+the+date&status=Approved")));

        assertThat(forever.comments()).isEqualTo("permanent");
        assertThat(forever.neverExpires()).isTrue();
        assertThat(forever.endDate()).isEmpty();
        assertThat(forever.toBuilder().build()).isEqualTo(forever).hasSameHashCodeAs(forever).hasToString(forever.toString());
        ApproveExceptionsRequest dated = forever.toBuilder().endDate(LocalDate.of(2027, 2, 3)).build();
        assertThat(dated.neverExpires()).isFalse();
        assertThat(dated.endDate()).contains(LocalDate.of(2027, 2, 3));
        assertThat(dated).isNotEqualTo(forever);
        assertThat(dated).hasToString("ApproveExceptionsRequest{comments=permanent, endDate=2027-02-03, neverExpires=false}");
        assertThat(forever).hasToString("ApproveExceptionsRequest{comments=permanent, endDate=null, neverExpires=true}");
    }

    @Test
    void rejectSendsAnUpdateWithStatusRejectedAndTheComments() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "update-batch.xml")));

        BatchResult result = client().complianceExceptions().reject(ExceptionNumbers.parse("12,289-292"),
                r -> r.comments("no compensating control"));
        RejectExceptionsRequest again = RejectExceptionsRequest.builder().comments("again").build();
        client().complianceExceptions().reject(ExceptionNumbers.of(7), again);

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java"))
                .withRequestBody(equalTo("action=update&exception_numbers=12%2C289-292"
                        + "&comments=no+compensating+control&status=Rejected")));
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=update&exception_numbers=7&comments=again&status=Rejected")));
        assertUpdated(result);
        assertThat(again.comments()).isEqualTo("again");
        assertThat(again.toBuilder().build()).isEqualTo(again).hasSameHashCodeAs(again);
        assertThat(again.toBuilder().comments("other").build()).isNotEqualTo(again);
        assertThat(again).hasToString("RejectExceptionsRequest{comments=again}");
    }

    @Test
    void approveAndRejectRefuseBadInputBeforeSending() {
        assertThatThrownBy(() -> client().complianceExceptions().approve(ExceptionNumbers.of(1),
                a -> a.endDate(LocalDate.of(2026, 3, 31))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ApproveExceptionsRequest.comments is required: set .comments(...)");
        assertThatThrownBy(() -> client().complianceExceptions().approve(ExceptionNumbers.of(1), a -> a.comments(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ApproveExceptionsRequest.comments must not be blank: leave it unset instead");
        assertThatThrownBy(() -> client().complianceExceptions().reject(ExceptionNumbers.of(1), r -> r.comments(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RejectExceptionsRequest.comments is required: set .comments(...)");
        assertThatThrownBy(() -> client().complianceExceptions().reject(null, r -> r.comments("c")))
                .isInstanceOf(NullPointerException.class).hasMessage("numbers");
        assertThatThrownBy(() -> client().complianceExceptions().approve(ExceptionNumbers.of(1),
                (ApproveExceptionsRequest) null)).isInstanceOf(NullPointerException.class).hasMessage("request");
        assertThat(requestCount()).isZero();
    }

    @Test
    void approveAndRejectAreNotRetriedAfterAServerErrorAndReadErrorsInA200() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> client().complianceExceptions().approve(ExceptionNumbers.of(1), a -> a.comments("c")))
                .isInstanceOf(ServerException.class);
        assertThatThrownBy(() -> client().complianceExceptions().reject(ExceptionNumbers.of(1), r -> r.comments("c")))
                .isInstanceOf(ServerException.class);
        assertThat(requestCount()).isEqualTo(2);

        wm.resetAll();
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(200, simpleReturnError("1905",
                "parameter exception_numbers has invalid value"))));
        assertThatThrownBy(() -> client().complianceExceptions().approve(ExceptionNumbers.of(1), a -> a.comments("c")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.vendorCode()).contains("1905"));
    }

    @Test
    void deleteSendsTheNumberSetAndReturnsEveryBatchIncludingAFailedOne() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(fixture("delete-batch.xml"))));

        BatchResult result = client().complianceExceptions().delete(ExceptionNumbers.parse("40-41, 77,78"));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalTo("action=delete&exception_numbers=40-41%2C77%2C78")));
        assertThat(result.datetime()).contains(Instant.parse("2025-11-03T09:15:02Z"));
        assertThat(result.text()).isEqualTo("Exception(s) deleted successfully");
        assertThat(result.batches()).containsExactly(
                BatchResult.Batch.of("Exception(s) deleted successfully", null,
                        ExceptionNumbers.builder().addRange(40, 41).add(77).build()),
                BatchResult.Batch.of("Exception number(s) not found", "1905", ExceptionNumbers.of(78)));
        assertThat(result.failedBatches()).containsExactly(result.batches().get(1));
        assertThat(result.batches().get(1).failed()).isTrue();
        assertThat(result.batches().get(1).code()).contains("1905");
        assertThat(result.batches().get(0).numbers()).hasValueSatisfying(n -> assertThat(n.count()).isEqualTo(3));
    }

    @Test
    void deleteWithOptionsWithEcho() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "delete-batch.xml")));
        client().complianceExceptions().delete(ExceptionNumbers.of(9, 10), d -> d.echoRequest(true));
        DeleteExceptionsRequest quiet = DeleteExceptionsRequest.builder().echoRequest(false).build();
        client().complianceExceptions().delete(ExceptionNumbers.of(11), quiet);
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=delete&echo_request=1&exception_numbers=9%2C10")));
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=delete&echo_request=0&exception_numbers=11")));
        assertThatThrownBy(() -> client().complianceExceptions().delete(null, d -> d.echoRequest(true)))
                .isInstanceOf(NullPointerException.class).hasMessage("numbers");
        assertThat(requestCount()).isEqualTo(2);
        assertThat(quiet.echoRequest()).contains(false);
        assertThat(quiet.toBuilder().build()).isEqualTo(quiet).hasSameHashCodeAs(quiet);
        assertThat(quiet).hasToString("DeleteExceptionsRequest{echoRequest=false}");
    }

    @Test
    void deleteAndUpdateAreNotRetriedAfterAServerError() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                .isInstanceOf(ServerException.class);
        assertThatThrownBy(() -> client().complianceExceptions().update(ExceptionNumbers.of(1), u -> u.comments("c")))
                .isInstanceOf(ServerException.class);
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
