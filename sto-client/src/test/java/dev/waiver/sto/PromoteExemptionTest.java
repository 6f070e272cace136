package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scope promoted to follows the scope query parameters present (orgId, projectId, pipelineId,
 * targetId); pipelineId and targetId go in the query and in the body.
 */
class PromoteExemptionTest extends StoTestSupport {

    private static final String PATH = BASE + "/" + EXEMPTION_ID + "/promote";
    private static final String APPROVER = "usr8Mn9Op0Qr1St2Uv3Wx4";
    private static final String TARGET = "tgt4Rk8sPq1Wn6Yz0Lm3Jd";

    @BeforeEach
    void stub() {
        wm.stubFor(put(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));
    }

    private static RequestPatternBuilder promoted(StringValuePattern org, StringValuePattern project,
                                                  StringValuePattern pipeline, StringValuePattern target) {
        return authenticated(putRequestedFor(urlPathEqualTo(PATH)))
                .withQueryParam("orgId", org)
                .withQueryParam("projectId", project)
                .withQueryParam("pipelineId", pipeline)
                .withQueryParam("targetId", target);
    }

    @Test
    void toPipelineSendsOrgProjectAndPipelineInTheQueryAndPipelineInTheBody() {
        assertFullExemption(sto.exemptions().promote(r -> r.id(EXEMPTION_ID).approverId(APPROVER)
                .pipelineId("build_and_scan").comment("Applies to the whole pipeline").durationDaysOverride(60)));

        wm.verify(1, promoted(equalTo(ORG), equalTo(PROJECT), equalTo("build_and_scan"), absent())
                .withRequestBody(equalToJson("""
                        {
                          "approverId": "usr8Mn9Op0Qr1St2Uv3Wx4",
                          "comment": "Applies to the whole pipeline",
                          "pendingChangesOverride": { "durationDays": 60 },
                          "pipelineId": "build_and_scan"
                        }""")));
    }

    @Test
    void toTargetSendsOrgProjectAndTargetInTheQueryAndTargetInTheBody() {
        sto.exemptions().promote(r -> r.id(EXEMPTION_ID).approverId(APPROVER).targetId(TARGET));

        wm.verify(1, promoted(equalTo(ORG), equalTo(PROJECT), absent(), equalTo(TARGET))
                .withRequestBody(equalToJson("{\"approverId\": \"" + APPROVER + "\", \"targetId\": \"" + TARGET + "\"}")));
    }

    @Test
    void toProjectSendsOrgAndProjectOnly() {
        sto.exemptions().promote(r -> r.id(EXEMPTION_ID).approverId(APPROVER));

        wm.verify(1, promoted(equalTo(ORG), equalTo(PROJECT), absent(), absent())
                .withRequestBody(equalToJson("{\"approverId\": \"" + APPROVER + "\"}")));
    }

    @Test
    void toOrgSendsOrgOnly() {
        sto.exemptions().promote(r -> r.id(EXEMPTION_ID).approverId(APPROVER).scope(Scope.org(ORG)));

        wm.verify(1, promoted(equalTo(ORG), absent(), absent(), absent())
                .withRequestBody(equalToJson("{\"approverId\": \"" + APPROVER + "\"}")));
    }

    @Test
    void toAccountSendsNoScopeParameters() {
        sto.exemptions().promote(PromoteExemptionRequest.builder().id(EXEMPTION_ID).approverId(APPROVER)
                .scope(Scope.account()).build());

        wm.verify(1, promoted(absent(), absent(), absent(), absent())
                .withRequestBody(equalToJson("{\"approverId\": \"" + APPROVER + "\"}")));
    }

    @Test
    void aClientWithoutDefaultScopePromotesToTheAccount() {
        try (StoClient accountClient = client().build()) {
            accountClient.exemptions().promote(r -> r.id(EXEMPTION_ID).approverId(APPROVER));
        }

        wm.verify(1, promoted(absent(), absent(), absent(), absent()));
    }

    @Test
    void toAnotherProjectOverridesTheDefaultProject() {
        sto.exemptions().promote(r -> r.id(EXEMPTION_ID).approverId(APPROVER).projectId("gateway"));

        wm.verify(1, promoted(equalTo(ORG), equalTo("gateway"), absent(), absent()));
    }
}
