package dev.waiver.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.ServerException;
import dev.waiver.core.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The plain Java API: which vendors, which ports, clock, wiring, the WireMock server underneath. */
class WaiverFakesTest {

    @Test
    void startServesAllFourVendorsOnOnePort() {
        try (WaiverFakes fakes = WaiverFakes.start()) {
            assertThat(fakes.vendors()).containsExactlyInAnyOrder(FakeVendor.values());
            assertThat(fakes.baseUrl(FakeVendor.STO)).isEqualTo(fakes.baseUrl(FakeVendor.QUALYS))
                    .isEqualTo("http://127.0.0.1:" + fakes.wireMock().port());
            assertThat(fakes.sto().baseUrl()).isEqualTo(fakes.baseUrl(FakeVendor.STO));
            assertThat(fakes.stoClient()).isSameAs(fakes.stoClient());
            assertThat(fakes.stoClient().baseUrl()).startsWith(fakes.baseUrl(FakeVendor.STO));
            assertThat(fakes.harClient().accountId()).isEqualTo(TestCredentials.HARNESS_ACCOUNT_ID);
            assertThat(fakes.iacmClient().accountId()).isEqualTo(TestCredentials.HARNESS_ACCOUNT_ID);
            assertThat(fakes.qualysClient()).isNotNull();
        }
    }

    @Test
    void onePortEachGivesEveryVendorItsOwnServer() {
        try (WaiverFakes fakes = WaiverFakes.builder().only(FakeVendor.STO, FakeVendor.HAR).onePortEach().start()) {
            assertThat(fakes.wireMock(FakeVendor.STO).port()).isNotEqualTo(fakes.wireMock(FakeVendor.HAR).port());
            assertThatThrownBy(fakes::wireMock).isInstanceOf(IllegalStateException.class).hasMessageContaining("wireMock(FakeVendor)");
            fakes.stoClient().exemptions().list().stream().toList();
            fakes.harClient().firewallExceptions().list().stream().toList();
            assertThat(fakes.wireMock(FakeVendor.STO).getAllServeEvents()).hasSize(1);
            assertThat(fakes.wireMock(FakeVendor.HAR).getAllServeEvents()).hasSize(1);
            assertThat(fakes.sto().requests()).hasSize(1);
        }
    }

    @Test
    void aVendorNotStartedSaysSo() {
        try (WaiverFakes fakes = WaiverFakes.builder().only(FakeVendor.IACM).start()) {
            assertThatThrownBy(fakes::sto).isInstanceOf(IllegalStateException.class)
                    .hasMessage("STO was not started: these fakes run [IACM] (see WaiverFakes.builder().only(...))");
            assertThatThrownBy(fakes::stoClient).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> WaiverFakes.builder().only()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theClockStartsWhereToldAndOnlyMovesWhenTold() {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        try (WaiverFakes fakes = WaiverFakes.builder().only(FakeVendor.STO).clock(start).start()) {
            assertThat(fakes.clock().instant()).isEqualTo(start);
            fakes.clock().advance(Duration.ofDays(2));
            assertThat(fakes.clock().instant()).isEqualTo(start.plus(Duration.ofDays(2)));
            fakes.clock().set(start.minusSeconds(5));
            assertThat(fakes.clock().withZone(java.time.ZoneId.of("Europe/Paris")).instant()).isEqualTo(start.minusSeconds(5));
        }
        TestClock shared = new TestClock(start);
        try (WaiverFakes fakes = WaiverFakes.builder().only(FakeVendor.STO).clock(shared).start()) {
            assertThat(fakes.clock()).isSameAs(shared);
        }
    }

    @Test
    void yourOwnStubsWinAndTheJournalIsWireMocks() {
        try (WaiverFakes fakes = WaiverFakes.builder().only(FakeVendor.STO).retryPolicy(RetryPolicy.none()).start()) {
            fakes.wireMock().stubFor(get(urlPathEqualTo("/sto/api/v2/exemptions")).willReturn(aResponse().withStatus(500)));

            assertThatThrownBy(() -> fakes.stoClient().exemptions().list().stream().toList()).isInstanceOf(ServerException.class);

            fakes.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/sto/api/v2/exemptions")));
            fakes.reset();
            assertThat(fakes.stoClient().exemptions().list().stream().toList()).isEmpty();
        }
    }

    @Test
    void aPathNoVendorHasIsWireMocks404AndAnUnknownOperationTheVendors() throws Exception {
        try (WaiverFakes fakes = WaiverFakes.builder().only(FakeVendor.STO).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> nowhere = http.send(HttpRequest.newBuilder(URI.create(fakes.baseUrl(FakeVendor.STO) + "/nowhere")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(fakes.baseUrl(FakeVendor.STO)
                    + "/sto/api/v2/other")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(nowhere.statusCode()).isEqualTo(404);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).isEqualTo("{\"message\":\"Not Found\",\"status\":404}");
        }
    }

    @Test
    void closeStopsTheServer() {
        WaiverFakes fakes = WaiverFakes.builder().only(FakeVendor.STO).start();
        fakes.stoClient();
        fakes.close();
        assertThat(fakes.wireMock().isRunning()).isFalse();
        assertThat(fakes.toString()).startsWith("WaiverFakes[STO] on [127.0.0.1:");
    }
}
