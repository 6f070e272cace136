package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.iacm.model.ApprovalStatusInfo;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApprovalsGetTest extends WireMockTestBase {

    @Test
    void readsEveryFieldWithTheExactRequest() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "/" + ID)).willReturn(okJson(fixture("approval-status.json"))));

        ApprovalStatusInfo info = approvals.get(ID);

        assertThat(info.status()).isSameAs(ApprovalStatus.REJECTED);
        assertThat(info.actionedBy()).contains("Jane Doe");
        assertThat(info.actionedByEmail()).contains("jane.doe@example.com");
        assertThat(info.created()).isEqualTo(Instant.parse("2024-06-10T15:00:00.123Z"));
        assertThat(info.updated()).isEqualTo(Instant.parse("2024-06-10T16:00:00.456Z"));
        wm.verify(1, getRequestedFor(urlEqualTo(COLLECTION + "/" + ID))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Harness-Account", equalTo(ACCOUNT))
                .withHeader("Accept", equalTo("application/json, application/vnd.goa.error")));
    }

    @Test
    void aPendingApprovalHasNobodyWhoActionedIt() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "/" + ID)).willReturn(okJson(fixture("approval-status-pending.json"))));

        ApprovalStatusInfo info = approvals.get(ID);

        assertThat(info.status()).isSameAs(ApprovalStatus.PENDING);
        assertThat(info.actionedBy()).isEmpty();
        assertThat(info.actionedByEmail()).isEmpty();
        assertThat(info.created()).isEqualTo(Instant.ofEpochMilli(1718031600123L));
        assertThat(info.updated()).isEqualTo(Instant.ofEpochMilli(1718031600123L));
    }

    @Test
    void encodesOrgAndProjectAsOnePathSegmentEach() {
        String path = "/iacm/api/orgs/my%20org/projects/pay%2Fments%3F/approvals/" + ID;
        wm.stubFor(get(urlEqualTo(path)).willReturn(okJson(fixture("approval-status.json"))));

        ApprovalStatusInfo info = client.approvals("my org", "pay/ments?").get(ID);

        assertThat(info.status()).isSameAs(ApprovalStatus.REJECTED);
        wm.verify(1, getRequestedFor(urlEqualTo(path)));
    }
}
