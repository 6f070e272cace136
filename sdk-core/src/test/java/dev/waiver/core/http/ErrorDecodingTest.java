package dev.waiver.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.ApiException;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.ServerException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorDecodingTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private ApiException call(int status, String contentType, String body) {
        wm.stubFor(get(urlPathEqualTo("/e")).willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType)
                .withHeader("x-request-id", "rid-1").withBody(body)));
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            return catchThrowableOfType(ApiException.class,
                    () -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/e").build(), Map.class));
        }
    }

    @ParameterizedTest
    @CsvSource({"400,BadRequestException", "422,BadRequestException", "401,AuthenticationException",
            "403,PermissionDeniedException", "404,NotFoundException", "409,ConflictException",
            "429,RateLimitedException", "500,ServerException", "502,ServerException", "418,ApiException"})
    void eachStatusMapsToItsException(int status, String simpleName) {
        ApiException e = call(status, "application/json", "{\"message\":\"nope\",\"code\":\"C" + status + "\"}");
        assertThat(e.getClass().getSimpleName()).isEqualTo(simpleName);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.vendorCode()).contains("C" + status);
        assertThat(e.vendorMessage()).contains("nope");
        assertThat(e.requestId()).contains("rid-1");
        assertThat(e).hasMessage("HTTP " + status + " [C" + status + "]: nope (request id rid-1)");
        assertThat(e.error().rawBody()).isEqualTo("{\"message\":\"nope\",\"code\":\"C" + status + "\"}");
    }

    @Test
    void anHtmlPageFromAProxyStillGivesATypedExceptionWithAShortExcerpt() {
        String html = "<html><head><title>502 Bad Gateway</title></head><body>" + "x".repeat(5000) + "</body></html>";
        ApiException e = call(502, "text/html", html);
        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.vendorCode()).isEmpty();
        assertThat(e.getMessage()).startsWith("HTTP 502: (unrecognised error body) <html><head><title>502 Bad Gateway")
                .hasSizeLessThan(300);
        assertThat(e.error().rawBody()).isEqualTo(html);
    }

    @Test
    void truncatedJsonFallsBackToTheStatus() {
        ApiException e = call(404, "application/json", "{\"message\":\"no such");
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.getMessage()).isEqualTo("HTTP 404: (unrecognised error body) {\"message\":\"no such (request id rid-1)");
    }

    @Test
    void anEmptyErrorBodyGivesTheStatusAlone() {
        ApiException e = call(401, "application/json", "");
        assertThat(e).isInstanceOf(AuthenticationException.class).hasMessage("HTTP 401 (request id rid-1)");
    }

    @Test
    void aHugeErrorBodyIsReadOnlyUpToTheLimit() {
        String huge = "{\"message\":\"" + "y".repeat(500_000) + "\"}";
        ApiException e = call(400, "application/json", huge);
        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.error().rawBody()).hasSize(ErrorResponse.MAX_BODY_BYTES);
        assertThat(e.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void controlCharactersNeverReachTheMessage() {
        ApiException e = call(409, "application/json", "{\"message\":\"line1\\nline2\\u0007\"}");
        assertThat(e).isInstanceOf(ConflictException.class).hasMessage("HTTP 409: line1 line2  (request id rid-1)");
    }

    @Test
    void classesForTheRestOfTheTree() {
        assertThat(call(403, "application/json", "{}")).isInstanceOf(PermissionDeniedException.class);
        assertThat(call(429, "application/json", "{}")).isInstanceOf(RateLimitedException.class);
    }
}
