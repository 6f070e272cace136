package dev.waiver.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker itself: hand-made requests on the wire that break one rule each must be reported,
 * naming the rule; the ones that keep every rule must not.
 */
class WireContractTest extends RequestContractSupport {

    private static final String KEY = "pat.contract.test";
    private static final String HAR_CREATE = "/har/api/v3/scans/exceptions?account_identifier=Abc123_-xyzABC123_-xyz";
    private static final String HAR_BODY = "{\"registryId\":\"3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b\",\"packageName\":\"lodash\","
            + "\"businessJustification\":\"Needed\"";
    private static final String IACM_ONE = "/iacm/api/orgs/default/projects/payments/approvals/6f66d9a7-9f45-40f2-8af5-6516000d8b98";

    @Override
    HarnessApi api() {
        return HarnessApi.HAR;
    }

    private static LoggedRequest send(String method, String pathAndQuery, String body, String... headers) {
        answerAll(aResponse().withStatus(200));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(wm.baseUrl() + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<LoggedRequest> all = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        wm.resetRequests();
        return all.get(0);
    }

    private static List<String> harCreate(String body, String... headers) {
        return WireContract.requestViolations(HarnessApi.HAR, "POST", "/har/api/v3/scans/exceptions",
                send("POST", HAR_CREATE, body, headers));
    }

    @Test
    void aConformingRequestHasNoViolation() {
        assertThat(harCreate(HAR_BODY + "}", "x-api-key", KEY)).isEmpty();
    }

    @Test
    void anUndeclaredBodyFieldIsAViolation() {
        assertThat(harCreate(HAR_BODY + ",\"priority\":\"high\"}", "x-api-key", KEY))
                .singleElement().asString()
                .contains("[\"priority\"]", "validation.request.body.schema.additionalProperties");
    }

    @Test
    void aMissingRequiredFieldIsAViolation() {
        assertThat(harCreate("{\"packageName\":\"lodash\",\"businessJustification\":\"Needed\"}", "x-api-key", KEY))
                .singleElement().asString().contains("registryId", "validation.request.body.schema.required");
    }

    @Test
    void anUndeclaredQueryParameterIsAViolation() {
        LoggedRequest request = send("GET", "/har/api/v3/scans/exceptions?account_identifier=Abc123_-xyzABC123_-xyz&limit=5",
                null, "x-api-key", KEY);
        assertThat(WireContract.requestViolations(HarnessApi.HAR, "GET", "/har/api/v3/scans/exceptions", request))
                .singleElement().asString().contains("'limit'", "validation.request.parameter.query.unexpected");
    }

    @Test
    void aRequestWithoutTheApiKeyIsAViolation() {
        assertThat(harCreate(HAR_BODY + "}")).singleElement().asString().contains("no x-api-key header");
    }

    @Test
    void headerNamesCompareCaseInsensitively() {
        assertThat(harCreate(HAR_BODY + "}", "X-API-KEY", KEY)).isEmpty();
        LoggedRequest iacm = send("PUT", IACM_ONE, "{\"status\":\"approved\"}",
                "X-Api-Key", KEY, "harness-account", "px7xd_BFRCi-pfWPYXVjvw", "Accept", "application/vnd.goa.error");
        assertThat(WireContract.requestViolations(HarnessApi.IACM, "PUT",
                "/iacm/api/orgs/{org}/projects/{project}/approvals/{id}", iacm)).isEmpty();
    }

    @Test
    void aMissingRequiredHeaderIsAViolation() {
        LoggedRequest iacm = send("PUT", IACM_ONE, "{\"status\":\"approved\"}",
                "x-api-key", KEY, "Accept", "application/vnd.goa.error");
        assertThat(WireContract.requestViolations(HarnessApi.IACM, "PUT",
                "/iacm/api/orgs/{org}/projects/{project}/approvals/{id}", iacm))
                .singleElement().asString().contains("Harness-Account");
    }

    @Test
    void aNullableFieldTakesNullButNotAnotherType() {
        String update = "/har/api/v3/scans/exceptions/8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01?account_identifier=Abc123_-xyzABC123_-xyz";
        String template = "/har/api/v3/scans/exceptions/{id}";
        assertThat(WireContract.requestViolations(HarnessApi.HAR, "PUT", template,
                send("PUT", update, "{\"expireAfter\":null,\"remediationPlan\":null}", "x-api-key", KEY))).isEmpty();
        assertThat(WireContract.requestViolations(HarnessApi.HAR, "PUT", template,
                send("PUT", update, "{\"expireAfter\":\"never\"}", "x-api-key", KEY)))
                .singleElement().asString().contains("/expireAfter", "validation.request.body.schema.type");
    }

    @Test
    void anAllowListedFieldPassesButNothingElseUndeclaredDoes() {
        String create = "/sto/api/v2/exemptions?accountId=px7xd_BFRCi-pfWPYXVjvw&orgId=default&projectId=payments";
        String body = "{\"issueId\":\"iss7Hq2LmZ0pX4rT9vBn1c\",\"type\":\"Other\",\"reason\":\"r\","
                + "\"pendingChanges\":{\"durationDays\":7},\"requesterId\":\"usr1Ab2Cd3Ef4Gh5Ij6Kl7\"";
        assertThat(WireContract.requestViolations(HarnessApi.STO, "POST", "/sto/api/v2/exemptions",
                send("POST", create, body + "}", "x-api-key", KEY))).isEmpty();
        assertThat(WireContract.requestViolations(HarnessApi.STO, "POST", "/sto/api/v2/exemptions",
                send("POST", create, body + ",\"approverId\":\"usr1\"}", "x-api-key", KEY)))
                .singleElement().asString().contains("[\"approverId\"]");
    }

    @Test
    void aRequestToAnotherOperationIsAViolation() {
        assertThat(WireContract.requestViolations(HarnessApi.HAR, "PUT", "/har/api/v3/scans/exceptions/{id}",
                send("POST", HAR_CREATE, HAR_BODY + "}", "x-api-key", KEY)))
                .singleElement().asString().contains("expected PUT /har/api/v3/scans/exceptions/{id}");
    }
}
