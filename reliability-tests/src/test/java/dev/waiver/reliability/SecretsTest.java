package dev.waiver.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.ApiException;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.Secret;
import dev.waiver.core.TransportException;
import dev.waiver.core.testing.LogCapture;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.reliability.support.Bodies;
import dev.waiver.reliability.support.Clients;
import dev.waiver.reliability.support.Operation;
import dev.waiver.reliability.support.Operations;
import dev.waiver.reliability.support.Secrets;
import dev.waiver.sto.StoClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * No credential ever shows: every operation of every client runs through success, vendor errors,
 * retries and transport faults with all logging on (TRACE) and captured, and every log line,
 * exception message, {@code toString()} (causes and suppressed included) and client
 * {@code toString()} is scanned for the API key, the password and the Basic credential, the clients'
 * own and per-call ones ({@code withOptions}) alike. A redirect
 * to another origin carries none of them, and plain http to a host that is not loopback is refused
 * unless the builder allows it.
 */
class SecretsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Another origin (another port on loopback): it must never receive a credential. */
    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Loggers of the test's own WireMock servers, which log what the clients sent them. */
    static final List<String> SERVER_SIDE = List.of("wiremock", "WireMock", "com.github.tomakehurst", "org.eclipse.jetty",
            "org.wiremock");

    /** What the server answers in each round of the scan. */
    enum Answer {
        SUCCESS, UNAUTHORIZED_401, FORBIDDEN_403, RATE_LIMITED_429_THEN_SUCCESS, SERVER_ERROR_500,
        UNAVAILABLE_503_THEN_SUCCESS, CONNECTION_RESET, GARBAGE_200
    }

    @Test
    void noSecretInAnyLogLineMessageOrToString() {
        List<String> captured = new ArrayList<>();
        int logLines;
        try (RootCapture root = new RootCapture(); LogCapture waiver = new LogCapture();
             Clients clients = Clients.of(wm.baseUrl(), TestRetries.noSleep(), Duration.ofSeconds(5))) {
            // Each operation through the clients, then through views with per-call credentials.
            for (Clients calling : List.of(clients, clients.asTenant())) {
                for (Operation op : Operations.all()) {
                    for (Answer answer : Answer.values()) {
                        wm.resetAll();
                        stub(op, answer);
                        try {
                            captured.add(String.valueOf(op.call().apply(calling)));
                        } catch (RuntimeException e) {
                            describe(e, captured, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
                        }
                    }
                }
                calling.all().forEach(c -> captured.add(c.toString()));
            }
            captured.add(Secret.of(Secrets.QUALYS_PASSWORD, "password").toString());
            captured.add(RetryPolicy.defaults().toString());
            List<String> lines = new ArrayList<>(waiver.lines());
            lines.addAll(root.lines());
            logLines = lines.size();
            captured.addAll(lines);
        }
        System.out.println("secrets scan: " + logLines + " log lines and " + (captured.size() - logLines)
                + " messages, toString()s and results scanned");
        // The scan saw real traffic: successes, vendor errors, retries and faults all logged.
        assertThat(logLines).isGreaterThan(2 * Operations.all().size() * Answer.values().length);
        assertThat(captured).anyMatch(l -> l.contains("retrying")).anyMatch(l -> l.contains("401"))
                .anyMatch(l -> l.startsWith("DEBUG")).anyMatch(l -> l.startsWith("TRACE"));
        for (String secret : Secrets.all()) {
            assertThat(captured).as("lines containing %s", secret).noneMatch(line -> line.contains(secret));
        }
    }

    static void stub(Operation op, Answer answer) {
        String base = wm.baseUrl();
        String json = op.vendor().xml() ? null : "{\"message\": \"key rejected\", \"code\": \"UNAUTHORIZED\"}";
        switch (answer) {
            case SUCCESS -> wm.stubFor(op.stub().willReturn(op.success(base).withHeader("x-request-id", "req-1")));
            case UNAUTHORIZED_401 -> wm.stubFor(op.stub().willReturn(op.answer(401, json != null ? json
                    : Bodies.qualysError(base, "2000", "Bad Login/Password"))));
            case FORBIDDEN_403 -> wm.stubFor(op.stub().willReturn(op.answer(403, json != null ? json
                    : Bodies.qualysError(base, "2001", "Account expired"))));
            case RATE_LIMITED_429_THEN_SUCCESS -> thenSuccess(op, op.answer(429, json != null ? json
                    : Bodies.qualysError(base, "1965", "Rate limit exceeded")).withHeader("Retry-After", "0"));
            case SERVER_ERROR_500 -> wm.stubFor(op.stub().willReturn(op.answer(500, json != null ? json
                    : Bodies.qualysError(base, "999", "Internal error"))));
            case UNAVAILABLE_503_THEN_SUCCESS -> thenSuccess(op, aResponse().withStatus(503));
            case CONNECTION_RESET -> wm.stubFor(op.stub().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            case GARBAGE_200 -> wm.stubFor(op.stub().willReturn(op.answer(200, "\u0000<<{not an answer")));
        }
    }

    static void thenSuccess(Operation op, ResponseDefinitionBuilder first) {
        wm.stubFor(op.stub().inScenario("s").whenScenarioStateIs("Started").willReturn(first).willSetStateTo("ok"));
        wm.stubFor(op.stub().inScenario("s").whenScenarioStateIs("ok").willReturn(op.success(wm.baseUrl())));
    }

    /** Adds everything a caller could print about a failure: messages, toString()s, details, causes. */
    static void describe(Throwable t, List<String> out, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        out.add(String.valueOf(t.getMessage()));
        out.add(t.toString());
        out.add(String.valueOf(t.getLocalizedMessage()));
        if (t instanceof ApiException api) {
            out.add(String.valueOf(api.error().details()));
            out.add(String.valueOf(api.error().headers()));
            out.add(api.error().rawBody());
        }
        describe(t.getCause(), out, seen);
        for (Throwable s : t.getSuppressed()) {
            describe(s, out, seen);
        }
    }

    static Stream<Operation> operations() {
        return Operations.all().stream();
    }

    /** A 307 keeps method and body: every operation is sent on to the other origin, without credentials. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aRedirectToAnotherOriginCarriesNoCredential(Operation op) {
        wm.stubFor(op.stub().willReturn(aResponse().withStatus(307)
                .withHeader("Location", elsewhere.baseUrl() + op.path())));
        elsewhere.stubFor(any(anyUrl()).willReturn(op.success(elsewhere.baseUrl())));
        try (Clients clients = Clients.of(wm.baseUrl(), RetryPolicy.none(), Duration.ofSeconds(5))) {
            op.check().accept(op.call().apply(clients));
            op.check().accept(op.call().apply(clients.asTenant()));
        }
        List<LoggedRequest> sent = wm.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).hasSize(2).allSatisfy(r -> assertThat(r.containsHeader("x-api-key")
                || r.containsHeader("Authorization")).as("credentials sent to the own origin").isTrue());
        elsewhere.verify(2, anyRequestedFor(anyUrl())
                .withHeader("x-api-key", absent()).withHeader("Authorization", absent())
                .withHeader("Harness-Account", absent()).withHeader("X-Requested-With", absent())
                .withQueryParam("accountId", absent()).withQueryParam("account_identifier", absent()));
        assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).hasSize(2)
                .allSatisfy(r -> assertThat(r.toString()).doesNotContain(Secrets.API_KEY, Secrets.BASIC_CREDENTIAL,
                        Secrets.QUALYS_PASSWORD, Secrets.TENANT_API_KEY, Secrets.TENANT_BASIC_CREDENTIAL,
                        Secrets.TENANT_QUALYS_PASSWORD, Secrets.TENANT_ACCOUNT));
    }

    /** Qualys' next-batch URL on another origin is refused before anything is sent there. */
    @Test
    void aQualysNextBatchUrlOnAnotherOriginIsRefused() {
        Operation list = Operations.named("qualys.list");
        wm.stubFor(list.stub().willReturn(list.success(wm.baseUrl()).withBody(list.successBody().apply(wm.baseUrl())
                .replace("</EXCEPTION_LIST>", "</EXCEPTION_LIST><WARNING><CODE>1980</CODE><TEXT>more</TEXT><URL>"
                        + elsewhere.baseUrl() + Operations.QUALYS_PATH + "?action=list&amp;id_min=294</URL></WARNING>"))));
        try (Clients clients = Clients.of(wm.baseUrl(), RetryPolicy.none(), Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> list.call().apply(clients)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("refusing to follow");
        }
        assertThat(elsewhere.getAllServeEvents()).isEmpty();
    }

    /** A same-origin redirect keeps them: the guard is about origin, not about redirects. */
    @Test
    void aSameOriginRedirectKeepsTheCredential() {
        Operation op = Operations.named("sto.get");
        wm.stubFor(op.stub().willReturn(aResponse().withStatus(302).withHeader("Location", "/moved/here")));
        wm.stubFor(get(urlPathEqualTo("/moved/here")).willReturn(op.success(wm.baseUrl())));
        try (Clients clients = Clients.of(wm.baseUrl(), RetryPolicy.none(), Duration.ofSeconds(5))) {
            op.check().accept(op.call().apply(clients));
        }
        wm.verify(1, anyRequestedFor(urlPathEqualTo("/moved/here")).withHeader("x-api-key", equalTo(Secrets.API_KEY)));
    }

    static Stream<Map.Entry<String, Supplier<Object>>> insecureBuilders() {
        String url = "http://waiver-reliability.example";
        return Stream.of(
                Map.entry("sto", () -> StoClient.builder().apiKey(Secrets.API_KEY).accountId(Secrets.ACCOUNT).baseUrl(url)),
                Map.entry("har", () -> HarClient.builder().apiKey(Secrets.API_KEY).accountId(Secrets.ACCOUNT).baseUrl(url)),
                Map.entry("iacm", () -> IacmClient.builder().apiKey(Secrets.API_KEY).accountId(Secrets.ACCOUNT)
                        .baseUrl(url)),
                Map.entry("qualys", () -> QualysClient.builder().username(Secrets.QUALYS_USER)
                        .password(Secrets.QUALYS_PASSWORD).baseUrl(url)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("insecureBuilders")
    void plainHttpToANonLoopbackHostIsRefusedUnlessAllowed(Map.Entry<String, Supplier<Object>> client) {
        assertThatThrownBy(() -> build(client.getValue().get(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to send credentials over plain http")
                .hasMessageContaining("allowInsecureHttp()")
                .satisfies(e -> assertThat(e.toString()).doesNotContain(Secrets.API_KEY, Secrets.QUALYS_PASSWORD));
        // Allowed explicitly, it builds (nothing is sent: no call is made).
        try (AutoCloseable built = build(client.getValue().get(), true)) {
            assertThat(built.toString()).doesNotContain(Secrets.API_KEY, Secrets.QUALYS_PASSWORD);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static AutoCloseable build(Object builder, boolean allowInsecure) {
        if (builder instanceof StoClient.Builder b) {
            return (allowInsecure ? b.allowInsecureHttp() : b).build();
        }
        if (builder instanceof HarClient.Builder b) {
            return (allowInsecure ? b.allowInsecureHttp() : b).build();
        }
        if (builder instanceof IacmClient.Builder b) {
            return (allowInsecure ? b.allowInsecureHttp() : b).build();
        }
        QualysClient.Builder b = (QualysClient.Builder) builder;
        return (allowInsecure ? b.allowInsecureHttp() : b).build();
    }

    /** Captures every logger but the test servers' own, at TRACE. */
    static final class RootCapture implements AutoCloseable {
        private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        private final Level previous = root.getLevel();
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

        RootCapture() {
            appender.start();
            root.addAppender(appender);
            root.setLevel(Level.TRACE);
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (ILoggingEvent e : List.copyOf(appender.list)) {
                if (e.getLoggerName().startsWith("dev.waiver")
                        || SERVER_SIDE.stream().anyMatch(e.getLoggerName()::startsWith)) {
                    continue; // dev.waiver is captured by LogCapture; the servers log what they received
                }
                StringBuilder sb = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
                for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                    sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
                }
                lines.add(sb.toString());
            }
            return lines;
        }

        @Override
        public void close() {
            root.detachAppender(appender);
            root.setLevel(previous);
        }
    }
}
