package dev.waiver.testkit.qualys;

import dev.waiver.core.ApiException;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.qualys.ComplianceExceptions;
import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.QualysExceptionRecord;
import dev.waiver.testkit.QualysFake;
import dev.waiver.testkit.TestCredentials;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every fault kind on the Qualys fake, seen through the real client. */
class QualysFaultTest extends QualysFakeTestSupport {

    @Test
    void rateLimit1965CarriesSecondsToWaitInTheBodyAndTheHeader() {
        fakes.qualys().failNext(QualysFake.Operation.LIST, QualysFake.rateLimited(Duration.ofSeconds(68928)));

        try (QualysClient client = clientWithoutRetries()) {
            RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                    () -> client.complianceExceptions().list().stream().toList());

            assertThat(e.statusCode()).isEqualTo(409);
            assertThat(e.vendorCode()).hasValue("1965");
            assertThat(e.vendorMessage()).hasValue("This API cannot be run again for another 68928 seconds.");
            assertThat(e.error().detail("SECONDS_TO_WAIT")).hasValue("68928");
            assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(68928));
            assertThat(e.error().headers().get("X-RateLimit-ToWait-Sec")).containsExactly("68928");
        }
        assertThat(fakes.qualys().pendingFaults(QualysFake.Operation.LIST)).isZero();
    }

    @Test
    void thePreWiredClientRetriesAListThroughTwoRateLimitsWithExactlyThreeRequests() {
        fakes.qualys().seed().pending(2).create();
        fakes.qualys().failNext(QualysFake.Operation.LIST, 2, QualysFake.rateLimited(Duration.ofSeconds(5)));

        assertThat(fakes.qualysClient().complianceExceptions().list().stream().toList()).hasSize(2);

        assertThat(fakes.qualys().requests()).hasSize(3);
    }

    @Test
    void concurrencyLimit1960CarriesCallsToFinish() {
        fakes.qualys().failNext(QualysFake.Operation.UPDATE, QualysFake.concurrencyLimited());

        try (QualysClient client = clientWithoutRetries()) {
            RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> client.complianceExceptions()
                    .update(ExceptionNumbers.of(1), u -> u.comments("c")));

            assertThat(e.statusCode()).isEqualTo(409);
            assertThat(e.vendorCode()).hasValue("1960");
            assertThat(e.error().detail("CALLS_TO_FINISH")).hasValue("1");
        }
    }

    @Test
    void accountExpired2001ComesInsideHttp200() {
        fakes.qualys().failNext(QualysFake.Operation.REQUEST, QualysFake.accountExpired());

        PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                () -> fakes.qualysClient().complianceExceptions().create(r -> r.controlId(1).hostId(2).policyId(3)
                        .technologyId(4).assigneeId(5).comments("c")));

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.vendorCode()).hasValue("2001");
        assertThat(e.vendorMessage()).hasValue("This account has expired.");
        assertThat(fakes.qualys().exceptions()).isEmpty();
    }

    @Test
    void blocked409AndEveryPlainStatusMapToTheirExceptions() {
        try (QualysClient client = clientWithoutRetries()) {
            ComplianceExceptions api = client.complianceExceptions();
            QualysFake q = fakes.qualys();
            q.failNext(QualysFake.Operation.DELETE, QualysFake.blocked());
            q.failNext(QualysFake.Operation.DELETE, FakeFault.conflict());
            q.failNext(QualysFake.Operation.DELETE, FakeFault.unauthorized());
            q.failNext(QualysFake.Operation.DELETE, FakeFault.forbidden());
            q.failNext(QualysFake.Operation.DELETE, FakeFault.notFound());
            q.failNext(QualysFake.Operation.DELETE, FakeFault.rateLimited(Duration.ofSeconds(7)));
            q.failNext(QualysFake.Operation.DELETE, FakeFault.serverError());
            q.failNext(QualysFake.Operation.DELETE, FakeFault.unavailable());

            assertThat(deleteFails(api, ConflictException.class).vendorCode()).hasValue("1920");
            assertThat(deleteFails(api, ConflictException.class).vendorCode()).hasValue("1920");
            ApiException unauthorized = deleteFails(api, AuthenticationException.class);
            assertThat(unauthorized.statusCode()).isEqualTo(401);
            assertThat(unauthorized.vendorCode()).hasValue("2000");
            assertThat(deleteFails(api, PermissionDeniedException.class).statusCode()).isEqualTo(403);
            assertThat(deleteFails(api, NotFoundException.class).statusCode()).isEqualTo(404);
            RateLimitedException tooMany = deleteFails(api, RateLimitedException.class);
            assertThat(tooMany.statusCode()).isEqualTo(429);
            assertThat(tooMany.retryAfter()).hasValue(Duration.ofSeconds(7));
            assertThat(deleteFails(api, ServerException.class).statusCode()).isEqualTo(500);
            assertThat(deleteFails(api, ServerException.class).statusCode()).isEqualTo(503);
            assertThat(api.delete(ExceptionNumbers.of(1)).failedBatches()).hasSize(1);
        }
        assertThat(fakes.qualys().requests()).hasSize(9);
    }

    @Test
    void aRequestIsNotRepeatedAfter503AndCreatesNothing() {
        fakes.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.unavailable());

        ServerException e = catchThrowableOfType(ServerException.class, () -> fakes.qualysClient().complianceExceptions()
                .create(r -> r.controlId(1).hostId(2).policyId(3).technologyId(4).assigneeId(5).comments("c")));

        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(fakes.qualys().requests()).hasSize(1);
        assertThat(fakes.qualys().exceptions()).isEmpty();
    }

    @Test
    void aConnectionResetIsATransportFailureAndTheNextCallSucceeds() {
        fakes.qualys().failNext(QualysFake.Operation.LIST, FakeFault.connectionReset());

        try (QualysClient client = clientWithoutRetries()) {
            assertThat(catchThrowableOfType(TransportException.class,
                    () -> client.complianceExceptions().list().stream().toList())).isNotNull();
            assertThat(client.complianceExceptions().list().stream().toList()).isEmpty();
        }
        assertThat(fakes.qualys().requests()).hasSize(2);
    }

    @Test
    void aSlowBodyTimesOutTheReadButTheRequestWasPerformed() {
        // one normal call first, so the fake answers the slow one's headers well within the read timeout
        fakes.qualysClient().complianceExceptions().list().stream().toList();
        fakes.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.slowBody(Duration.ofSeconds(3)));

        try (QualysClient client = QualysClient.builder().baseUrl(fakes.qualys().baseUrl())
                .username(TestCredentials.QUALYS_USERNAME).password(TestCredentials.QUALYS_PASSWORD)
                .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(300)).safeCreates(false).build()) {
            TransportException e = catchThrowableOfType(TransportException.class, () -> client.complianceExceptions()
                    .create(r -> r.controlId(1).hostId(2).policyId(3).technologyId(4).assigneeId(5).comments("c")));

            assertThat(e.requestMayHaveReachedServer()).isTrue();
        }
        assertThat(fakes.qualys().requests()).hasSize(2);
        assertThat(fakes.qualys().exceptions()).extracting(QualysExceptionRecord::number).containsExactly(1L);
    }

    private static <T extends ApiException> T deleteFails(ComplianceExceptions api, Class<T> type) {
        T e = catchThrowableOfType(type, () -> api.delete(ExceptionNumbers.of(1)));
        assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
        return e;
    }
}
