package dev.waiver.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.core.TransportTimeoutException;
import dev.waiver.core.WaiverException;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.reliability.support.Clients;
import dev.waiver.reliability.support.Operation;
import dev.waiver.reliability.support.Operations;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of every client against every transport fault, in one table: the call either
 * fails with a typed {@link WaiverException}, or, for an idempotent operation with retries on,
 * succeeds once the fault clears; a non-idempotent operation reaches the server at most once
 * (counted in WireMock's request journal).
 *
 * <p>Retries use the SDK's default policy (3 attempts) without sleeping.
 */
class FaultMatrixTest {

    /** The read timeout against a dribbled answer: short, so the table stays fast. */
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(400);
    /** The read timeout for every other fault: generous, so a loaded machine is not mistaken for one. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    /**
     * A dribbled answer: two chunks over this long. WireMock sends the status line with the first
     * chunk, so the silence before it (1.5 s) is already far past {@link #SHORT_READ_TIMEOUT}.
     */
    static final int DRIBBLE_MILLIS = 3_000;
    static final int MAX_ATTEMPTS = TestRetries.noSleep().maxAttempts();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(40))
            .build();

    /** What goes wrong on the wire. */
    enum WireFault {
        CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK, RANDOM_DATA_THEN_CLOSE,
        DRIBBLE_PAST_READ_TIMEOUT, HTTP_502, HTTP_503, HTTP_504;

        ResponseDefinitionBuilder answer(Operation op, String base) {
            return switch (this) {
                case DRIBBLE_PAST_READ_TIMEOUT -> (op.answerIgnored() ? aResponse().withStatus(200)
                        .withHeader("Content-Type", op.vendor().contentType()).withBody("{\"ignored\": true}")
                        : op.success(base)).withChunkedDribbleDelay(2, DRIBBLE_MILLIS);
                case HTTP_502, HTTP_503, HTTP_504 -> aResponse().withStatus(status())
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body><h1>" + status() + " from the load balancer</h1></body></html>");
                default -> aResponse().withFault(Fault.valueOf(name()));
            };
        }

        int status() {
            return name().startsWith("HTTP_") ? Integer.parseInt(name().substring(5)) : 0;
        }

        Class<? extends WaiverException> failure() {
            if (status() != 0) {
                return ServerException.class;
            }
            return this == DRIBBLE_PAST_READ_TIMEOUT ? TransportTimeoutException.class : TransportException.class;
        }
    }

    /** Whether the fault is a single bad answer or lasts. */
    enum Persistence { FAULT_CLEARS, FAULT_PERSISTS }

    /** The expected result of one cell of the table. */
    record Expected(boolean success, int requests) {
    }

    static Stream<Arguments> matrix() {
        return Operations.all().stream().flatMap(op -> Stream.of(WireFault.values())
                .flatMap(f -> Stream.of(Persistence.values()).map(p -> Arguments.of(op, f, p))));
    }

    static Expected expected(Operation op, WireFault fault, Persistence persistence) {
        if (op.answerIgnored() && fault == WireFault.MALFORMED_RESPONSE_CHUNK) {
            // The status line said 200 and the operation reads no body: the call is done, whatever follows.
            return new Expected(true, 1);
        }
        if (!op.idempotent()) {
            return new Expected(false, 1);
        }
        return persistence == Persistence.FAULT_CLEARS ? new Expected(true, 2) : new Expected(false, MAX_ATTEMPTS);
    }

    @ParameterizedTest(name = "{0} x {1} x {2}")
    @MethodSource("matrix")
    @Timeout(30)
    void everyOperationUnderEveryFault(Operation op, WireFault fault, Persistence persistence) {
        String base = wm.baseUrl();
        if (persistence == Persistence.FAULT_CLEARS) {
            wm.stubFor(op.stub().inScenario("fault").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(fault.answer(op, base)).willSetStateTo("cleared"));
            wm.stubFor(op.stub().inScenario("fault").whenScenarioStateIs("cleared").willReturn(op.success(base)));
        } else {
            wm.stubFor(op.stub().willReturn(fault.answer(op, base)));
        }
        Expected expected = expected(op, fault, persistence);

        Duration readTimeout = fault == WireFault.DRIBBLE_PAST_READ_TIMEOUT ? SHORT_READ_TIMEOUT : READ_TIMEOUT;
        try (Clients clients = Clients.of(base, TestRetries.noSleep(), readTimeout)) {
            if (expected.success()) {
                op.check().accept(op.call().apply(clients));
            } else {
                assertThatThrownBy(() -> op.call().apply(clients))
                        .isInstanceOf(fault.failure())
                        .satisfies(e -> {
                            if (e instanceof ServerException s) {
                                assertThat(s.statusCode()).isEqualTo(fault.status());
                            }
                        });
            }
        }

        wm.verify(expected.requests(), op.requests());
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(expected.requests());
    }
}
