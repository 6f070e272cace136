package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.sto.model.BulkExemptionItemResult;
import dev.waiver.sto.model.BulkExemptionResult;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkCreateExemptionsTest extends StoTestSupport {

    @Test
    void sendsSharedFieldsAndItemsAndReturnsPerItemFailures() {
        wm.stubFor(post(urlPathEqualTo(BASE + "/bulk")).willReturn(okFixture("bulk-result.json")));

        BulkExemptionResult result = sto.exemptions().bulkCreate(r -> r
                .type(ExemptionType.FIX_UNAVAILABLE)
                .reason("No patched release yet")
                .durationDays(14)
                .requesterName("Priya Nair")
                .requesterEmail("priya.nair@example.com")
                .expiration(Instant.parse("2022-06-03T11:44:00Z"))
                .link("https://example.com/ABC-1234")
                .exemptFutureOccurrences(false)
                .item(i -> i.issueId("iss7Hq2LmZ0pX4rT9vBn1c").targetId("tgt4Rk8sPq1Wn6Yz0Lm3Jd")
                        .scanId("scn9Tb2Xc5Vn8Mq1Lk4Hg7").occurrences(List.of(42L, 666L)).search("CWE-123,5"))
                .item(i -> i.issueId("iss0Zy9Xw8Vu7Ts6Rq5Po4").pipelineId("build_and_scan"))
                .issueIds("iss3Nm4Lk5Jh6Gf7Ed8Cb9"));

        wm.verify(1, authenticated(postRequestedFor(urlPathEqualTo(BASE + "/bulk")))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", equalTo(PROJECT))
                .withRequestBody(equalToJson("""
                        {
                          "type": "Fix Unavailable",
                          "reason": "No patched release yet",
                          "pendingChanges": { "durationDays": 14 },
                          "requesterName": "Priya Nair",
                          "requesterEmail": "priya.nair@example.com",
                          "expiration": 1654256640,
                          "link": "https://example.com/ABC-1234",
                          "exemptFutureOccurrences": false,
                          "items": [
                            { "issueId": "iss7Hq2LmZ0pX4rT9vBn1c", "targetId": "tgt4Rk8sPq1Wn6Yz0Lm3Jd",
                              "scanId": "scn9Tb2Xc5Vn8Mq1Lk4Hg7", "occurrences": [42, 666], "search": "CWE-123,5" },
                            { "issueId": "iss0Zy9Xw8Vu7Ts6Rq5Po4", "pipelineId": "build_and_scan" },
                            { "issueId": "iss3Nm4Lk5Jh6Gf7Ed8Cb9" }
                          ]
                        }""")));

        assertThat(result.succeeded()).isEqualTo(1L);
        assertThat(result.failed()).isEqualTo(2L);
        List<BulkExemptionItemResult> items = result.results();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).issueId()).isEqualTo("iss7Hq2LmZ0pX4rT9vBn1c");
        assertThat(items.get(0).id()).hasValue(EXEMPTION_ID);
        assertThat(items.get(0).statusCode()).isEqualTo(201L);
        assertThat(items.get(0).error()).isEmpty();
        assertThat(items.get(1).issueId()).isEqualTo("iss0Zy9Xw8Vu7Ts6Rq5Po4");
        assertThat(items.get(1).id()).isEmpty();
        assertThat(items.get(1).statusCode()).isEqualTo(400L);
        assertThat(items.get(1).error())
                .hasValue("\"targetId\" must be specified when \"exempt future occurrences\" is disabled");
        assertThat(items.get(2).issueId()).isEqualTo("iss3Nm4Lk5Jh6Gf7Ed8Cb9");
        assertThat(items.get(2).statusCode()).isEqualTo(500L);
        assertThat(items.get(2).error()).hasValue("transaction aborted");
    }

    @Test
    void minimalBatchSendsNoAbsentFields() {
        wm.stubFor(post(urlPathEqualTo(BASE + "/bulk")).willReturn(okFixture("bulk-result.json")));

        sto.exemptions().bulkCreate(BulkCreateExemptionsRequest.builder()
                .type(ExemptionType.OTHER).reason("Batch").durationDays(3)
                .item(BulkCreateExemptionsRequest.Item.of("iss7Hq2LmZ0pX4rT9vBn1c"))
                .build());

        wm.verify(1, postRequestedFor(urlPathEqualTo(BASE + "/bulk")).withRequestBody(equalToJson("""
                {"type": "Other", "reason": "Batch", "pendingChanges": {"durationDays": 3},
                 "items": [{"issueId": "iss7Hq2LmZ0pX4rT9vBn1c"}]}""")));
    }

    @Test
    void withoutDurationSendsAnEmptyPendingChangesAndAnyDurationIsPassedOn() {
        // Harness requires pendingChanges but nothing inside it, and states no minimum for durationDays.
        wm.stubFor(post(urlPathEqualTo(BASE + "/bulk")).willReturn(okFixture("bulk-result.json")));

        sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("Batch")
                .issueIds("iss7Hq2LmZ0pX4rT9vBn1c"));
        sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("Batch").durationDays(0)
                .issueIds("iss7Hq2LmZ0pX4rT9vBn1c"));

        wm.verify(1, postRequestedFor(urlPathEqualTo(BASE + "/bulk")).withRequestBody(equalToJson("""
                {"type": "Other", "reason": "Batch", "pendingChanges": {},
                 "items": [{"issueId": "iss7Hq2LmZ0pX4rT9vBn1c"}]}""")));
        wm.verify(1, postRequestedFor(urlPathEqualTo(BASE + "/bulk")).withRequestBody(equalToJson("""
                {"type": "Other", "reason": "Batch", "pendingChanges": {"durationDays": 0},
                 "items": [{"issueId": "iss7Hq2LmZ0pX4rT9vBn1c"}]}""")));
    }

    @Test
    void anItemsScanNeedsNoTargetSinceHarnessStatesNoSuchRuleForItems() {
        wm.stubFor(post(urlPathEqualTo(BASE + "/bulk")).willReturn(okFixture("bulk-result.json")));

        sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("Batch")
                .item(i -> i.issueId("iss7Hq2LmZ0pX4rT9vBn1c").scanId("scn9Tb2Xc5Vn8Mq1Lk4Hg7")));

        wm.verify(1, postRequestedFor(urlPathEqualTo(BASE + "/bulk")).withRequestBody(equalToJson("""
                {"type": "Other", "reason": "Batch", "pendingChanges": {},
                 "items": [{"issueId": "iss7Hq2LmZ0pX4rT9vBn1c", "scanId": "scn9Tb2Xc5Vn8Mq1Lk4Hg7"}]}""")));
    }
}
