package dev.waiver.testkit.calloptions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportTimeoutException;
import dev.waiver.core.harness.HarnessCallOptions;
import dev.waiver.qualys.QualysCallOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Per-call options on all four vendors, the same way: each test makes one vendor's list call
 * through a view made by {@code withOptions(...)}, with real OkHttp against WireMock on loopback,
 * and checks the exact requests that arrived.
 */
class PerCallOptionsTest {

    /** Fast retries, so that the tests that retry take milliseconds. */
    private static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxAttempts(3)
            .baseDelay(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build();

    private final WireMockServer vendor = new WireMockServer(options().dynamicPort());
    private final WireMockServer elsewhere = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        vendor.start();
        elsewhere.start();
    }

    @AfterEach
    void stop() {
        vendor.stop();
        elsewhere.stop();
    }

    private List<LoggedRequest> received(WireMockServer server) {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(VendorUnderTest.class)
    void extraHeadersGoOnTheWireOfTheViewOnly(VendorUnderTest v) throws Exception {
        vendor.stubFor(any(anyUrl()).willReturn(v.emptyAnswer()));
        try (VendorUnderTest.Subject s = v.open(vendor.baseUrl(), FAST_RETRIES)) {
            s.listWith().accept(o -> o.header("X-Correlation-Id", "corr-7f3a").header("X-Team", "appsec")
                    .header("X-Team", "payments"));
            s.list().run();
        }

        List<LoggedRequest> requests = received(vendor);
        assertThat(requests).hasSize(2);
        LoggedRequest viewed = requests.get(0);
        assertThat(viewed.getHeader("X-Correlation-Id")).isEqualTo("corr-7f3a");
        assertThat(viewed.header("X-Team").values()).containsExactly("appsec", "payments");
        v.assertCredentials(viewed, null);
        LoggedRequest plain = requests.get(1);
        assertThat(plain.containsHeader("X-Correlation-Id")).isFalse();
        assertThat(plain.containsHeader("X-Team")).isFalse();
        v.assertCredentials(plain, null);
    }

    @ParameterizedTest
    @EnumSource(VendorUnderTest.class)
    void credentialHeadersAreRefusedBeforeAnythingIsSent(VendorUnderTest v) throws Exception {
        vendor.stubFor(any(anyUrl()).willReturn(v.emptyAnswer()));
        try (VendorUnderTest.Subject s = v.open(vendor.baseUrl(), FAST_RETRIES)) {
            for (String name : List.of("x-api-key", "X-API-KEY", "Harness-Account", "Authorization",
                    "X-Requested-With", "Cookie", "Proxy-Authorization")) {
                assertThatThrownBy(() -> s.listWith().accept(o -> o.header(name, "forged")))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("CallOptions.header " + name + " is a credential header: only the client's "
                                + "authentication writes it; give per-call credentials with the options' own setters");
            }
            assertThatThrownBy(() -> s.listWith().accept(o -> o.header("Host", "evil.example")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("CallOptions.header Host is written by the SDK for every request and cannot be replaced");
            assertThatThrownBy(() -> s.listWith().accept(o -> o.header("X-Note", "line\r\nx-api-key: forged")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("CallOptions.header X-Note value must be visible ASCII, spaces and tabs (character 4 is not)");
        }
        assertThat(received(vendor)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(VendorUnderTest.class)
    void perCallTimeoutCutsASlowCallThatTheClientWouldWaitFor(VendorUnderTest v) throws Exception {
        vendor.stubFor(any(anyUrl()).willReturn(v.emptyAnswer().withFixedDelay(1_000)));
        try (VendorUnderTest.Subject s = v.open(vendor.baseUrl(), FAST_RETRIES)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> s.listWith().accept(o -> o.timeout(Duration.ofMillis(250))))
                    .isInstanceOfSatisfying(TransportTimeoutException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("the call timed out before an answer arrived: "
                                + "the call's per-call timeout of PT0.25S passed");
                        // the deadline leaves no time for the retries an idempotent list would get
                        assertThat(e.attempts()).isEqualTo(1);
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));

            s.list().run(); // the client's own 30 s read timeout waits the second out
        }
        assertThat(received(vendor)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(VendorUnderTest.class)
    void attemptTimeoutBoundsEachAttemptAndTheRetriesGoOn(VendorUnderTest v) throws Exception {
        vendor.stubFor(any(anyUrl()).willReturn(v.emptyAnswer().withFixedDelay(1_000)));
        try (VendorUnderTest.Subject s = v.open(vendor.baseUrl(), FAST_RETRIES)) {
            assertThatThrownBy(() -> s.listWith().accept(o -> o.attemptTimeout(Duration.ofMillis(150))))
                    .isInstanceOfSatisfying(TransportTimeoutException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("the call timed out before an answer arrived "
                                + "(per-call attempt timeout PT0.15S)");
                        assertThat(e.attempts()).isEqualTo(3);
                    });
        }
        assertThat(received(vendor)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(VendorUnderTest.class)
    void retryPolicyOverrideReplacesTheClientsForTheViewOnly(VendorUnderTest v) throws Exception {
        vendor.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        try (VendorUnderTest.Subject s = v.open(vendor.baseUrl(), FAST_RETRIES)) {
            assertThatThrownBy(() -> s.listWith().accept(o -> o.retryPolicy(RetryPolicy.none())))
                    .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
            assertThat(received(vendor)).hasSize(1);

            assertThatThrownBy(() -> s.list().run())
                    .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(3));
        }
        assertThat(received(vendor)).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(VendorUnderTest.class)
    void perCallCredentialsReplaceTheClientsOnTheWire(VendorUnderTest v) throws Exception {
        vendor.stubFor(any(anyUrl()).willReturn(v.emptyAnswer()));
        try (VendorUnderTest.Subject s = v.open(vendor.baseUrl(), FAST_RETRIES)) {
            s.listAsTenant().accept("tenantAccount000000002");
            s.list().run();
        }
        List<LoggedRequest> requests = received(vendor);
        assertThat(requests).hasSize(2);
        v.assertCredentials(requests.get(0), "tenantAccount000000002");
        v.assertCredentials(requests.get(1), null);
    }

    @ParameterizedTest
    @EnumSource(VendorUnderTest.class)
    void perCallCredentialsNeverFollowARedirectToAnotherOrigin(VendorUnderTest v) throws Exception {
        vendor.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(307)
                .withHeader("Location", elsewhere.baseUrl() + "/moved")));
        elsewhere.stubFor(any(anyUrl()).willReturn(v.emptyAnswer()));
        try (VendorUnderTest.Subject s = v.open(vendor.baseUrl(), FAST_RETRIES)) {
            s.listAsTenant().accept("tenantAccount000000002");
        }
        v.assertCredentials(received(vendor).get(0), "tenantAccount000000002");
        assertThat(received(elsewhere)).singleElement().satisfies(r -> {
            assertThat(r.getUrl()).isEqualTo("/moved");
            for (String header : VendorUnderTest.CREDENTIAL_HEADERS) {
                assertThat(r.containsHeader(header)).as(header).isFalse();
            }
        });
    }

    @ParameterizedTest
    @EnumSource(VendorUnderTest.class)
    void aViewNeedsNoClosingAndClosingItLeavesTheClientWorking(VendorUnderTest v) throws Exception {
        vendor.stubFor(any(anyUrl()).willReturn(v.emptyAnswer()));
        try (VendorUnderTest.Subject s = v.open(vendor.baseUrl(), FAST_RETRIES)) {
            s.listWith().accept(o -> o.timeout(Duration.ofSeconds(5)));
            s.list().run();
            s.list().run();
        }
        assertThat(received(vendor)).hasSize(3);
    }

    @Test
    void optionsNeverPrintASecret() {
        String qualys = QualysCallOptions.of(o -> o.credentials("acme_tn02", VendorUnderTest.TENANT_SECRET)
                .header("X-Team", "appsec")).toString();
        String harness = HarnessCallOptions.of(o -> o.accountId("tenantAccount000000002")
                .apiKey(VendorUnderTest.TENANT_SECRET).header("X-Team", "appsec")).toString();
        assertThat(qualys).isEqualTo("QualysCallOptions{headers=[X-Team=appsec], username=acme_tn02, password=****}");
        assertThat(harness).isEqualTo(
                "HarnessCallOptions{headers=[X-Team=appsec], accountId=tenantAccount000000002, apiKey=****}");
    }
}
