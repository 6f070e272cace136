package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.ApiException;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionScopeLevel;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WireMock on a random loopback port and a client pointed at it, scoped to project default/payments. */
abstract class StoTestSupport {

    static final String API_KEY = "pat.Zk3.test-key-never-real";
    static final String ACCOUNT = "px7xd_BFRCi-pfWPYXVjvw";
    static final String ORG = "default";
    static final String PROJECT = "payments";
    static final String EXEMPTION_ID = "Xb3kQ9rTz1LmN0pS7vWc4d";
    static final String BASE = "/sto/api/v2/exemptions";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort())
            .build();

    StoClient sto;

    @BeforeEach
    void createClient() {
        sto = client().orgId(ORG).projectId(PROJECT).build();
    }

    @AfterEach
    void closeClient() {
        sto.close();
    }

    /** @return a builder for the WireMock server, without default scope, never sleeping between retries */
    static StoClient.Builder client() {
        return StoClient.builder()
                .apiKey(API_KEY)
                .accountId(ACCOUNT)
                .baseUrl(wm.baseUrl())
                .retryPolicy(TestRetries.noSleep());
    }

    static String fixture(String name) {
        try (InputStream in = StoTestSupport.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder okFixture(String name) {
        return okJson(fixture(name));
    }

    /** Adds what every call must carry: the API key header and the account query parameter. */
    static RequestPatternBuilder authenticated(RequestPatternBuilder pattern) {
        return pattern.withHeader("x-api-key", equalTo(API_KEY))
                .withQueryParam("accountId", equalTo(ACCOUNT));
    }

    /** @return the one request WireMock received, failing if there were more or none */
    static LoggedRequest onlyRequest() {
        List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /**
     * Stubs a GET answering STO's error body and checks the call maps it to the typed exception with
     * status, message, the body's status detail and the request id.
     */
    static void assertGetRefused(String path, int status, String message, Class<? extends ApiException> type,
                                 Runnable call) {
        wm.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withStatus(status)
                        .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-" + status)
                        .withBody("{\"message\": \"" + message + "\", \"status\": " + status + "}")));

        assertThatThrownBy(call::run).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.vendorMessage()).hasValue(message);
            assertThat(e.error().detail("status")).hasValue(String.valueOf(status));
            assertThat(e.requestId()).hasValue("req-" + status);
        });
        wm.verify(1, getRequestedFor(urlPathEqualTo(path)));
    }

    static void assertNothingSent() {
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    /** Every field of fixtures/exemption.json. */
    static void assertFullExemption(Exemption e) {
        assertThat(e.id()).isEqualTo(EXEMPTION_ID);
        assertThat(e.issueId()).isEqualTo("iss7Hq2LmZ0pX4rT9vBn1c");
        assertThat(e.type()).isSameAs(ExemptionType.FALSE_POSITIVE);
        assertThat(e.reason()).isEqualTo("Waiting on upstream bug fix");
        assertThat(e.status()).isSameAs(ExemptionStatus.APPROVED);
        assertThat(e.exemptionStatusAtScan()).containsSame(ExemptionStatus.PENDING);
        assertThat(e.scope()).containsSame(ExemptionScopeLevel.PROJECT);
        assertThat(e.canApproveFor()).containsExactly(ExemptionScopeLevel.ACCOUNT, ExemptionScopeLevel.ORG,
                ExemptionScopeLevel.PROJECT, ExemptionScopeLevel.PIPELINE, ExemptionScopeLevel.TARGET);
        assertThat(e.canCancel()).hasValue(true);
        assertThat(e.canCreate()).hasValue(false);
        assertThat(e.canReApprove()).hasValue(true);
        assertThat(e.canReject()).hasValue(false);
        assertThat(e.comment()).hasValue("This exemption was reviewed by the security team.");
        assertThat(e.link()).hasValue("https://example.com/ABC-1234");
        assertThat(e.orgId()).hasValue("default");
        assertThat(e.orgName()).hasValue("Default Organization");
        assertThat(e.projectId()).hasValue("payments");
        assertThat(e.projectName()).hasValue("Payments");
        assertThat(e.pipelineId()).hasValue("build_and_scan");
        assertThat(e.targetId()).hasValue("tgt4Rk8sPq1Wn6Yz0Lm3Jd");
        assertThat(e.scanId()).hasValue("scn9Tb2Xc5Vn8Mq1Lk4Hg7");
        assertThat(e.search()).hasValue("CWE-123,5");
        assertThat(e.occurrences()).containsExactly(42L, 666L);
        assertThat(e.numOccurrences()).hasValue(2L);
        assertThat(e.isDeleted()).hasValue(false);
        assertThat(e.pendingChanges().durationDays()).hasValue(7L);
        assertThat(e.requesterId()).isEqualTo("usr1Ab2Cd3Ef4Gh5Ij6Kl7");
        assertThat(e.requesterName()).hasValue("Priya Nair");
        assertThat(e.requesterEmail()).hasValue("priya.nair@example.com");
        assertThat(e.approverId()).hasValue("usr8Mn9Op0Qr1St2Uv3Wx4");
        assertThat(e.approverName()).hasValue("Sam Okafor");
        assertThat(e.approverEmail()).hasValue("sam.okafor@example.com");
        assertThat(e.created()).isEqualTo(Instant.parse("2022-05-03T11:44:00Z"));
        assertThat(e.lastModified()).isEqualTo(Instant.parse("2022-05-04T11:44:00Z"));
        assertThat(e.expiration()).hasValue(Instant.parse("2022-06-03T11:44:00Z"));
        assertThat(e.reviewedOn()).hasValue(Instant.parse("2022-05-05T11:44:00Z"));
        assertThat(e.requestedOn()).hasValue(Instant.parse("2022-05-03T11:45:00Z"));
    }

    static List<String> ids(Iterable<Exemption> exemptions) {
        List<String> ids = new java.util.ArrayList<>();
        exemptions.forEach(e -> ids.add(e.id()));
        return ids;
    }
}
