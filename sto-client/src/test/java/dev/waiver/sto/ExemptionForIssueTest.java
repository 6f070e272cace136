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
import org.junit.jupiter.api.Test;

/** {@code GET /sto/api/v2/exemptions/issue/{issueId}}: the highest-priority exemption of one issue. */
class ExemptionForIssueTest extends StoTestSupport {

    private static final String ISSUE = "iss7Hq2LmZ0pX4rT9vBn1c";
    private static final String PATH = BASE + "/issue/" + ISSUE;

    @Test
    void readsTheIssuesExemptionInTheDefaultScopeWithEveryField() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));

        assertFullExemption(sto.exemptions().getForIssue(ISSUE));

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(PATH)))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", equalTo(PROJECT)));
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo(PATH + "?orgId=" + ORG + "&projectId=" + PROJECT + "&accountId=" + ACCOUNT);
        assertThat(request.getBodyAsString()).isEmpty();
    }

    @Test
    void readsAtTheAccountWhenTheRequestSaysSo() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okFixture("exemption.json")));

        assertFullExemption(sto.exemptions().getForIssue(ISSUE, GetExemptionForIssueRequest.builder()
                .scope(HarnessScope.account()).build()));

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(PATH)))
                .withQueryParam("orgId", absent())
                .withQueryParam("projectId", absent()));
    }

    @Test
    void overridesTheProjectAndEncodesTheIssueId() {
        String encoded = BASE + "/issue/a%2Fb";
        wm.stubFor(get(urlPathEqualTo(encoded)).willReturn(okFixture("exemption.json")));

        sto.exemptions().getForIssue("a/b", r -> r.projectId("gateway"));

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(encoded)))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", equalTo("gateway")));
    }

    @Test
    void anIssueWithoutExemptionIsNotFound() {
        assertGetRefused(PATH, 404, "Not Found", NotFoundException.class, () -> sto.exemptions().getForIssue(ISSUE));
    }

    @Test
    void aRefusedCallIsABadRequest() {
        assertGetRefused(PATH, 400, "Bad Request: accountId parameter is required", BadRequestException.class,
                () -> sto.exemptions().getForIssue(ISSUE));
    }

    @Test
    void validatesBeforeSending() {
        assertThatThrownBy(() -> sto.exemptions().getForIssue((String) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issueId is required");
        assertThatThrownBy(() -> sto.exemptions().getForIssue(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Exemptions.getForIssue.issueId is required: pass the id, it is sent in the path");
        assertThatThrownBy(() -> sto.exemptions().getForIssue(ISSUE, r -> r.scope(HarnessScope.account())
                .projectId(PROJECT))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GetExemptionForIssueRequest.projectId needs orgId");
        assertThatThrownBy(() -> sto.exemptions().getForIssue(ISSUE, (GetExemptionForIssueRequest) null))
                .isInstanceOf(NullPointerException.class);
        assertNothingSent();
    }
}
