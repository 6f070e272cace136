package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UpdateExemptionTest extends StoTestSupport {

    private static final String PATH = BASE + "/" + EXEMPTION_ID;

    @Test
    void sendsEveryChangedFieldAndReadsTheExemption() {
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));

        assertFullExemption(sto.exemptions().update(r -> r.id(EXEMPTION_ID)
                .type(ExemptionType.FALSE_POSITIVE)
                .reason("Waiting on upstream bug fix")
                .durationDays(7)
                .expiration(Instant.parse("2022-06-03T11:44:00Z"))
                .link("https://example.com/ABC-1234")
                .requesterName("Priya Nair")
                .requesterEmail("priya.nair@example.com")
                .pipelineId("build_and_scan")));

        wm.verify(1, authenticated(putRequestedFor(urlPathEqualTo(PATH)))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", equalTo(PROJECT))
                .withRequestBody(equalToJson("""
                        {
                          "type": "False Positive",
                          "reason": "Waiting on upstream bug fix",
                          "pendingChanges": { "durationDays": 7 },
                          "expiration": 1654256640,
                          "link": "https://example.com/ABC-1234",
                          "requesterName": "Priya Nair",
                          "requesterEmail": "priya.nair@example.com",
                          "pipelineId": "build_and_scan"
                        }""")));
    }

    @Test
    void sendsOnlyWhatChanges() {
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));

        sto.exemptions().update(UpdateExemptionRequest.builder().id(EXEMPTION_ID)
                .targetId("tgt4Rk8sPq1Wn6Yz0Lm3Jd").build());

        wm.verify(1, putRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(equalToJson("{\"targetId\": \"tgt4Rk8sPq1Wn6Yz0Lm3Jd\"}")));
    }

    @Test
    void anUpdateWithNoFieldSendsAnEmptyObject() {
        // Harness' update body requires no field (its required list names fields the body lacks: a slip).
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));

        assertFullExemption(sto.exemptions().update(r -> r.id(EXEMPTION_ID)));

        wm.verify(1, authenticated(putRequestedFor(urlPathEqualTo(PATH))).withRequestBody(equalToJson("{}")));
    }

    @Test
    void passesOnAnyDurationSinceHarnessStatesNoMinimum() {
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));

        sto.exemptions().update(r -> r.id(EXEMPTION_ID).durationDays(-3));

        wm.verify(1, putRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(equalToJson("{\"pendingChanges\": {\"durationDays\": -3}}")));
    }

    @Test
    void encodesTheId() {
        wm.stubFor(put(urlPathEqualTo(BASE + "/id%20with%2Fslash")).willReturn(okFixture("exemption.json")));

        sto.exemptions().update(r -> r.id("id with/slash").reason("Updated"));

        wm.verify(1, putRequestedFor(urlPathEqualTo(BASE + "/id%20with%2Fslash"))
                .withRequestBody(equalToJson("{\"reason\": \"Updated\"}")));
    }
}
