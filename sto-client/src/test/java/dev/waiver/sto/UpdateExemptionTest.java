package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UpdateExemptionTest extends StoTestSupport {

    private static final String PATH = BASE + "/" + EXEMPTION_ID;

    @Test
    void sendsEveryChangedFieldAndReadsTheExemption() {
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));

        assertFullExemption(sto.exemptions().update(EXEMPTION_ID, r -> r
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
    void sendsWhatHarnessRequiresAndOnlyTheOptionalFieldsSet() {
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));

        sto.exemptions().update(EXEMPTION_ID, UpdateExemptionRequest.builder()
                .type(ExemptionType.ACCEPTABLE_RISK).reason("Compensated by WAF")
                .targetId("tgt4Rk8sPq1Wn6Yz0Lm3Jd").build());

        wm.verify(1, putRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(equalToJson("""
                        {
                          "type": "Acceptable Risk",
                          "reason": "Compensated by WAF",
                          "pendingChanges": {},
                          "targetId": "tgt4Rk8sPq1Wn6Yz0Lm3Jd"
                        }""")));
    }

    @Test
    void refusesAnUpdateWithoutTypeOrReasonBeforeSending() {
        // Harness' description requires type, reason and pendingChanges on every update.
        assertThatThrownBy(() -> sto.exemptions().update(EXEMPTION_ID, r -> r.reason("Still waiting")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type");
        assertThatThrownBy(() -> sto.exemptions().update(EXEMPTION_ID, r -> r.type(ExemptionType.OTHER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");

        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void startsFromTheExemptionAsReadAndChangesOnlyWhatIsSet() {
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));
        Exemption current = sto.exemptions().update(EXEMPTION_ID, r -> r
                .type(ExemptionType.FALSE_POSITIVE).reason("first"));
        wm.resetRequests();

        sto.exemptions().update(current.id(),
                UpdateExemptionRequest.from(current).reason("Upstream fix ships in 2.4").build());

        assertThat(wm.getAllServeEvents()).hasSize(1);
        // The exemption read is PROJECT-scoped: its pipeline and target are where the issue was found, not sent.
        wm.verify(1, putRequestedFor(urlPathEqualTo(BASE + "/" + current.id()))
                .withRequestBody(equalToJson("""
                        {
                          "type": "False Positive",
                          "reason": "Upstream fix ships in 2.4",
                          "pendingChanges": { "durationDays": 7 },
                          "expiration": 1654256640,
                          "link": "https://example.com/ABC-1234",
                          "requesterName": "Priya Nair",
                          "requesterEmail": "priya.nair@example.com"
                        }""")));
    }

    @Test
    void passesOnAnyDurationSinceHarnessStatesNoMinimum() {
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));

        sto.exemptions().update(EXEMPTION_ID, r -> r.type(ExemptionType.OTHER).reason("r").durationDays(-3));

        wm.verify(1, putRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(equalToJson("""
                        {"type": "Other", "reason": "r", "pendingChanges": {"durationDays": -3}}""")));
    }

    @Test
    void encodesTheId() {
        wm.stubFor(put(urlPathEqualTo(BASE + "/id%20with%2Fslash")).willReturn(okFixture("exemption.json")));

        sto.exemptions().update("id with/slash", r -> r.type(ExemptionType.OTHER).reason("Updated"));

        wm.verify(1, putRequestedFor(urlPathEqualTo(BASE + "/id%20with%2Fslash"))
                .withRequestBody(equalToJson("{\"type\": \"Other\", \"reason\": \"Updated\", \"pendingChanges\": {}}")));
    }
}
