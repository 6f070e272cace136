package dev.waiver.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.acceptances.AcceptanceSource;
import dev.waiver.acceptances.HarAcceptanceSource;
import dev.waiver.acceptances.IacmAcceptanceSource;
import dev.waiver.acceptances.QualysAcceptanceSource;
import dev.waiver.acceptances.StoAcceptanceSource;
import dev.waiver.cli.WaiverCli;
import dev.waiver.core.RetryPolicy;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.sto.StoClient;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.HarFake;
import dev.waiver.testkit.IacmFake;
import dev.waiver.testkit.QualysFake;
import dev.waiver.testkit.StoFake;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The risk register when one vendor is down, slow or answering garbage: the {@code waiver
 * risk-register} command still prints every other vendor's acceptances, names the failed vendor on
 * standard error, exits 4, and never repeats the failed vendor's read.
 *
 * <p>The four vendors are the test kit's fakes with one approved acceptance each; the failing
 * vendor's client has no retries and a 300 ms read timeout, so each case is over in about a second.
 */
class RegisterReliabilityTest {

    /** How a vendor fails. */
    enum Failure {
        /** Nothing listens on its port: the connection is refused. */
        DOWN,
        /** It answers slower than the client's read timeout. */
        SLOW,
        /** It answers 200 with bytes that are neither JSON nor XML. */
        GARBAGE
    }

    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    private WaiverFakes fakes;

    @BeforeEach
    void start() {
        fakes = WaiverFakes.start();
        fakes.sto().seed(s -> s.approved().expiresIn(Duration.ofDays(10)));
        fakes.har().seed(s -> s.approved());
        fakes.iacm().seed(s -> s.approved());
        fakes.qualys().seed().approved(1).expiringIn(Duration.ofDays(20)).create();
    }

    @AfterEach
    void stop() {
        fakes.close();
    }

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Failure f : Failure.values()) {
            for (FakeVendor v : FakeVendor.values()) {
                cases.add(Arguments.of(v, f));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void theOthersAreShownTheFailureNamedAndTheExitCodeIsFour(FakeVendor failing, Failure failure) throws IOException {
        String failingUrl = failure == Failure.DOWN ? closedPort() : fakes.baseUrl(failing);
        if (failure == Failure.SLOW) {
            slowDown(failing);
        } else if (failure == Failure.GARBAGE) {
            fakes.wireMock().stubFor(any(urlPathMatching(prefix(failing) + ".*")).atPriority(1)
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType(failing))
                            .withBody("\u0000\u0013garbage{<<]]>")));
        }
        Map<FakeVendor, AcceptanceSource> sources = new EnumMap<>(FakeVendor.class);
        for (FakeVendor v : FakeVendor.values()) {
            sources.put(v, v == failing ? failingSource(v, failingUrl) : healthySource(v));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = WaiverCli.execute(List.of("risk-register", "--demo", "--format", "csv"), Map.of(),
                Clock.fixed(fakes.clock().instant(), ZoneOffset.UTC),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                List.copyOf(sources.values()));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);

        assertThat(exit).as("exit code\n--- stdout\n%s--- stderr\n%s", stdout, stderr).isEqualTo(4);
        for (FakeVendor v : FakeVendor.values()) {
            // CSV columns: expires, flag, vendor, ...
            long rows = stdout.lines().filter(l -> l.matches("[^,]*,[^,]*," + displayName(v) + ",.*")).count();
            assertThat(rows).as("%s rows in\n%s", v, stdout).isEqualTo(v == failing ? 0 : 1);
        }
        assertThat(stderr).as(stderr).contains("waiver: " + displayName(failing) + " failed: " + switch (failure) {
            case DOWN -> "TransportException: could not connect to the vendor";
            case SLOW -> "TransportTimeoutException: the call timed out";
            case GARBAGE -> "TransportException: could not " + (failing == FakeVendor.QUALYS ? "read" : "decode");
        });
        if (failure != Failure.DOWN) {
            assertThat(fakes.wireMock().findAll(com.github.tomakehurst.wiremock.client.WireMock
                    .anyRequestedFor(urlPathMatching(prefix(failing) + ".*"))))
                    .as("the failed read is not repeated").hasSize(1);
        }
    }

    private AcceptanceSource healthySource(FakeVendor v) {
        return switch (v) {
            case STO -> new StoAcceptanceSource(fakes.stoClient());
            case HAR -> new HarAcceptanceSource(fakes.harClient());
            case IACM -> new IacmAcceptanceSource(fakes.iacmClient(), TestCredentials.HARNESS_ORG_ID,
                    TestCredentials.HARNESS_PROJECT_ID);
            case QUALYS -> new QualysAcceptanceSource(fakes.qualysClient());
        };
    }

    /** A client of the vendor that gives up quickly and never retries, so a case takes about a second. */
    private AcceptanceSource failingSource(FakeVendor v, String baseUrl) {
        return switch (v) {
            case STO -> new StoAcceptanceSource(StoClient.builder().apiKey(TestCredentials.HARNESS_API_KEY)
                    .accountId(TestCredentials.HARNESS_ACCOUNT_ID).orgId(TestCredentials.HARNESS_ORG_ID)
                    .projectId(TestCredentials.HARNESS_PROJECT_ID).baseUrl(baseUrl)
                    .readTimeout(READ_TIMEOUT).retryPolicy(RetryPolicy.none()).build());
            case HAR -> new HarAcceptanceSource(HarClient.builder().apiKey(TestCredentials.HARNESS_API_KEY)
                    .accountId(TestCredentials.HARNESS_ACCOUNT_ID).baseUrl(baseUrl)
                    .readTimeout(READ_TIMEOUT).retryPolicy(RetryPolicy.none()).build());
            case IACM -> new IacmAcceptanceSource(IacmClient.builder().apiKey(TestCredentials.HARNESS_API_KEY)
                    .accountId(TestCredentials.HARNESS_ACCOUNT_ID).baseUrl(baseUrl)
                    .readTimeout(READ_TIMEOUT).retryPolicy(RetryPolicy.none()).build(),
                    TestCredentials.HARNESS_ORG_ID, TestCredentials.HARNESS_PROJECT_ID);
            case QUALYS -> new QualysAcceptanceSource(QualysClient.builder()
                    .username(TestCredentials.QUALYS_USERNAME).password(TestCredentials.QUALYS_PASSWORD)
                    .baseUrl(baseUrl).readTimeout(READ_TIMEOUT).retryPolicy(RetryPolicy.none()).build());
        };
    }

    private void slowDown(FakeVendor v) {
        FakeFault slow = FakeFault.slowBody(Duration.ofSeconds(3));
        switch (v) {
            case STO -> fakes.sto().failNext(StoFake.Operation.LIST, slow);
            case HAR -> fakes.har().failNext(HarFake.Operation.LIST, slow);
            case IACM -> fakes.iacm().failNext(IacmFake.Operation.LIST, slow);
            case QUALYS -> fakes.qualys().failNext(QualysFake.Operation.LIST, slow);
        }
    }

    private static String prefix(FakeVendor v) {
        return switch (v) {
            case STO -> "/sto/api/v2/";
            case HAR -> "/har/api/v3/";
            case IACM -> "/iacm/api/";
            case QUALYS -> "/api/[23]\\.0/fo/compliance/exception/";
        };
    }

    private static String contentType(FakeVendor v) {
        return v == FakeVendor.QUALYS ? "text/xml;charset=UTF-8" : "application/json";
    }

    private static String displayName(FakeVendor v) {
        return switch (v) {
            case STO -> "STO";
            case HAR -> "HAR";
            case IACM -> "IaCM";
            case QUALYS -> "Qualys";
        };
    }

    /** A loopback URL nothing listens on: the port was free a moment ago and is closed again. */
    private static String closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
