package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.sto.model.CreatedExemption;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreateExemptionTest extends StoTestSupport {

    /** requesterId is the older description's field: accepted and sent when given, never required. */
    @Test
    void sendsEveryFieldAndReadsTheId() {
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(okFixture("created.json")));

        CreatedExemption created = sto.exemptions().create(r -> r
                .issueId("iss7Hq2LmZ0pX4rT9vBn1c")
                .type(ExemptionType.FALSE_POSITIVE)
                .reason("Waiting on upstream bug fix")
                .requesterId("usr1Ab2Cd3Ef4Gh5Ij6Kl7")
                .requesterName("Priya Nair")
                .requesterEmail("priya.nair@example.com")
                .durationDays(7)
                .expiration(Instant.parse("2022-06-03T11:44:00Z"))
                .link("https://example.com/ABC-1234")
                .exemptFutureOccurrences(false)
                .occurrences(42L, 666L)
                .targetId("tgt4Rk8sPq1Wn6Yz0Lm3Jd")
                .scanId("scn9Tb2Xc5Vn8Mq1Lk4Hg7")
                .search("CWE-123,5"));

        assertThat(created.id()).isEqualTo(EXEMPTION_ID);
        wm.verify(1, authenticated(postRequestedFor(urlPathEqualTo(BASE)))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", equalTo(PROJECT))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {
                          "issueId": "iss7Hq2LmZ0pX4rT9vBn1c",
                          "type": "False Positive",
                          "reason": "Waiting on upstream bug fix",
                          "requesterId": "usr1Ab2Cd3Ef4Gh5Ij6Kl7",
                          "requesterName": "Priya Nair",
                          "requesterEmail": "priya.nair@example.com",
                          "pendingChanges": { "durationDays": 7 },
                          "expiration": 1654256640,
                          "link": "https://example.com/ABC-1234",
                          "exemptFutureOccurrences": false,
                          "occurrences": [42, 666],
                          "targetId": "tgt4Rk8sPq1Wn6Yz0Lm3Jd",
                          "scanId": "scn9Tb2Xc5Vn8Mq1Lk4Hg7",
                          "search": "CWE-123,5"
                        }""")));
    }

    @Test
    void sendsOnlyTheFieldsSetWithNoNulls() {
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(okFixture("created.json")));

        sto.exemptions().create(CreateExemptionRequest.builder()
                .issueId("iss7Hq2LmZ0pX4rT9vBn1c")
                .type(ExemptionType.ACCEPTABLE_RISK)
                .reason("Internal tool only")
                .durationDays(30)
                .pipelineId("build_and_scan")
                .orgId("platform").projectId("gateway")
                .build());

        wm.verify(1, authenticated(postRequestedFor(urlPathEqualTo(BASE)))
                .withQueryParam("orgId", equalTo("platform"))
                .withQueryParam("projectId", equalTo("gateway"))
                .withRequestBody(equalToJson("""
                        {
                          "issueId": "iss7Hq2LmZ0pX4rT9vBn1c",
                          "type": "Acceptable Risk",
                          "reason": "Internal tool only",
                          "pendingChanges": { "durationDays": 30 },
                          "pipelineId": "build_and_scan"
                        }""")));
    }

    @Test
    void sendsAnUnknownTypeAsIs() {
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(okFixture("created.json")));

        sto.exemptions().create(r -> r.issueId("iss7Hq2LmZ0pX4rT9vBn1c").type(ExemptionType.of("Vendor Accepted"))
                .reason("r").durationDays(1));

        wm.verify(1, postRequestedFor(urlPathEqualTo(BASE)).withRequestBody(equalToJson("""
                {"issueId": "iss7Hq2LmZ0pX4rT9vBn1c", "type": "Vendor Accepted", "reason": "r",
                 "pendingChanges": {"durationDays": 1}}""")));
    }

    @Test
    void withoutDurationSendsTheRequiredPendingChangesEmpty() {
        // Harness requires pendingChanges on create; durationDays inside it is optional.
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(okFixture("created.json")));

        sto.exemptions().create(r -> r.issueId("iss7Hq2LmZ0pX4rT9vBn1c").type(ExemptionType.OTHER).reason("r"));

        wm.verify(1, authenticated(postRequestedFor(urlPathEqualTo(BASE))).withRequestBody(equalToJson("""
                {"issueId": "iss7Hq2LmZ0pX4rT9vBn1c", "type": "Other", "reason": "r", "pendingChanges": {}}""")));
    }

    @Test
    void passesOnBlankTextForTheServiceToJudge() {
        // Harness states no minimum length for reason, ids or names: the client refuses none of them.
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(okFixture("created.json")));

        sto.exemptions().create(r -> r.issueId(" ").type(ExemptionType.OTHER).reason("").requesterId(" ")
                .pipelineId("").orgId(" ").projectId(""));

        wm.verify(1, postRequestedFor(urlPathEqualTo(BASE))
                .withQueryParam("orgId", equalTo(" "))
                .withQueryParam("projectId", equalTo(""))
                .withRequestBody(equalToJson("""
                {"issueId": " ", "type": "Other", "reason": "", "requesterId": " ", "pipelineId": "",
                 "pendingChanges": {}}""")));
    }

    @Test
    void passesOnAnyDurationSinceHarnessStatesNoMinimum() {
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(okFixture("created.json")));

        sto.exemptions().create(r -> r.issueId("iss7Hq2LmZ0pX4rT9vBn1c").type(ExemptionType.OTHER).reason("r")
                .durationDays(0));

        wm.verify(1, postRequestedFor(urlPathEqualTo(BASE)).withRequestBody(equalToJson("""
                {"issueId": "iss7Hq2LmZ0pX4rT9vBn1c", "type": "Other", "reason": "r",
                 "pendingChanges": {"durationDays": 0}}""")));
    }
}
