package dev.waiver.testkit.qualys;

import dev.waiver.core.RetryPolicy;
import dev.waiver.qualys.QualysClient;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Starts a Qualys-only fake per test on a fixed clock; raw calls for what the client would refuse to send. */
abstract class QualysFakeTestSupport {

    /** The fake's start time. */
    static final Instant START = Instant.parse("2026-03-02T09:30:00Z");
    /** The v3.0 endpoint path. */
    static final String PATH = "/api/3.0/fo/compliance/exception/";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    WaiverFakes fakes;

    @BeforeEach
    void startFakes() {
        fakes = WaiverFakes.builder().only(FakeVendor.QUALYS).clock(START).start();
    }

    @AfterEach
    void stopFakes() {
        fakes.close();
    }

    /** @return a client without retries, closed by the test */
    QualysClient clientWithoutRetries() {
        return QualysClient.builder().baseUrl(fakes.qualys().baseUrl()).username(TestCredentials.QUALYS_USERNAME)
                .password(TestCredentials.QUALYS_PASSWORD).retryPolicy(RetryPolicy.none()).build();
    }

    /**
     * A raw form POST to the v3.0 endpoint.
     *
     * @param form          the encoded body
     * @param requestedWith whether to send {@code X-Requested-With}
     * @param password      the password to send, or {@code null} for no Authorization header
     * @return the answer
     */
    HttpResponse<String> post(String form, boolean requestedWith, String password) throws IOException, InterruptedException {
        return post(PATH, form, requestedWith, password);
    }

    /** A raw form POST to the given path, with the right credentials and header. */
    HttpResponse<String> postTo(String path, String form) throws IOException, InterruptedException {
        return post(path, form, true, TestCredentials.QUALYS_PASSWORD);
    }

    private HttpResponse<String> post(String path, String form, boolean requestedWith, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fakes.qualys().baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return send(b, requestedWith, password);
    }

    /** A raw GET of a path and query, with the right credentials and header. */
    HttpResponse<String> getFrom(String path, String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(fakes.qualys().baseUrl() + path + "?" + query)).GET(), true,
                TestCredentials.QUALYS_PASSWORD);
    }

    /** A raw GET with the right credentials and header. */
    HttpResponse<String> get(String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(fakes.qualys().baseUrl() + PATH + "?" + query)).GET(), true,
                TestCredentials.QUALYS_PASSWORD);
    }

    /** A raw form POST with the right credentials and header. */
    HttpResponse<String> post(String form) throws IOException, InterruptedException {
        return post(form, true, TestCredentials.QUALYS_PASSWORD);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b, boolean requestedWith, String password)
            throws IOException, InterruptedException {
        if (requestedWith) {
            b.header("X-Requested-With", "test");
        }
        if (password != null) {
            String pair = TestCredentials.QUALYS_USERNAME + ":" + password;
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
