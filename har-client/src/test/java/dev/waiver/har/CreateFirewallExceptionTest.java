package dev.waiver.har;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.ConflictException;
import dev.waiver.core.ServerException;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.HarErrorType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateFirewallExceptionTest extends HarTestSupport {

    @Test
    void sendsEveryFieldAndReadsTheCreatedException() {
        wm.stubFor(post(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(201, fixture("exception-pending.json"))));

        FirewallException created = har.firewallExceptions().create(r -> r
                .registryId(REGISTRY_ID)
                .packageName("lodash")
                .versions("4.17.20", "4.17.19")
                .businessJustification("The legacy checkout build pins lodash 4.17.x until the Q3 upgrade.")
                .expireAfterDays(30)
                .remediationPlan("Upgrade to lodash 4.17.21 with the checkout service rewrite."));

        ExceptionAssertions.assertPending(created);
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(EXCEPTIONS_PATH + "?account_identifier=" + ACCOUNT);
        assertAuthenticated(request);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.getHeader("User-Agent")).startsWith("waiver-java/").contains("(har)");
        String expected = """
                {"registryId": "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b",
                 "packageName": "lodash",
                 "businessJustification": "The legacy checkout build pins lodash 4.17.x until the Q3 upgrade.",
                 "versionList": ["4.17.20", "4.17.19"],
                 "expireAfter": 30,
                 "remediationPlan": "Upgrade to lodash 4.17.21 with the checkout service rewrite."}""";
        assertJsonBody(request, expected);
        wm.verify(1, postRequestedFor(urlPathEqualTo(EXCEPTIONS_PATH)).withRequestBody(equalToJson(expected)));
    }

    @Test
    void minimalRequestSendsOnlyTheRequiredFields() {
        wm.stubFor(post(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(201, fixture("exception-pending.json"))));

        har.firewallExceptions().create(CreateFirewallExceptionRequest.builder()
                .registryId(REGISTRY_ID)
                .packageName("lodash")
                .businessJustification("why")
                .expireAfterDays(7)
                .neverExpires()
                .build());

        assertJsonBody(onlyRequest(), """
                {"registryId": "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b", "packageName": "lodash",
                 "businessJustification": "why"}""");
    }

    @Test
    void expireAfterIsPassedOnWhateverItsValue() {
        // Harness' description states no minimum for expireAfter (int32): the service decides.
        wm.stubFor(post(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(201, fixture("exception-pending.json"))));

        har.firewallExceptions().create(r -> r.registryId(REGISTRY_ID).packageName("lodash")
                .businessJustification("why").expireAfterDays(0));

        assertJsonBody(onlyRequest(), """
                {"registryId": "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b", "packageName": "lodash",
                 "businessJustification": "why", "expireAfter": 0}""");
    }

    @Test
    void allVersionsSendsAnEmptyVersionList() {
        wm.stubFor(post(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(201, fixture("exception-pending.json"))));

        har.firewallExceptions().create(r -> r.registryId(REGISTRY_ID).packageName("lodash")
                .businessJustification("why").allVersions());

        assertJsonBody(onlyRequest(), """
                {"registryId": "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b", "packageName": "lodash",
                 "businessJustification": "why", "versionList": []}""");
    }

    @Test
    void duplicateIsAConflictWithTheVendorsDetails() {
        wm.stubFor(post(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(harError(409, "INVALID_REQUEST_ERROR",
                "duplicate_exception", "An exception for lodash 4.17.20 already exists", "versionList")));

        assertThatThrownBy(() -> har.firewallExceptions().create(r -> r.registryId(REGISTRY_ID)
                .packageName("lodash").versions("4.17.20").businessJustification("why")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.vendorCode()).contains("duplicate_exception");
                    assertThat(e.vendorMessage()).contains("An exception for lodash 4.17.20 already exists");
                    assertThat(e.requestId()).contains("req-409");
                    assertThat(HarErrors.param(e)).contains("versionList");
                    assertThat(HarErrors.type(e)).contains(HarErrorType.INVALID_REQUEST_ERROR);
                    assertThat(e.getMessage()).isEqualTo("HTTP 409 [duplicate_exception]: An exception for lodash"
                            + " 4.17.20 already exists (request id req-409)");
                });
        wm.verify(1, postRequestedFor(urlPathEqualTo(EXCEPTIONS_PATH)));
    }

    @Test
    void aPostThatReachedTheServerIsNotRetried() {
        wm.stubFor(post(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> har.firewallExceptions().create(r -> r.registryId(REGISTRY_ID)
                .packageName("lodash").businessJustification("why")))
                .isInstanceOf(ServerException.class);
        wm.verify(1, postRequestedFor(urlPathEqualTo(EXCEPTIONS_PATH)));
    }

    @Test
    void validatesOnlyWhatTheDescriptionRequiresBeforeSending() {
        FirewallExceptions fe = har.firewallExceptions();
        assertThatThrownBy(() -> fe.create(r -> r.packageName("lodash").businessJustification("why")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CreateFirewallExceptionRequest.registryId is required: set .registryId(...)");
        assertThatThrownBy(() -> fe.create(r -> r.registryId(REGISTRY_ID).businessJustification("why")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CreateFirewallExceptionRequest.packageName is required: set .packageName(...)");
        assertThatThrownBy(() -> fe.create(r -> r.registryId(REGISTRY_ID).packageName("lodash")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CreateFirewallExceptionRequest.businessJustification is required: set .businessJustification(...)");
        assertThatThrownBy(() -> fe.create(r -> r.registryId("npm-upstream-firewall").packageName("lodash")
                .businessJustification("why")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CreateFirewallExceptionRequest.registryId must be a UUID");
        assertThatThrownBy(() -> fe.create(r -> r.registryId(REGISTRY_ID).packageName("lodash")
                .businessJustification("why").versions("4.17.20", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CreateFirewallExceptionRequest.versionList[1] must not be null");
        assertThatThrownBy(() -> fe.create((CreateFirewallExceptionRequest) null)).isInstanceOf(NullPointerException.class);
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void textTheDescriptionDoesNotLimitIsSentAsGiven() {
        wm.stubFor(post(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(201, fixture("exception-pending.json"))));

        har.firewallExceptions().create(r -> r.registryId(REGISTRY_ID).packageName(" ").businessJustification("")
                .versions("").remediationPlan("").versionList(null).expireAfterDays(null));

        assertJsonBody(onlyRequest(), """
                {"registryId": "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b", "packageName": " ",
                 "businessJustification": "", "remediationPlan": ""}""");
    }

    @Test
    void requestsAreValuesAndRebuildFromToBuilder() {
        CreateFirewallExceptionRequest r = CreateFirewallExceptionRequest.builder().registryId(REGISTRY_ID)
                .packageName("lodash").businessJustification("why").versions("1").expireAfterDays(3)
                .remediationPlan("plan").build();
        CreateFirewallExceptionRequest same = r.toBuilder().build();
        assertThat(same).isEqualTo(r).hasSameHashCodeAs(r).hasToString(r.toString());
        assertThat(r.toBuilder().neverExpires().build()).isNotEqualTo(r)
                .satisfies(o -> assertThat(o.expireAfterDays()).isEmpty());
        assertThat(r.toString()).isEqualTo("CreateFirewallExceptionRequest{registryId=" + REGISTRY_ID
                + ", packageName=lodash, businessJustification=why, versionList=[1], expireAfterDays=3,"
                + " remediationPlan=plan}");
    }

    @Test
    void requestExposesWhatItSends() {
        CreateFirewallExceptionRequest r = CreateFirewallExceptionRequest.builder().registryId(REGISTRY_ID)
                .packageName("lodash").businessJustification("why").versions("1.0").expireAfterDays(3)
                .remediationPlan("plan").build();
        assertThat(r.registryId()).isEqualTo(REGISTRY_ID);
        assertThat(r.packageName()).isEqualTo("lodash");
        assertThat(r.businessJustification()).isEqualTo("why");
        assertThat(r.versionList()).contains(List.of("1.0"));
        assertThat(r.expireAfterDays()).contains(3);
        assertThat(r.remediationPlan()).contains("plan");
    }
}
