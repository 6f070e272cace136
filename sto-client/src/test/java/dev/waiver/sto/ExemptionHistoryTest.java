package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.sto.model.ExemptionHistoryEvent;
import dev.waiver.sto.model.ExemptionScopeLevel;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExemptionHistoryTest extends StoTestSupport {

    private static final String ISSUE = "iss7Hq2LmZ0pX4rT9vBn1c";
    private static final String PATH = BASE + "/issue/" + ISSUE + "/history";

    private void stubTwoPages() {
        wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("0"))
                .willReturn(okFixture("history-page-0.json")));
        wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("1"))
                .willReturn(okFixture("history-page-1.json")));
    }

    @Test
    void walksBothPagesWithFiltersAndReadsEveryField() {
        stubTwoPages();

        List<ExemptionHistoryEvent> events = new ArrayList<>();
        sto.exemptions().history(ISSUE, r -> r.pipelineId("build_and_scan")
                .targetId("tgt4Rk8sPq1Wn6Yz0Lm3Jd").pageSize(2)).forEach(events::add);

        assertThat(events).extracting(ExemptionHistoryEvent::id)
                .containsExactly("hst1Aa2Bb3Cc4Dd5Ee6Ff7", "hst2Gg3Hh4Ii5Jj6Kk7Ll8", "hst3Mm4Nn5Oo6Pp7Qq8Rr9");
        wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
        for (int page = 0; page < 2; page++) {
            wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(PATH)))
                    .withQueryParam("orgId", equalTo(ORG))
                    .withQueryParam("projectId", equalTo(PROJECT))
                    .withQueryParam("pipelineId", equalTo("build_and_scan"))
                    .withQueryParam("targetId", equalTo("tgt4Rk8sPq1Wn6Yz0Lm3Jd"))
                    .withQueryParam("page", equalTo(String.valueOf(page)))
                    .withQueryParam("pageSize", equalTo("2")));
        }

        ExemptionHistoryEvent first = events.get(0);
        assertThat(first.exemptionId()).isEqualTo(EXEMPTION_ID);
        assertThat(first.status()).isSameAs(ExemptionStatus.APPROVED);
        assertThat(first.scope()).isSameAs(ExemptionScopeLevel.TARGET);
        assertThat(first.reasonType()).containsSame(ExemptionType.COMPENSATING_CONTROLS);
        assertThat(first.created()).isEqualTo(Instant.parse("2026-06-13T22:51:00Z"));
        assertThat(first.expiration()).hasValue(Instant.parse("2026-07-13T22:51:00Z"));
        assertThat(first.durationDays()).hasValue(30L);
        assertThat(first.exemptedOccurrenceCount()).hasValue(12L);
        assertThat(first.isAutoExpiry()).isFalse();
        assertThat(first.isOccurrenceLevel()).hasValue(true);
        assertThat(first.comment()).hasValue("WAF rule in place");
        assertThat(first.commenterId()).hasValue("usr8Mn9Op0Qr1St2Uv3Wx4");
        assertThat(first.commenterName()).hasValue("Sam Okafor");
        assertThat(first.commenterEmail()).hasValue("sam.okafor@example.com");
        assertThat(first.orgId()).hasValue("default");
        assertThat(first.orgName()).hasValue("Default Organization");
        assertThat(first.projectId()).hasValue("payments");
        assertThat(first.projectName()).hasValue("Payments");
        assertThat(first.pipelineId()).hasValue("build_and_scan");
        assertThat(first.pipelineName()).hasValue("Build and scan");
        assertThat(first.targetId()).hasValue("tgt4Rk8sPq1Wn6Yz0Lm3Jd");
        assertThat(first.targetName()).hasValue("payments-api");

        ExemptionHistoryEvent last = events.get(2);
        assertThat(last.exemptionId()).isEqualTo("Yc4lR0sUa2MnO1qT8wXd5e");
        assertThat(last.status()).isSameAs(ExemptionStatus.EXPIRED);
        assertThat(last.scope()).isSameAs(ExemptionScopeLevel.ORG);
        assertThat(last.isAutoExpiry()).isTrue();
        assertThat(last.commenterId()).isEmpty();
        assertThat(last.reasonType()).isEmpty();
    }

    @Test
    void issueIdShortcutUsesTheDefaultScopeWithoutFilters() {
        stubTwoPages();

        assertThat(sto.exemptions().history(ISSUE)).hasSize(3);

        wm.verify(2, authenticated(getRequestedFor(urlPathEqualTo(PATH)))
                .withQueryParam("pipelineId", absent())
                .withQueryParam("targetId", absent())
                .withQueryParam("pageSize", absent()));
    }

    @Test
    void encodesTheIssueId() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/issue/x%2F..%2Fy/history")).willReturn(okFixture("history-page-1.json")));

        assertThat(sto.exemptions().history("x/../y", r -> r.firstPage(1))).hasSize(1);

        wm.verify(1, getRequestedFor(urlPathEqualTo(BASE + "/issue/x%2F..%2Fy/history")).withQueryParam("page",
                equalTo("1")));
    }
}
