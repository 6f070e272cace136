package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.sto.model.CreatedExemption;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flow an application goes through: request an exemption, find it, approve it, widen it to the org. */
class ExemptionLifecycleTest extends StoTestSupport {

    @Test
    void createListApproveAndPromote() {
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(okFixture("created.json")));
        for (int page = 0; page < 3; page++) {
            wm.stubFor(get(urlPathEqualTo(BASE)).withQueryParam("page", equalTo(String.valueOf(page)))
                    .willReturn(okFixture("list-page-" + page + ".json")));
        }
        wm.stubFor(put(urlPathEqualTo(BASE + "/" + EXEMPTION_ID + "/approve")).willReturn(okFixture("exemption.json")));
        wm.stubFor(put(urlPathEqualTo(BASE + "/" + EXEMPTION_ID + "/promote")).willReturn(okFixture("exemption.json")));

        CreatedExemption created = sto.exemptions().create(r -> r.issueId("iss7Hq2LmZ0pX4rT9vBn1c")
                .type(ExemptionType.FALSE_POSITIVE).reason("Test fixture, never deployed")
                .durationDays(30));
        List<String> pending = sto.exemptions().list(r -> r.pageSize(2)).stream()
                .map(Exemption::id).toList();
        Exemption approved = sto.exemptions().approve(created.id(), r -> r
                .comment("Confirmed false positive"));
        Exemption promoted = sto.exemptions().promote(created.id(), r -> r.scope(HarnessScope.org(ORG)));

        assertThat(created.id()).isEqualTo(EXEMPTION_ID);
        assertThat(pending).hasSize(5);
        assertFullExemption(approved);
        assertFullExemption(promoted);
        wm.verify(1, postRequestedFor(urlPathEqualTo(BASE)));
        wm.verify(3, getRequestedFor(urlPathEqualTo(BASE)));
        wm.verify(1, putRequestedFor(urlPathEqualTo(BASE + "/" + EXEMPTION_ID + "/approve")));
        wm.verify(1, putRequestedFor(urlPathEqualTo(BASE + "/" + EXEMPTION_ID + "/promote"))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", com.github.tomakehurst.wiremock.client.WireMock.absent()));
    }
}
