package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scope promoted to follows the scope query parameters (orgId, projectId) and the pipelineId or
 * targetId in the body. Both published descriptions put pipelineId and targetId in the body only:
 * the query never carries them. approverId is optional (kept from the older description).
 */
class PromoteExemptionTest extends StoTestSupport {

    private static final String PATH = BASE + "/" + EXEMPTION_ID + "/promote";
    private static final String APPROVER = "usr8Mn9Op0Qr1St2Uv3Wx4";
    private static final String TARGET = "tgt4Rk8sPq1Wn6Yz0Lm3Jd";

    @BeforeEach
    void stub() {
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));
    }

    private static RequestPatternBuilder promoted(StringValuePattern org, StringValuePattern project) {
        return authenticated(putRequestedFor(urlPathEqualTo(PATH)))
                .withQueryParam("orgId", org)
                .withQueryParam("projectId", project)
                .withQueryParam("pipelineId", absent())
                .withQueryParam("targetId", absent());
    }

    @Test
    void toPipelineSendsOrgAndProjectInTheQueryAndThePipelineInTheBodyOnly() {
        assertFullExemption(sto.exemptions().promote(EXEMPTION_ID, r -> r
                .pipelineId("build_and_scan").comment("Applies to the whole pipeline").durationDaysOverride(60)));

        wm.verify(1, promoted(equalTo(ORG), equalTo(PROJECT))
                .withRequestBody(equalToJson("""
                        {
                          "comment": "Applies to the whole pipeline",
                          "pendingChangesOverride": { "durationDays": 60 },
                          "pipelineId": "build_and_scan"
                        }""")));
        assertThat(onlyRequest().getUrl())
                .isEqualTo(PATH + "?orgId=" + ORG + "&projectId=" + PROJECT + "&accountId=" + ACCOUNT);
    }

    @Test
    void toTargetSendsTheTargetInTheBodyOnly() {
        sto.exemptions().promote(EXEMPTION_ID, r -> r.targetId(TARGET));

        wm.verify(1, promoted(equalTo(ORG), equalTo(PROJECT))
                .withRequestBody(equalToJson("{\"targetId\": \"" + TARGET + "\"}")));
    }

    @Test
    void anApproverIdFromTheOlderDescriptionIsSentWhenGiven() {
        sto.exemptions().promote(EXEMPTION_ID, r -> r.approverId(APPROVER).targetId(TARGET));

        wm.verify(1, promoted(equalTo(ORG), equalTo(PROJECT))
                .withRequestBody(equalToJson("{\"approverId\": \"" + APPROVER + "\", \"targetId\": \"" + TARGET
                        + "\"}")));
    }

    @Test
    void toProjectSendsOrgAndProjectOnlyAndAnEmptyBody() {
        sto.exemptions().promote(EXEMPTION_ID);

        wm.verify(1, promoted(equalTo(ORG), equalTo(PROJECT)).withRequestBody(equalToJson("{}")));
    }

    @Test
    void toOrgSendsOrgOnly() {
        sto.exemptions().promote(EXEMPTION_ID, r -> r.scope(HarnessScope.org(ORG)));

        wm.verify(1, promoted(equalTo(ORG), absent()).withRequestBody(equalToJson("{}")));
    }

    @Test
    void toAccountSendsNoScopeParameters() {
        sto.exemptions().promote(EXEMPTION_ID, PromoteExemptionRequest.builder().comment("Account-wide")
                .scope(HarnessScope.account()).build());

        wm.verify(1, promoted(absent(), absent())
                .withRequestBody(equalToJson("{\"comment\": \"Account-wide\"}")));
    }

    @Test
    void aClientWithoutDefaultScopePromotesToTheAccount() {
        try (StoClient accountClient = client().build()) {
            accountClient.exemptions().promote(EXEMPTION_ID);
        }

        wm.verify(1, promoted(absent(), absent()));
    }

    @Test
    void toAnotherProjectOverridesTheDefaultProject() {
        sto.exemptions().promote(EXEMPTION_ID, r -> r.projectId("gateway"));

        wm.verify(1, promoted(equalTo(ORG), equalTo("gateway")));
    }

    @Test
    void leavesScopeRulesForPipelineAndTargetToTheService() {
        // Harness' promote body states no rule tying pipelineId or targetId to a scope: the service decides.
        sto.exemptions().promote(EXEMPTION_ID, r -> r.targetId(TARGET).scope(HarnessScope.org(ORG)));

        wm.verify(1, promoted(equalTo(ORG), absent())
                .withRequestBody(equalToJson("{\"targetId\": \"" + TARGET + "\"}")));
    }
}
