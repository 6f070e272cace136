package dev.waiver.har;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.BadRequestException;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.HarErrorType;
import dev.waiver.har.model.PackageType;
import dev.waiver.har.model.PrincipalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UpdateFirewallExceptionTest extends HarTestSupport {

    private static final String PATH = EXCEPTIONS_PATH + "/" + EXCEPTION_ID;

    /** One way of treating a field: leave it out, send null, or send a value. */
    private record Case(String name, Consumer<UpdateFirewallExceptionRequest.Builder> builder, String json) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Case> EXPIRE_AFTER = List.of(
            new Case("expireAfter absent", b -> { }, null),
            new Case("expireAfter null (never expires)", UpdateFirewallExceptionRequest.Builder::neverExpires,
                    "\"expireAfter\": null"),
            new Case("expireAfter 45", b -> b.expireAfterDays(45), "\"expireAfter\": 45"));

    private static final List<Case> REMEDIATION_PLAN = List.of(
            new Case("remediationPlan absent", b -> { }, null),
            new Case("remediationPlan null (cleared)", UpdateFirewallExceptionRequest.Builder::clearRemediationPlan,
                    "\"remediationPlan\": null"),
            new Case("remediationPlan set", b -> b.remediationPlan("Pin to 4.17.21 in March."),
                    "\"remediationPlan\": \"Pin to 4.17.21 in March.\""));

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (Case expire : EXPIRE_AFTER) {
            for (Case plan : REMEDIATION_PLAN) {
                all.add(Arguments.of(expire, plan));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyCombination")
    void sendsAbsentNullOrValueExactly(Case expire, Case plan) {
        wm.stubFor(put(urlPathMatching(EXCEPTIONS_PATH + "/.*")).willReturn(json(200, fixture("exception-pending.json"))));
        boolean nothingElse = expire.json() == null && plan.json() == null;

        har.firewallExceptions().update(EXCEPTION_ID, b -> {
            expire.builder().accept(b);
            plan.builder().accept(b);
            if (nothingElse) {
                b.businessJustification("Still needed.");
            }
        });

        List<String> fields = new ArrayList<>();
        if (expire.json() != null) {
            fields.add(expire.json());
        }
        if (plan.json() != null) {
            fields.add(plan.json());
        }
        if (nothingElse) {
            fields.add("\"businessJustification\": \"Still needed.\"");
        }
        String expected = "{" + String.join(", ", fields) + "}";
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("PUT");
        assertThat(request.getUrl()).isEqualTo(PATH + "?account_identifier=" + ACCOUNT);
        assertAuthenticated(request);
        assertJsonBody(request, expected);
        wm.verify(1, putRequestedFor(urlPathMatching(PATH)).withRequestBody(equalToJson(expected)));
    }

    @Test
    void anUpdateWithNoFieldSendsAnEmptyObject() {
        // Harness' description requires no field of the update body: the service decides.
        wm.stubFor(put(urlPathMatching(PATH)).willReturn(json(200, fixture("exception-pending.json"))));

        har.firewallExceptions().update(EXCEPTION_ID, b -> { });

        assertJsonBody(onlyRequest(), "{}");
    }

    @Test
    void expireAfterIsPassedOnWhateverItsValue() {
        // Harness' description states no minimum for expireAfter (int32): the service decides.
        wm.stubFor(put(urlPathMatching(PATH)).willReturn(json(200, fixture("exception-pending.json"))));

        har.firewallExceptions().update(EXCEPTION_ID, b -> b.expireAfterDays(-1));

        assertJsonBody(onlyRequest(), "{\"expireAfter\": -1}");
    }

    @Test
    void neverExpiresIsWrittenAsALiteralNull() {
        wm.stubFor(put(urlPathMatching(PATH)).willReturn(json(200, fixture("exception-pending.json"))));

        har.firewallExceptions().update(EXCEPTION_ID, b -> b.neverExpires().clearRemediationPlan());

        assertThat(onlyRequest().getBodyAsString().replace(" ", ""))
                .isEqualTo("{\"expireAfter\":null,\"remediationPlan\":null}");
    }

    @Test
    void sendsEveryFieldAndReadsTheUpdatedException() {
        wm.stubFor(put(urlPathMatching(PATH)).willReturn(json(200, fixture("exception-pending.json"))));

        FirewallException updated = har.firewallExceptions().update(EXCEPTION_ID, UpdateFirewallExceptionRequest.builder()
                .businessJustification("Legacy build, extended.")
                .versions("4.17.20", "4.17.19")
                .expireAfterDays(30)
                .remediationPlan("Upgrade in Q3.")
                .build());

        ExceptionAssertions.assertPending(updated);
        assertJsonBody(onlyRequest(), """
                {"businessJustification": "Legacy build, extended.", "versionList": ["4.17.20", "4.17.19"],
                 "expireAfter": 30, "remediationPlan": "Upgrade in Q3."}""");
    }

    @Test
    void allVersionsSendsAnEmptyList() {
        wm.stubFor(put(urlPathMatching(PATH)).willReturn(json(200, fixture("exception-pending.json"))));

        har.firewallExceptions().update(EXCEPTION_ID, UpdateFirewallExceptionRequest.Builder::allVersions);

        assertJsonBody(onlyRequest(), "{\"versionList\": []}");
    }

    @Test
    void theLastCallForAFieldWins() {
        wm.stubFor(put(urlPathMatching(PATH)).willReturn(json(200, fixture("exception-pending.json"))));

        har.firewallExceptions().update(EXCEPTION_ID, b -> b.neverExpires().expireAfterDays(10)
                .remediationPlan("x").clearRemediationPlan());

        assertJsonBody(onlyRequest(), "{\"expireAfter\": 10, \"remediationPlan\": null}");
    }

    @Test
    void encodesTheIdAsOnePathSegment() {
        wm.stubFor(put(urlPathMatching(EXCEPTIONS_PATH + "/.*")).willReturn(json(200, fixture("exception-pending.json"))));

        har.firewallExceptions().update("a/b c?d", b -> b.neverExpires());

        assertThat(onlyRequest().getUrl())
                .isEqualTo(EXCEPTIONS_PATH + "/a%2Fb%20c%3Fd?account_identifier=" + ACCOUNT);
    }

    @Test
    void keepsValuesTheSdkDoesNotKnowAndIgnoresUnknownFields() {
        wm.stubFor(put(urlPathMatching(PATH)).willReturn(json(200, fixture("exception-future-values.json"))));

        FirewallException e = har.firewallExceptions().update(EXCEPTION_ID, b -> b.allVersions());

        assertThat(e.status().value()).isEqualTo("SUSPENDED");
        assertThat(e.status().isKnown()).isFalse();
        assertThat(e.status()).isEqualTo(FirewallExceptionStatus.of("SUSPENDED"));
        assertThat(e.packageType().value()).isEqualTo("R_UNIVERSE");
        assertThat(e.packageType().isKnown()).isFalse();
        assertThat(e.createdBy().type().map(PrincipalType::value)).contains("workload_identity");
        assertThat(e.createdBy().type()).isPresent().get().isNotEqualTo(PrincipalType.SERVICE);
        assertThat(e.createdAt()).isEqualTo(Instant.ofEpochMilli(1732581234000L));
        assertThat(e.versionList()).isEmpty();
        assertThat(e.packageName()).isEqualTo("tidyverse");
        assertThat(PackageType.values()).doesNotContain(e.packageType());
    }

    @Test
    void updateOfANonPendingExceptionIsRefusedWithTheVendorsMessage() {
        wm.stubFor(put(urlPathMatching(PATH)).willReturn(harError(400, "INVALID_REQUEST_ERROR", "invalid_state",
                "Exception can only be updated when status is PENDING", "status")));

        assertThatThrownBy(() -> har.firewallExceptions().update(EXCEPTION_ID, b -> b.expireAfterDays(5)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.vendorCode()).contains("invalid_state");
                    assertThat(e.vendorMessage()).contains("Exception can only be updated when status is PENDING");
                    assertThat(HarErrors.param(e)).contains("status");
                    assertThat(HarErrors.type(e)).contains(HarErrorType.INVALID_REQUEST_ERROR);
                });
    }

    @Test
    void validatesOnlyWhatTheDescriptionRequiresBeforeSending() {
        FirewallExceptions fe = har.firewallExceptions();
        assertThatThrownBy(() -> fe.update(EXCEPTION_ID, b -> b.versions((String) null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UpdateFirewallExceptionRequest.versionList[0] must not be null");
        assertThatThrownBy(() -> fe.update("", b -> b.neverExpires()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FirewallExceptions.update.id must not be empty (it is a path parameter)");
        assertThatThrownBy(() -> fe.update(null, b -> b.neverExpires()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("FirewallExceptions.update.id is required: set .id(...)");
        assertThatThrownBy(() -> fe.update("..", b -> b.neverExpires()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be '..'");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void nullLeavesAFieldUnchangedAndBlankTextIsSentAsGiven() {
        wm.stubFor(put(urlPathMatching(PATH)).willReturn(json(200, fixture("exception-pending.json"))));

        har.firewallExceptions().update(EXCEPTION_ID, b -> b.remediationPlan("plan").remediationPlan(null)
                .expireAfterDays(4).expireAfterDays(null).businessJustification(" ").versionList(null));

        assertJsonBody(onlyRequest(), "{\"businessJustification\": \" \"}");
    }

    @Test
    void requestsAreValuesAndKeepExplicitNullsThroughToBuilder() {
        UpdateFirewallExceptionRequest r = UpdateFirewallExceptionRequest.builder().neverExpires()
                .clearRemediationPlan().businessJustification("j").build();
        UpdateFirewallExceptionRequest same = r.toBuilder().build();
        assertThat(same).isEqualTo(r).hasSameHashCodeAs(r).hasToString(r.toString());
        assertThat(same.neverExpires()).isTrue();
        assertThat(same.clearsRemediationPlan()).isTrue();
        assertThat(r.toBuilder().expireAfterDays(3).build()).isNotEqualTo(r);
        assertThat(r).hasToString("UpdateFirewallExceptionRequest{expireAfter=null, remediationPlan=null,"
                + " businessJustification=j}");
    }

    @Test
    void requestSaysWhatItChanges() {
        UpdateFirewallExceptionRequest never = UpdateFirewallExceptionRequest.builder().neverExpires()
                .clearRemediationPlan().build();
        assertThat(never.neverExpires()).isTrue();
        assertThat(never.expireAfterDays()).isEmpty();
        assertThat(never.clearsRemediationPlan()).isTrue();
        assertThat(never.remediationPlan()).isEmpty();
        assertThat(never.businessJustification()).isEmpty();
        assertThat(never.versionList()).isEmpty();

        UpdateFirewallExceptionRequest values = UpdateFirewallExceptionRequest.builder().expireAfterDays(9)
                .remediationPlan("p").businessJustification("j").allVersions().build();
        assertThat(values.neverExpires()).isFalse();
        assertThat(values.expireAfterDays()).contains(9);
        assertThat(values.clearsRemediationPlan()).isFalse();
        assertThat(values.remediationPlan()).contains("p");
        assertThat(values.businessJustification()).contains("j");
        assertThat(values.versionList()).contains(List.of());
        assertThat(values.toString()).contains("expireAfter", "remediationPlan");

        UpdateFirewallExceptionRequest untouched = UpdateFirewallExceptionRequest.builder().businessJustification("j").build();
        assertThat(untouched.neverExpires()).isFalse();
        assertThat(untouched.clearsRemediationPlan()).isFalse();
    }
}
