package dev.waiver.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import dev.waiver.core.testing.TestRetries;
import dev.waiver.sto.BulkCreateExemptionsRequest;
import dev.waiver.sto.StoClient;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every STO exemption operation of the SDK, once with every optional part set and once with only
 * what is required, validated on the wire against {@code harness-exemptions-api-openapi.yml}.
 */
class StoRequestContractTest extends RequestContractSupport {

    private static final String BASE = "/sto/api/v2/exemptions";
    private static final String ONE = BASE + "/{id}";
    private static final String ID = "Xb3kQ9rTz1LmN0pS7vWc4d";
    private static final String ISSUE = "iss7Hq2LmZ0pX4rT9vBn1c";
    private static final String PIPELINE = "build_and_scan";
    private static final String TARGET = "tgt4Rk8sPq1Wn6Yz0Lm3Jd";
    /** A finding this suite reports and does not fix (the client is outside its change). */

    @Override
    HarnessApi api() {
        return HarnessApi.STO;
    }

    /** The client scoped to a project, or to the account only. */
    private static void withClient(boolean projectScope, Consumer<StoClient> call) {
        StoClient.Builder builder = StoClient.builder()
                .apiKey("pat.Zk3.contract-test-key")
                .accountId("px7xd_BFRCi-pfWPYXVjvw")
                .baseUrl(wm.baseUrl())
                .retryPolicy(TestRetries.noSleep());
        if (projectScope) {
            builder.orgId("default").projectId("payments");
        }
        try (StoClient sto = builder.build()) {
            call.accept(sto);
        }
    }

    private static String fixture(String name) {
        return fixture("sto-client", "fixtures/" + name);
    }

    @Test
    void listWithEveryOptionalPart() {
        answerAll(okJson(fixture("list-page-2.json")));
        withClient(true, sto -> sto.exemptions().list(r -> r.pageSize(2).firstPage(2)).byPage().iterator().next());
        assertSentConform("GET", BASE);
    }

    @Test
    void listWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("list-page-2.json")));
        withClient(false, sto -> sto.exemptions().list().byPage().iterator().next());
        assertSentConform("GET", BASE);
    }

    @Test
    void createWithEveryOptionalPart() {
        answerAll(okJson(fixture("created.json")));
        withClient(true, sto -> sto.exemptions().create(r -> r
                .issueId(ISSUE)
                .type(ExemptionType.FALSE_POSITIVE)
                .reason("Waiting on upstream bug fix")
                .requesterId("usr1Ab2Cd3Ef4Gh5Ij6Kl7")
                .requesterName("Priya Nair")
                .requesterEmail("priya.nair@example.com")
                .durationDays(7)
                .expiration(Instant.parse("2027-06-03T11:44:00Z"))
                .link("https://example.com/ABC-1234")
                .exemptFutureOccurrences(false)
                .occurrences(42L, 666L)
                .targetId(TARGET)
                .scanId("scn9Tb2Xc5Vn8Mq1Lk4Hg7")
                .search("CWE-123,5")));
        assertSentConform("POST", BASE);
    }

    @Test
    void createWithAPipelineInsteadOfATarget() {
        answerAll(okJson(fixture("created.json")));
        withClient(true, sto -> sto.exemptions().create(r -> r
                .issueId(ISSUE)
                .type(ExemptionType.ACCEPTABLE_RISK)
                .reason("Internal tool only")
                .requesterId("usr1Ab2Cd3Ef4Gh5Ij6Kl7")
                .durationDays(30)
                .pipelineId(PIPELINE)));
        assertSentConform("POST", BASE);
    }

    @Test
    void createWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("created.json")));
        withClient(true, sto -> sto.exemptions().create(r -> r
                .issueId(ISSUE)
                .type(ExemptionType.ACCEPTABLE_RISK)
                .reason("Internal tool only")));
        assertSentConform("POST", BASE);
    }

    @Test
    void bulkCreateWithEveryOptionalPart() {
        answerAll(okJson(fixture("bulk-result.json")));
        withClient(true, sto -> sto.exemptions().bulkCreate(r -> r
                .type(ExemptionType.COMPENSATING_CONTROLS)
                .reason("WAF rule in place")
                .durationDays(30)
                .requesterName("Priya Nair")
                .requesterEmail("priya.nair@example.com")
                .expiration(Instant.parse("2027-06-03T11:44:00Z"))
                .link("https://example.com/ABC-1234")
                .exemptFutureOccurrences(true)
                .item(i -> i.issueId(ISSUE).occurrences(List.of(1L, 2L)).targetId(TARGET)
                        .scanId("scn9Tb2Xc5Vn8Mq1Lk4Hg7").search("CWE-79"))
                .item(i -> i.issueId("iss0Zy9Xw8Vu7Ts6Rq5Po4").pipelineId(PIPELINE))
                .item(BulkCreateExemptionsRequest.Item.of("iss3Nm4Lk5Jh6Gf7Ed8Cb9"))));
        assertSentConform("POST", BASE + "/bulk");
    }

    @Test
    void bulkCreateWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("bulk-result.json")));
        withClient(true, sto -> sto.exemptions().bulkCreate(r -> r
                .type(ExemptionType.FALSE_POSITIVE)
                .reason("Not reachable")
                .issueIds(ISSUE)));
        assertSentConform("POST", BASE + "/bulk");
    }

    @Test
    void getWithEveryOptionalPart() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(true, sto -> sto.exemptions().get(ID, r -> r.executionId("exe5Gh6Jk7Lm8Np9Qr0St1").ignoreScope(true)));
        assertSentConform("GET", ONE);
    }

    @Test
    void getWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(false, sto -> sto.exemptions().get(ID));
        assertSentConform("GET", ONE);
    }

    @Test
    void updateWithEveryOptionalPart() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(true, sto -> sto.exemptions().update(ID, r -> r
                .type(ExemptionType.ACCEPTABLE_RISK)
                .reason("Accepted by the review board")
                .durationDays(14)
                .expiration(Instant.parse("2027-06-03T11:44:00Z"))
                .link("https://example.com/ABC-1235")
                .requesterName("Priya Nair")
                .requesterEmail("priya.nair@example.com")
                .targetId(TARGET)));
        assertSentConform("PUT", ONE);
    }

    @Test
    void updateToAPipeline() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(true, sto -> sto.exemptions().update(ID, r -> r.pipelineId(PIPELINE)
                .type(ExemptionType.FALSE_POSITIVE).reason("Not reachable").durationDays(30)));
        assertSentConform("PUT", ONE);
    }

    @Test
    void updateWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(false, sto -> sto.exemptions().update(ID, r -> r.type(ExemptionType.OTHER)
                .reason("Still waiting")));
        assertSentConform("PUT", ONE);
    }

    @Test
    void approveWithEveryOptionalPart() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(true, sto -> sto.exemptions().approve(ID, r -> r
                .comment("Reviewed").durationDaysOverride(10)));
        assertSentConform("PUT", ONE + "/{action}");
    }

    @Test
    void rejectWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(false, sto -> sto.exemptions().reject(ID));
        assertSentConform("PUT", ONE + "/{action}");
    }

    @Test
    void promoteToAPipelineWithEveryOptionalPart() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(true, sto -> sto.exemptions().promote(ID, r -> r
                .approverId("usr8Mn9Op0Qr1St2Uv3Wx4").comment("Org-wide").durationDaysOverride(60)
                .pipelineId(PIPELINE)));
        assertSentConform("PUT", ONE + "/promote");
    }

    @Test
    void promoteToATarget() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(true, sto -> sto.exemptions().promote(ID, r -> r.approverId("usr8Mn9Op0Qr1St2Uv3Wx4")
                .targetId(TARGET)));
        assertSentConform("PUT", ONE + "/promote");
    }

    @Test
    void promoteWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(false, sto -> sto.exemptions().promote(ID));
        assertSentConform("PUT", ONE + "/promote");
    }

    @Test
    void historyWithEveryOptionalPart() {
        answerAll(okJson(fixture("history-page-1.json")));
        withClient(true, sto -> sto.exemptions().history(ISSUE, r -> r.targetId(TARGET).pageSize(2).firstPage(1))
                .byPage().iterator().next());
        assertSentConform("GET", BASE + "/issue/{issueId}/history");
    }

    @Test
    void historyOfAPipeline() {
        answerAll(okJson(fixture("history-page-1.json")));
        withClient(true, sto -> sto.exemptions().history(ISSUE, r -> r.pipelineId(PIPELINE))
                .byPage().iterator().next());
        assertSentConform("GET", BASE + "/issue/{issueId}/history");
    }

    @Test
    void exemptionOfAnIssueInAProject() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(true, sto -> sto.exemptions().getForIssue(ISSUE));
        assertSentConform("GET", BASE + "/issue/{issueId}");
    }

    @Test
    void exemptionOfAnIssueWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("exemption.json")));
        withClient(false, sto -> sto.exemptions().getForIssue(ISSUE, r -> r.orgId("default").projectId("payments")));
        assertSentConform("GET", BASE + "/issue/{issueId}");
    }

    @Test
    void exportHistoryWithEveryOptionalPart() {
        answerAll(okJson(fixture("history-export.json")));
        withClient(true, sto -> sto.exemptions().exportHistory(ISSUE, r -> r.pipelineId(PIPELINE).targetId(TARGET)));
        assertSentConform("GET", BASE + "/issue/{issueId}/history/export");
    }

    @Test
    void exportHistoryWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("history-export.json")));
        withClient(false, sto -> sto.exemptions().exportHistory(ISSUE));
        assertSentConform("GET", BASE + "/issue/{issueId}/history/export");
    }

    @Test
    void historyWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("history-page-1.json")));
        withClient(false, sto -> sto.exemptions().history(ISSUE).byPage().iterator().next());
        assertSentConform("GET", BASE + "/issue/{issueId}/history");
    }
}
