package dev.waiver.har;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.testing.TestRetries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server on a random loopback port and a client pointed at it. */
abstract class HarTestSupport {

    static final String API_KEY = "pat.TEST_ACCOUNT.s3cr3t-key-value";
    static final String ACCOUNT = "Abc123_-xyzABC123_-xyz";
    static final String EXCEPTIONS_PATH = "/har/api/v3/scans/exceptions";
    static final String EXCEPTION_ID = "8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01";
    static final String REGISTRY_ID = "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b";

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort())
            .build();

    HarClient har;

    @BeforeEach
    void createClient() {
        har = clientBuilder().build();
    }

    @AfterEach
    void closeClient() {
        har.close();
    }

    static HarClient.Builder clientBuilder() {
        return HarClient.builder()
                .apiKey(API_KEY)
                .accountId(ACCOUNT)
                .baseUrl(wm.baseUrl())
                .retryPolicy(TestRetries.noSleep());
    }

    static String fixture(String name) {
        try (InputStream in = HarTestSupport.class.getResourceAsStream("/har/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder harError(int status, String type, String code, String message, String param) {
        StringBuilder sb = new StringBuilder("{\"error\":{\"type\":\"").append(type).append('"');
        if (code != null) {
            sb.append(",\"code\":\"").append(code).append('"');
        }
        if (message != null) {
            sb.append(",\"message\":\"").append(message).append('"');
        }
        if (param != null) {
            sb.append(",\"param\":\"").append(param).append('"');
        }
        sb.append("}}");
        return json(status, sb.toString()).withHeader("x-request-id", "req-" + status);
    }

    /** Every request the server received, oldest first. */
    static List<LoggedRequest> requests() {
        List<LoggedRequest> all = new ArrayList<>(wm.getAllServeEvents().stream().map(ServeEvent::getRequest).toList());
        Collections.reverse(all); // WireMock lists newest first
        return all;
    }

    /** The one request the server received. */
    static LoggedRequest onlyRequest() {
        List<LoggedRequest> all = requests();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** Asserts the body is exactly this JSON: same fields, explicit nulls kept apart from absent fields. */
    static void assertJsonBody(LoggedRequest request, String expectedJson) {
        try {
            JsonNode actual = PLAIN.readTree(request.getBodyAsString());
            JsonNode expected = PLAIN.readTree(expectedJson);
            assertThat(actual).as("request body %s", request.getBodyAsString()).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    }

    /** Asserts the credentials every call must carry. */
    static void assertAuthenticated(LoggedRequest request) {
        assertThat(request.getHeader("x-api-key")).isEqualTo(API_KEY);
        assertThat(request.queryParameter("account_identifier").values()).containsExactly(ACCOUNT);
    }
}
