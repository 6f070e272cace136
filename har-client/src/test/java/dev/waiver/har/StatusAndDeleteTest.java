package dev.waiver.har;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.NotFoundException;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import org.junit.jupiter.api.Test;

class StatusAndDeleteTest extends HarTestSupport {

    private static final String STATUS_PATH = EXCEPTIONS_PATH + "/" + EXCEPTION_ID + "/status";

    @Test
    void approveSendsTheStatusAndNotesAndReadsTheApprovedException() {
        wm.stubFor(put(urlPathEqualTo(STATUS_PATH)).willReturn(json(200, fixture("exception-approved.json"))));

        FirewallException approved = har.firewallExceptions().approve(EXCEPTION_ID,
                r -> r.notes("Approved until the checkout rewrite ships."));

        ExceptionAssertions.assertApproved(approved);
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("PUT");
        assertThat(request.getUrl()).isEqualTo(STATUS_PATH + "?account_identifier=" + ACCOUNT);
        assertAuthenticated(request);
        assertJsonBody(request, "{\"status\": \"APPROVED\", \"notes\": \"Approved until the checkout rewrite ships.\"}");
    }

    @Test
    void approveWithoutNotesLeavesNotesOut() {
        wm.stubFor(put(urlPathEqualTo(STATUS_PATH)).willReturn(json(200, fixture("exception-approved.json"))));

        har.firewallExceptions().approve(EXCEPTION_ID);

        assertJsonBody(onlyRequest(), "{\"status\": \"APPROVED\"}");
    }

    @Test
    void rejectSendsTheStatusAndNotes() {
        wm.stubFor(put(urlPathEqualTo(STATUS_PATH)).willReturn(json(200,
                fixture("exception-approved.json").replace("\"APPROVED\"", "\"REJECTED\""))));

        FirewallException rejected = har.firewallExceptions().reject(EXCEPTION_ID,
                ReviewFirewallExceptionRequest.builder().notes("Use 4.17.21 instead.").build());

        assertThat(rejected.status()).isSameAs(FirewallExceptionStatus.REJECTED);
        assertJsonBody(onlyRequest(), "{\"status\": \"REJECTED\", \"notes\": \"Use 4.17.21 instead.\"}");
    }

    @Test
    void rejectWithoutNotesLeavesNotesOut() {
        wm.stubFor(put(urlPathEqualTo(STATUS_PATH)).willReturn(json(200,
                fixture("exception-approved.json").replace("\"APPROVED\"", "\"REJECTED\""))));

        har.firewallExceptions().reject(EXCEPTION_ID);

        assertJsonBody(onlyRequest(), "{\"status\": \"REJECTED\"}");
    }

    @Test
    void statusChangeEncodesTheId() {
        wm.stubFor(put(urlPathMatching(EXCEPTIONS_PATH + "/.*")).willReturn(json(200, fixture("exception-approved.json"))));

        har.firewallExceptions().approve("x/../y");

        assertThat(onlyRequest().getUrl()).isEqualTo(EXCEPTIONS_PATH + "/x%2F..%2Fy/status?account_identifier=" + ACCOUNT);
    }

    @Test
    void deleteSendsADeleteAndAccepts204() {
        wm.stubFor(delete(urlPathEqualTo(EXCEPTIONS_PATH + "/" + EXCEPTION_ID)).willReturn(aResponse().withStatus(204)));

        har.firewallExceptions().delete(EXCEPTION_ID);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("DELETE");
        assertThat(request.getUrl()).isEqualTo(EXCEPTIONS_PATH + "/" + EXCEPTION_ID + "?account_identifier=" + ACCOUNT);
        assertAuthenticated(request);
        assertThat(request.getBodyAsString()).isEmpty();
    }

    @Test
    void deletingAnUnknownExceptionIsNotFound() {
        wm.stubFor(delete(urlPathMatching(EXCEPTIONS_PATH + "/.*")).willReturn(harError(404, "INVALID_REQUEST_ERROR",
                "not_found", "Firewall exception not found", "id")));

        assertThatThrownBy(() -> har.firewallExceptions().delete("a b"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.vendorMessage()).contains("Firewall exception not found");
                    assertThat(HarErrors.param(e)).contains("id");
                    assertThat(e.requestId()).contains("req-404");
                });
        wm.verify(1, deleteRequestedFor(urlPathMatching(EXCEPTIONS_PATH + "/.*")));
        assertThat(onlyRequest().getUrl()).isEqualTo(EXCEPTIONS_PATH + "/a%20b?account_identifier=" + ACCOUNT);
    }

    @Test
    void validatesIdsBeforeSending() {
        FirewallExceptions fe = har.firewallExceptions();
        assertThatThrownBy(() -> fe.approve("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FirewallExceptions.approve.id must not be empty (it is a path parameter)");
        assertThatThrownBy(() -> fe.reject(null, r -> r.notes("n"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FirewallExceptions.reject.id is required: set .id(...)");
        assertThatThrownBy(() -> fe.delete(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FirewallExceptions.delete.id is required: set .id(...)");
        assertThatThrownBy(() -> fe.delete(".")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be '.'");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }
}
