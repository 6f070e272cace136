package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.NotFoundException;
import dev.waiver.sto.model.ExemptionHistoryExport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /sto/api/v2/exemptions/issue/{issueId}/history/export}: the whole history as CSV columns
 * and rows in JSON. Harness documents the shape ({headers, data, filename, totalRows, issueId}) but
 * not the column names; the fixture's columns are our own values.
 */
class ExportExemptionHistoryTest extends StoTestSupport {

    private static final String ISSUE = "iss7Hq2LmZ0pX4rT9vBn1c";
    private static final String PATH = BASE + "/issue/" + ISSUE + "/history/export";

    private static void assertFullExport(ExemptionHistoryExport export) {
        assertThat(export.headers()).containsExactly("Date", "Status", "Scope", "Reason type", "Duration (days)",
                "Commenter", "Comment");
        assertThat(export.data()).containsExactly(
                List.of("2026-06-13 22:51:00", "Approved", "TARGET", "Compensating Controls", "30", "Sam Okafor",
                        "WAF rule in place"),
                List.of("2026-06-12 09:10:00", "Pending", "TARGET", "Compensating Controls", "30", "Priya Nair", ""),
                List.of("2026-06-12 04:51:00", "Expired", "ORG", "", "", "", ""));
        assertThat(export.filename()).isEqualTo("exemption-history-iss7Hq2LmZ0pX4rT9vBn1c.csv");
        assertThat(export.totalRows()).isEqualTo(3L);
        assertThat(export.issueId()).isEqualTo(ISSUE);
    }

    @Test
    void exportsInTheDefaultScopeAndReadsEveryField() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okFixture("history-export.json")));

        assertFullExport(sto.exemptions().exportHistory(ISSUE));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo(PATH + "?orgId=" + ORG + "&projectId=" + PROJECT + "&accountId=" + ACCOUNT);
        assertThat(request.getBodyAsString()).isEmpty();
        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(PATH))));
    }

    @Test
    void narrowsToAPipelineAndTargetWithNoPagingParameters() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okFixture("history-export.json")));

        assertFullExport(sto.exemptions().exportHistory(ISSUE, ExportExemptionHistoryRequest.builder()
                .pipelineId("build_and_scan").targetId("tgt4Rk8sPq1Wn6Yz0Lm3Jd").build()));

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(PATH)))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", equalTo(PROJECT))
                .withQueryParam("pipelineId", equalTo("build_and_scan"))
                .withQueryParam("targetId", equalTo("tgt4Rk8sPq1Wn6Yz0Lm3Jd"))
                .withQueryParam("page", absent())
                .withQueryParam("pageSize", absent()));
    }

    @Test
    void exportsAtTheOrganizationWhenTheRequestSaysSo() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okFixture("history-export.json")));

        sto.exemptions().exportHistory(ISSUE, r -> r.scope(HarnessScope.org(ORG)));

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(PATH)))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", absent())
                .withQueryParam("pipelineId", absent())
                .withQueryParam("targetId", absent()));
    }

    @Test
    void anUnknownIssueIsNotFound() {
        assertGetRefused(PATH, 404, "Not Found", NotFoundException.class, () -> sto.exemptions().exportHistory(ISSUE));
    }

    @Test
    void aRefusedCallIsABadRequest() {
        assertGetRefused(PATH, 400, "Bad Request: accountId parameter is required", BadRequestException.class,
                () -> sto.exemptions().exportHistory(ISSUE));
    }

    @Test
    void validatesBeforeSending() {
        assertThatThrownBy(() -> sto.exemptions().exportHistory((String) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issueId is required");
        assertThatThrownBy(() -> sto.exemptions().exportHistory(ISSUE, r -> r.pipelineId("build_and_scan")
                .scope(HarnessScope.org(ORG)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pipelineId needs projectId and orgId");
        assertThatThrownBy(() -> sto.exemptions().exportHistory(ISSUE, r -> r.targetId("tgt4Rk8sPq1Wn6Yz0Lm3Jd")
                .scope(HarnessScope.account()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetId needs projectId and orgId");
        assertThatThrownBy(() -> sto.exemptions().exportHistory(ISSUE, (ExportExemptionHistoryRequest) null))
                .isInstanceOf(NullPointerException.class);
        assertNothingSent();
    }
}
