package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.core.ApiException;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.ServerException;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest extends WireMockTestBase {

    private static final Map<Integer, Class<? extends ApiException>> EXPECTED = Map.of(
            400, BadRequestException.class,
            401, AuthenticationException.class,
            403, PermissionDeniedException.class,
            404, NotFoundException.class,
            408, ServerTimeoutException.class,
            409, ConflictException.class,
            423, ResourceLockedException.class,
            499, RequestCancelledException.class,
            500, ServerException.class,
            502, ServerException.class);

    private static final Map<String, Consumer<Approvals>> OPERATIONS = Map.of(
            "list", a -> a.list().iterator().hasNext(),
            "create", a -> a.create(r -> r.pipelineExecutionId("e").pipelineStageId("s").workspaceId("w")),
            "get", a -> a.get(ID),
            "update", a -> a.update(ID, r -> r.status(ApprovalStatus.APPROVED)));

    static Stream<Arguments> statusesAndOperations() {
        return EXPECTED.keySet().stream().sorted()
                .flatMap(status -> OPERATIONS.keySet().stream().sorted().map(op -> Arguments.of(status, op)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("statusesAndOperations")
    void everyListedStatusMapsToItsExceptionWithTheGoaFields(int status, String operation) throws Exception {
        String body = fixture("error-" + status + ".json");
        wm.stubFor(any(urlPathMatching("/iacm/.*")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", GOA_ERROR).withHeader("X-Request-Id", "gateway-req-1").withBody(body)));
        JsonNode goa = new ObjectMapper().readTree(body);

        ApiException e = catchThrowableOfType(ApiException.class, () -> OPERATIONS.get(operation).accept(approvals));

        assertThat(e).isExactlyInstanceOf(EXPECTED.get(status));
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.vendorCode()).contains(goa.get("name").asText());
        assertThat(e.vendorMessage()).contains(goa.get("message").asText());
        assertThat(e.requestId()).as("Goa's occurrence id wins over the gateway's header").contains(goa.get("id").asText());
        assertThat(e.error().details()).containsExactly(
                Map.entry("temporary", goa.get("temporary").asText()),
                Map.entry("timeout", goa.get("timeout").asText()),
                Map.entry("fault", goa.get("fault").asText()));
        assertThat(e.error().rawBody()).isEqualTo(body);
        assertThat(e.error().headers().get("content-type")).containsExactly(GOA_ERROR);
        assertThat(e.getMessage()).isEqualTo("HTTP " + status + " [" + goa.get("name").asText() + "]: "
                + goa.get("message").asText() + " (request id " + goa.get("id").asText() + ")");
        assertThat(e.getMessage()).doesNotContain(API_KEY);
    }

    @Test
    void aGoaErrorSentAsPlainJsonIsStillRead() {
        wm.stubFor(any(urlPathMatching("/iacm/.*")).willReturn(aResponse().withStatus(423)
                .withHeader("Content-Type", "application/json").withBody(fixture("error-423.json"))));

        ResourceLockedException e = catchThrowableOfType(ResourceLockedException.class, () -> approvals.get(ID));

        assertThat(e.vendorCode()).contains("locked");
        assertThat(e.vendorMessage()).contains("workspace payments_prod is locked by another run");
        assertThat(e.requestId()).contains("L0ck3dWs");
    }

    @Test
    void aProxyPageFallsBackToTheStatusAndTheGatewayRequestId() {
        wm.stubFor(any(urlPathMatching("/iacm/.*")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withHeader("X-Request-Id", "gateway-req-2")
                .withBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")));

        ServerException e = catchThrowableOfType(ServerException.class, () -> approvals.get(ID));

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.vendorCode()).isEmpty();
        assertThat(e.vendorMessage()).isEmpty();
        assertThat(e.requestId()).contains("gateway-req-2");
        assertThat(e.error().details()).isEmpty();
        assertThat(e.getMessage()).contains("HTTP 502").contains("502 Bad Gateway").contains("gateway-req-2");
    }

    @Test
    void anEmptyErrorBodyStillGivesTheTypedException() {
        wm.stubFor(any(urlPathMatching("/iacm/.*")).willReturn(aResponse().withStatus(499)));

        RequestCancelledException e = catchThrowableOfType(RequestCancelledException.class, () -> approvals.get(ID));

        assertThat(e.statusCode()).isEqualTo(499);
        assertThat(e.vendorCode()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("HTTP 499");
    }

    @Test
    void aGoaErrorWithoutIdKeepsTheGatewayRequestId() {
        wm.stubFor(any(urlPathMatching("/iacm/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", GOA_ERROR).withHeader("X-Request-Id", "gateway-req-3")
                .withBody("{\"name\":\"not_found\",\"message\":\"approval not found\"}")));

        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> approvals.get(ID));

        assertThat(e.vendorCode()).contains("not_found");
        assertThat(e.requestId()).contains("gateway-req-3");
        assertThat(e.error().details()).isEmpty();
    }

    @Test
    void aJsonBodyThatIsNotAGoaErrorFallsBackToTheStatus() {
        wm.stubFor(any(urlPathMatching("/iacm/.*")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"ACCESS_DENIED\"}")));

        PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class, () -> approvals.get(ID));

        assertThat(e.vendorCode()).isEmpty();
        assertThat(e.getMessage()).contains("(unrecognised error body)").contains("ACCESS_DENIED");
    }

    @Test
    void readsAreRetriedOnTheRetryableStatusesOnly() {
        for (int status : List.of(408, 502)) {
            wm.resetAll();
            wm.stubFor(any(urlPathMatching("/iacm/.*")).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", GOA_ERROR).withBody(fixture("error-" + status + ".json"))));
            catchThrowableOfType(ApiException.class, () -> approvals.get(ID));
            wm.verify(3, getRequestedFor(urlPathMatching("/iacm/.*")));
        }
        for (int status : List.of(423, 499, 500)) {
            wm.resetAll();
            wm.stubFor(any(urlPathMatching("/iacm/.*")).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", GOA_ERROR).withBody(fixture("error-" + status + ".json"))));
            catchThrowableOfType(ApiException.class, () -> approvals.get(ID));
            wm.verify(1, getRequestedFor(urlPathMatching("/iacm/.*")));
        }
    }
}
