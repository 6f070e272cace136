package dev.waiver.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.RetryPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestEncodingTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void answerEverything() {
        wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    }

    private String sentUrl(TransportRequest request) {
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl() + "/gateway/", RetryPolicy.none())) {
            t.executeJson(request, Map.class);
        }
        List<LoggedRequest> all = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
        return all.get(all.size() - 1).getUrl();
    }

    @Test
    void pathParametersStayInsideTheirSegment() {
        assertThat(sentUrl(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/items/{id}/history").pathParam("id", "../x").build()))
                .isEqualTo("/gateway/items/..%2Fx/history?accountId=acct1");
        assertThat(sentUrl(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/items/{id}").pathParam("id", "a/b?c=d#e f%").build()))
                .isEqualTo("/gateway/items/a%2Fb%3Fc=d%23e%20f%25?accountId=acct1");
    }

    @Test
    void dotSegmentsBlankAndMissingParametersAreRefusedBeforeSending() {
        assertThatThrownBy(() -> TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/items/{id}").pathParam("id", "..").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("path parameter 'id' must not be '..': it would change the request path");
        assertThatThrownBy(() -> TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/items/{id}").pathParam("id", ".").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/items/{id}").pathParam("id", " ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("path parameter 'id' must not be blank");
        assertThatThrownBy(() -> TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/items/{id}").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("path parameter 'id' is required");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void queryValuesAreEncodedAndNullsSkipped() {
        assertThat(sentUrl(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/q").query("search", "CWE-79 & x=1").query("none", null)
                .query("n", 5).query("tag", "a").query("tag", "b").build()))
                .isEqualTo("/gateway/q?search=CWE-79%20%26%20x%3D1&n=5&tag=a&tag=b&accountId=acct1");
    }

    @Test
    void jsonBodiesOmitNullPropertiesAndKeepExplicitNulls() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expireAfter", null);
        body.put("name", "ü & co");
        sentUrl(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.POST, "/things").jsonBody(body).build());
        wm.verify(postRequestedFor(urlEqualTo("/gateway/things?accountId=acct1"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"expireAfter\":null,\"name\":\"ü & co\"}", false, false)));
    }

    @Test
    void formBodiesAreEncodedByTheSdk() {
        sentUrl(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.POST, "/form/").formField("action", "request")
                .formField("comments", "a & b = c: ü").formField("skip", null).accept("application/xml").build());
        LoggedRequest r = wm.findAll(postRequestedFor(urlEqualTo("/gateway/form/?accountId=acct1"))).get(0);
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(r.getBodyAsString()).isEqualTo("action=request&comments=a+%26+b+%3D+c%3A+%C3%BC");
        assertThat(r.getHeader("Accept")).isEqualTo("application/xml");
    }

    @Test
    void aSharedOkHttpClientIsUsedAndNotShutDownOnClose() throws Exception {
        OkHttpClient shared = new OkHttpClient();
        try (HttpTransport t = new TestTransports.Builder().baseUrl(wm.baseUrl()).okHttpClient(shared)
                .retryPolicy(RetryPolicy.none()).build()) {
            t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/x").build(), Map.class);
        }
        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(shared.connectionPool().connectionCount()).isEqualTo(1);
        shared.connectionPool().evictAll();
    }

    @Test
    void aRequestCannotHaveBothAJsonAndAFormBody() {
        assertThatThrownBy(() -> TransportRequest.builder(TestTransports.OPERATION, HttpMethod.POST, "/x").jsonBody(Map.of()).formField("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON").hasMessageContaining("form");
        assertThat(wm.getAllServeEvents()).as("nothing is sent").isEmpty();
    }
}
