package dev.waiver.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.Secret;
import dev.waiver.core.WaiverException;
import dev.waiver.core.testing.LogCapture;
import dev.waiver.core.testing.TestRetries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void credentialsAndAccountAreSentToTheOwnOrigin() {
        wm.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{}")));
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/me").query("page", 0).build(), Map.class);
        }
        wm.verify(getRequestedFor(urlPathEqualTo("/me"))
                .withHeader("x-api-key", equalTo(TestTransports.API_KEY))
                .withQueryParam("accountId", equalTo("acct1"))
                .withQueryParam("page", equalTo("0"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching("waiver-java/[^ ]+ \\(test\\) java/[0-9][^ ]*")));
    }

    @Test
    void aPerRequestAccountOverridesTheClientDefault() {
        wm.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{}")));
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/me").query("accountId", "other").build(), Map.class);
        }
        List<LoggedRequest> seen = wm.findAll(getRequestedFor(urlPathEqualTo("/me")));
        assertThat(seen).singleElement().satisfies(r -> assertThat(r.getUrl()).isEqualTo("/me?accountId=other"));
    }

    /** What a user's application interceptor saw, when the test gives the client one. */
    private final List<okhttp3.Request> seenByApplicationInterceptor = new ArrayList<>();

    /**
     * A transport on {@code wm}, with or without an application interceptor on a shared OkHttp
     * client: without one the credentials are written when the request is built (and taken off
     * a hop to another origin), with one they are written by the network interceptor.
     */
    private HttpTransport transport(boolean applicationInterceptor) {
        TestTransports.Builder b = new TestTransports.Builder().baseUrl(wm.baseUrl()).retryPolicy(RetryPolicy.none());
        if (applicationInterceptor) {
            b.okHttpClient(new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
                seenByApplicationInterceptor.add(chain.request());
                return chain.proceed(chain.request());
            }).build());
        }
        return b.build();
    }

    @ParameterizedTest(name = "application interceptor: {0}")
    @ValueSource(booleans = {false, true})
    void aCrossOriginRedirectNeverCarriesTheKey(boolean applicationInterceptor) {
        other.stubFor(get(urlPathEqualTo("/landing")).willReturn(okJson("{\"where\":\"other\"}")));
        wm.stubFor(get(urlPathEqualTo("/moved")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", other.baseUrl() + "/landing")));
        try (HttpTransport t = transport(applicationInterceptor)) {
            assertThat(t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/moved").build(), Map.class))
                    .containsEntry("where", "other");
        }
        wm.verify(getRequestedFor(urlPathEqualTo("/moved")).withHeader("x-api-key", equalTo(TestTransports.API_KEY)));
        other.verify(1, getRequestedFor(urlPathEqualTo("/landing")).withHeader("x-api-key", absent())
                .withHeader("Authorization", absent()).withQueryParam("accountId", absent()));
    }

    @ParameterizedTest(name = "application interceptor: {0}")
    @ValueSource(booleans = {false, true})
    void aSameOriginRedirectKeepsTheKeyAndTheAccount(boolean applicationInterceptor) {
        wm.stubFor(get(urlPathEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
        wm.stubFor(get(urlPathEqualTo("/new")).willReturn(okJson("{}")));
        try (HttpTransport t = transport(applicationInterceptor)) {
            t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/old").build(), Map.class);
        }
        wm.verify(getRequestedFor(urlPathEqualTo("/new")).withHeader("x-api-key", equalTo(TestTransports.API_KEY))
                .withQueryParam("accountId", equalTo("acct1")));
    }

    @Test
    void anApplicationInterceptorNeverSeesACredential() {
        wm.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{}")));
        try (HttpTransport t = transport(true)) {
            t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/me").build(), Map.class);
            t.withOptions(dev.waiver.core.harness.HarnessCallOptions.of(o -> o.apiKey("per-call-SECRET-key")),
                    AuthStrategy.apiKeyHeader("x-api-key", Secret.of("per-call-SECRET-key", "apiKey")), null)
                    .executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/me").build(), Map.class);
        }
        assertThat(seenByApplicationInterceptor).hasSize(2).allSatisfy(r -> {
            assertThat(r.header("x-api-key")).isNull();
            assertThat(r.toString()).doesNotContain(TestTransports.API_KEY, "per-call-SECRET-key");
        });
        List<LoggedRequest> sent = wm.findAll(getRequestedFor(urlPathEqualTo("/me")));
        assertThat(sent).extracting(r -> r.getHeader("x-api-key"))
                .containsExactly(TestTransports.API_KEY, "per-call-SECRET-key");
    }

    @Test
    void anAbsoluteUrlOnAnotherOriginIsRefusedBeforeSending() {
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            assertThat(t.isSameOrigin(other.baseUrl() + "/x")).isFalse();
            assertThat(t.isSameOrigin(wm.baseUrl() + "/x?id_min=5")).isTrue();
            assertThatThrownBy(() -> t.execute(TransportRequest.toUrl(TestTransports.OPERATION, HttpMethod.GET, other.baseUrl() + "/next").build(), r -> null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only the client's own origin");
        }
        assertThat(other.getAllServeEvents()).isEmpty();
    }

    @Test
    void plainHttpToANonLoopbackHostIsRefusedAtBuildTime() {
        assertThatThrownBy(() -> TestTransports.forUrl("http://api.example.com", RetryPolicy.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to send credentials over plain http to api.example.com")
                .hasMessageContaining("allowInsecureHttp()");
        assertThatThrownBy(() -> TestTransports.forUrl("http://10.1.2.3:8080", RetryPolicy.none()))
                .isInstanceOf(IllegalArgumentException.class);
        new TestTransports.Builder().baseUrl("http://api.example.com").allowInsecureHttp().build().close();
        TestTransports.forUrl("http://localhost:1", RetryPolicy.none()).close();
        TestTransports.forUrl("http://127.0.0.2:1", RetryPolicy.none()).close();
        TestTransports.forUrl("http://[::1]:1", RetryPolicy.none()).close();
        TestTransports.forUrl("https://api.example.com", RetryPolicy.none()).close();
    }

    @Test
    void aBaseUrlThatIsNotAUrlIsRefusedWithTheRule() {
        assertThatThrownBy(() -> TestTransports.forUrl("ftp://x", RetryPolicy.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl must be an absolute http or https URL");
        assertThatThrownBy(() -> TestTransports.forUrl("https://x/?a=b", RetryPolicy.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not carry a query");
    }

    @Test
    void secretsNeverPrint() {
        Secret s = Secret.of("hunter2-SECRET", "password");
        assertThat(s).hasToString("****");
        assertThat(String.valueOf(List.of(s))).doesNotContain("hunter2");
        assertThatThrownBy(() -> Secret.of(" ", "apiKey")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("apiKey must not be null or blank");
    }

    @Test
    void noSecretInAnyLogLineExceptionMessageOrToString() {
        wm.stubFor(get(urlPathEqualTo("/ok")).willReturn(okJson("{}").withHeader("x-request-id", "r1")));
        wm.stubFor(get(urlPathEqualTo("/401")).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"bad key\"}")));
        wm.stubFor(get(urlPathEqualTo("/503")).willReturn(aResponse().withStatus(503)));
        wm.stubFor(get(urlPathEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        List<String> captured = new ArrayList<>();
        try (LogCapture logs = new LogCapture();
             HttpTransport t = TestTransports.forUrl(wm.baseUrl(), TestRetries.noSleep())) {
            t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/ok").query("q", "v").build(), Map.class);
            for (String path : List.of("/401", "/503", "/reset")) {
                WaiverException e = catchThrowableOfType(WaiverException.class,
                        () -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, path).build(), Map.class));
                assertThat(e).as("the call to %s fails with a typed exception", path).isNotNull();
                captured.add(e.getMessage());
                captured.add(e.toString());
                for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                    captured.add(String.valueOf(c.getMessage()));
                }
            }
            captured.add(t.toString());
            captured.addAll(logs.lines());
        }
        assertThat(captured).hasSizeGreaterThan(8);
        assertThat(captured).noneMatch(line -> line.contains(TestTransports.API_KEY))
                .noneMatch(line -> line.contains("acct1"));
        assertThat(captured).anyMatch(line -> line.contains("GET /ok?q=***&accountId=***") || line.contains("GET /ok?q=***"));
    }
}
