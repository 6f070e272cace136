package dev.waiver.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.LoggedResponse;
import dev.waiver.core.ApiException;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.ResourceLockedException;
import dev.waiver.sto.StoClient;
import dev.waiver.sto.model.ExemptionType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fault kind on every Harness vendor, through the real clients (no retries unless said). */
class FaultsTest {

    private static final Map<Integer, Class<? extends ApiException>> EXCEPTIONS = Map.of(
            401, AuthenticationException.class, 403, PermissionDeniedException.class, 404, NotFoundException.class,
            409, ConflictException.class, 429, RateLimitedException.class, 500, ServerException.class,
            503, ServerException.class);

    private static final WaiverFakes FAKES = WaiverFakes.builder().only(FakeVendor.STO, FakeVendor.HAR, FakeVendor.IACM)
            .retryPolicy(RetryPolicy.none()).start();

    @AfterAll
    static void stop() {
        FAKES.close();
    }

    @BeforeEach
    void clean() {
        FAKES.reset();
    }

    private static LoggedResponse lastResponse() {
        return FAKES.wireMock().getAllServeEvents().get(0).getResponse();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 409, 429, 500, 503})
    void stoStatusFaultsComeInStosShape(int status) {
        FAKES.sto().failNext(StoFake.Operation.LIST, status == 429
                ? FakeFault.rateLimited(Duration.ofSeconds(7)) : FakeFault.status(status));

        assertThatThrownBy(() -> FAKES.stoClient().exemptions().list().stream().toList())
                .isInstanceOfSatisfying(EXCEPTIONS.get(status), e -> {
                    assertThat(e.statusCode()).isEqualTo(status);
                    if (status == 429) {
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                    }
                });
        assertThat(lastResponse().getBodyAsString()).isEqualTo("{\"message\":\"" + reason(status) + "\",\"status\":" + status + "}");
        assertThat(FAKES.stoClient().exemptions().list().stream().toList()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 409, 429, 500, 503})
    void harStatusFaultsComeInHarsShape(int status) {
        FAKES.har().failNext(HarFake.Operation.LIST, status == 429
                ? FakeFault.rateLimited(Duration.ofSeconds(7)) : FakeFault.status(status).withMessage("custom message"));

        assertThatThrownBy(() -> FAKES.harClient().firewallExceptions().list().stream().toList())
                .isInstanceOfSatisfying(EXCEPTIONS.get(status), e -> assertThat(e.statusCode()).isEqualTo(status));
        String body = lastResponse().getBodyAsString();
        assertThat(body).startsWith("{\"error\":{\"type\":\"");
        if (status == 429) {
            assertThat(lastResponse().getHeaders().getHeader("Retry-After").firstValue()).isEqualTo("7");
        } else {
            assertThat(body).contains("\"message\":\"custom message\"");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 409, 423, 429, 500, 503})
    void iacmStatusFaultsComeAsGoaErrors(int status) {
        FAKES.iacm().failNext(IacmFake.Operation.LIST, FakeFault.status(status));

        assertThatThrownBy(() -> FAKES.iacmClient().approvals("default", "payments").list().stream().toList())
                .isInstanceOf(status == 423 ? ResourceLockedException.class : EXCEPTIONS.get(status))
                .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(status));
        assertThat(lastResponse().getHeaders().getContentTypeHeader().mimeTypePart()).isEqualTo("application/vnd.goa.error");
        assertThat(lastResponse().getBodyAsString()).contains("\"name\":\"").contains("\"temporary\":");
    }

    @Test
    void theNextNCallsFailThenTheOperationWorksAgain() {
        try (WaiverFakes retrying = WaiverFakes.builder().only(FakeVendor.STO).start()) {
            retrying.sto().failNext(StoFake.Operation.LIST, 2, FakeFault.unavailable());

            assertThat(retrying.stoClient().exemptions().list().stream().toList()).isEmpty();

            assertThat(retrying.sto().requests()).hasSize(3);
            assertThat(retrying.sto().pendingFaults(StoFake.Operation.LIST)).isZero();
        }
    }

    @Test
    void aFaultOnOneOperationLeavesTheOthersAlone() {
        FAKES.sto().failNext(StoFake.Operation.APPROVE, FakeFault.serverError());

        String id = FAKES.stoClient().exemptions().create(r -> r.issueId("issueCCCCCCCCCCCCCCCC1")
                .type(ExemptionType.OTHER).reason("r")).id();

        assertThatThrownBy(() -> FAKES.stoClient().exemptions().approve(id)).isInstanceOf(ServerException.class);
        assertThat(FAKES.sto().exemption(id)).get().extracting(e -> e.status().value()).isEqualTo("Pending");
    }

    @Test
    void connectionResetIsATransportFailure() {
        FAKES.har().failNext(HarFake.Operation.CREATE, FakeFault.connectionReset());
        // Safe creates off: this pins the fault itself (the safe create's lookup and second send
        // are covered in dev.waiver.testkit.safecreate).
        try (HarClient har = HarClient.builder().baseUrl(FAKES.baseUrl(FakeVendor.HAR))
                .apiKey(TestCredentials.HARNESS_API_KEY).accountId(TestCredentials.HARNESS_ACCOUNT_ID)
                .safeCreates(false).build()) {
            assertThatThrownBy(() -> har.firewallExceptions().create(r -> r.registryId(HarFake.DEFAULT_REGISTRY_ID)
                    .packageName("p").businessJustification("b")))
                    .isInstanceOf(TransportException.class);
        }
        assertThat(FAKES.har().exceptions()).isEmpty();
    }

    @Test
    void aSlowBodyTripsTheReadTimeoutAfterTheOperationWasDone() {
        FAKES.har().failNext(HarFake.Operation.CREATE, FakeFault.slowBody(Duration.ofSeconds(1)));
        try (HarClient impatient = HarClient.builder().baseUrl(FAKES.baseUrl(FakeVendor.HAR))
                .apiKey(TestCredentials.HARNESS_API_KEY).accountId(TestCredentials.HARNESS_ACCOUNT_ID)
                .readTimeout(Duration.ofMillis(50)).retryPolicy(RetryPolicy.none()).safeCreates(false).build()) {
            assertThatThrownBy(() -> impatient.firewallExceptions().create(r -> r.registryId(HarFake.DEFAULT_REGISTRY_ID)
                    .packageName("p").businessJustification("b")))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.requestMayHaveReachedServer()).isTrue());
        }
        assertThat(FAKES.har().exceptions()).hasSize(1);
    }

    @Test
    void aSlowBodyWithinTheTimeoutIsAnsweredNormally() {
        FAKES.sto().failNext(StoFake.Operation.LIST, FakeFault.slowBody(Duration.ofMillis(200)));

        List<?> listed = FAKES.stoClient().exemptions().list().stream().toList();

        assertThat(listed).isEmpty();
        assertThat(FAKES.sto().requests()).hasSize(1);
    }

    @Test
    void clearFaultsDisarms() {
        FAKES.sto().failNext(StoFake.Operation.LIST, 5, FakeFault.forbidden());
        FAKES.sto().clearFaults();

        assertThat(FAKES.stoClient().exemptions().list().stream().toList()).isEmpty();
    }

    @Test
    void aFaultTakesEffectBeforeAuthentication() {
        try (StoClient wrong = StoClient.builder().baseUrl(FAKES.baseUrl(FakeVendor.STO)).apiKey("wrong")
                .accountId(TestCredentials.HARNESS_ACCOUNT_ID).retryPolicy(RetryPolicy.none()).build()) {
            FAKES.sto().failNext(StoFake.Operation.LIST, FakeFault.notFound());
            assertThatThrownBy(() -> wrong.exemptions().list().stream().toList()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> wrong.exemptions().list().stream().toList()).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void badFaultArgumentsAreRefused() {
        assertThatThrownBy(() -> FakeFault.status(302)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeFault.slowBody(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FAKES.sto().failNext(StoFake.Operation.GET, 0, FakeFault.forbidden()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String reason(int status) {
        return Map.of(401, "Unauthorized", 403, "Forbidden", 404, "Not Found", 409, "Conflict",
                429, "Too Many Requests", 500, "Internal Server Error", 503, "Service Unavailable").get(status);
    }
}
