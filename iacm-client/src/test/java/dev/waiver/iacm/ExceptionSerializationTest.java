package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.waiver.core.ApiException;
import dev.waiver.core.Operation;
import dev.waiver.core.testing.Serialization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IaCM's own exception types, produced by real calls, survive Java serialization whole. */
class ExceptionSerializationTest extends WireMockTestBase {

    @ParameterizedTest(name = "HTTP {0} on {1}: {2}")
    @CsvSource({
            "408, get,    ServerTimeoutException,    showApproval,   timeout,           R8vT2nQw, 3, true",
            "408, create, ServerTimeoutException,    createApproval, timeout,           R8vT2nQw, 1, false",
            "423, get,    ResourceLockedException,   showApproval,   locked,            L0ck3dWs, 1, false",
            "423, create, ResourceLockedException,   createApproval, locked,            L0ck3dWs, 1, false",
            "499, get,    RequestCancelledException, showApproval,   context_cancelled, Cx1nC3ld, 1, false",
            "499, create, RequestCancelledException, createApproval, context_cancelled, Cx1nC3ld, 1, false",
    })
    void iacmExceptionsSurviveSerialization(int status, String call, String type, String operation, String code,
                                            String requestId, int attempts, boolean retryable) {
        String body = fixture("error-" + status + ".json");
        wm.stubFor(any(urlPathMatching("/iacm/.*")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", GOA_ERROR).withBody(body)));

        ApiException sent = catchThrowableOfType(ApiException.class, () -> {
            if (call.equals("get")) {
                approvals.get(ID);
            } else {
                approvals.create(r -> r.pipelineExecutionId("e").pipelineStageId("s").workspaceId("w"));
            }
        });
        ApiException received = Serialization.roundTrip(sent);

        assertThat(received.getClass().getSimpleName()).isEqualTo(type);
        assertThat(received.getClass()).isEqualTo(sent.getClass());
        assertThat(received.statusCode()).isEqualTo(status);
        assertThat(received.vendorCode()).contains(code);
        assertThat(received.vendorMessage()).isEqualTo(sent.vendorMessage()).isPresent();
        assertThat(received.requestId()).contains(requestId);
        assertThat(received.getMessage()).isEqualTo(sent.getMessage()).contains(code).contains(requestId);
        assertThat(received.operation()).contains(Operation.of("iacm", operation));
        assertThat(received.attempts()).isEqualTo(attempts);
        assertThat(received.isRetryable()).isEqualTo(retryable);
        assertThat(received.error().details()).isEqualTo(sent.error().details());
        assertThat(received.toString() + Serialization.stackTrace(received)).doesNotContain(API_KEY);
        wm.verify(attempts, anyRequestedFor(urlPathMatching("/iacm/.*")));
    }
}
