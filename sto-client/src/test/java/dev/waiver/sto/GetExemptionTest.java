package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionScopeLevel;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GetExemptionTest extends StoTestSupport {

    @Test
    void readsEveryFieldOfTheExemption() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)).willReturn(okFixture("exemption.json")));

        Exemption e = sto.exemptions().get(EXEMPTION_ID);

        assertFullExemption(e);
        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", equalTo(PROJECT))
                .withQueryParam("executionId", absent())
                .withQueryParam("ignoreScope", absent())
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void encodesTheIdAsOnePathSegment() {
        String awkward = "a/b c?d";
        String encodedPath = BASE + "/a%2Fb%20c%3Fd";
        wm.stubFor(get(urlPathEqualTo(encodedPath)).willReturn(okFixture("exemption.json")));

        sto.exemptions().get(awkward);

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(encodedPath))));
    }

    @Test
    void sendsExecutionIdIgnoreScopeAndAnOverriddenScope() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)).willReturn(okFixture("exemption.json")));

        sto.exemptions().get(EXEMPTION_ID, r -> r.executionId("exec_8hY2kLm0Qz").ignoreScope(true)
                .scope(HarnessScope.org("platform")));

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)))
                .withQueryParam("orgId", equalTo("platform"))
                .withQueryParam("projectId", absent())
                .withQueryParam("executionId", equalTo("exec_8hY2kLm0Qz"))
                .withQueryParam("ignoreScope", equalTo("true")));
    }

    @Test
    void accountScopeSendsNeitherOrgNorProject() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)).willReturn(okFixture("exemption.json")));

        sto.exemptions().get(EXEMPTION_ID, r -> r.scope(HarnessScope.account()));

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)))
                .withQueryParam("orgId", absent())
                .withQueryParam("projectId", absent()));
    }

    @Test
    void passesIdentifierFormatsThroughForTheServiceToJudge() {
        // Not the published 22-character pattern: only an empty id (which would change the route) is refused.
        wm.stubFor(get(urlPathEqualTo(BASE + "/short")).willReturn(okFixture("exemption.json")));

        sto.exemptions().get("short", r -> r.orgId("org-with-dash"));

        wm.verify(1, getRequestedFor(urlPathEqualTo(BASE + "/short")).withQueryParam("orgId", equalTo("org-with-dash")));
    }

    @Test
    void keepsUnknownEnumValuesAndIgnoresUnknownFields() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)).willReturn(okFixture("exemption-from-the-future.json")));

        Exemption e = sto.exemptions().get(EXEMPTION_ID);

        assertThat(e.type().value()).isEqualTo("Vendor Accepted");
        assertThat(e.type().isKnown()).isFalse();
        assertThat(e.type()).isEqualTo(ExemptionType.of("Vendor Accepted")).isNotEqualTo(ExemptionType.OTHER);
        assertThat(e.status().value()).isEqualTo("Escalated");
        assertThat(e.status().isKnown()).isFalse();
        assertThat(e.exemptionStatusAtScan()).hasValue(ExemptionStatus.of("Superseded"));
        assertThat(e.scope().orElseThrow().value()).isEqualTo("REPOSITORY");
        assertThat(e.canApproveFor()).containsExactly(ExemptionScopeLevel.PROJECT, ExemptionScopeLevel.of("REPOSITORY"));
        assertThat(e.canApproveFor().get(0).isKnown()).isTrue();
        assertThat(e.pendingChanges().durationDays()).hasValue(14L);
        assertThat(e.reason()).isEqualTo("Accepted by the vendor");
        assertThat(e.created()).isEqualTo(Instant.ofEpochSecond(1651578240L));
        assertThat(e.approverId()).isEmpty();
        assertThat(e.canApproveFor()).hasSize(2);
    }
}
