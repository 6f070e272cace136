package dev.waiver.qualys;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.testing.TestRetries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WireMock on a random loopback port, a client pointed at it, and fixture loading. */
abstract class QualysTestSupport {

    static final String USER = "acme_ab12";
    static final String PASSWORD = "s3cr3t:pässword";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    static final String V3_PATH = "/api/3.0/fo/compliance/exception/";
    static final String V2_PATH = "/api/2.0/fo/compliance/exception/";
    static final String FORM = "application/x-www-form-urlencoded";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort())
            .build();

    private QualysClient client;

    QualysClient client() {
        if (client == null) {
            client = client(TestRetries.noSleep(), QualysApiVersion.V3_0);
        }
        return client;
    }

    QualysClient client(RetryPolicy retries, QualysApiVersion version) {
        return QualysClient.builder().baseUrl(wm.baseUrl()).username(USER).password(PASSWORD)
                .apiVersion(version).retryPolicy(retries).build();
    }

    @AfterEach
    void closeClientAndCheckNoDtdFetched() {
        if (client != null) {
            client.close();
        }
        // Every fixture declares a DTD on this very server: fetching it would show up here.
        wm.verify(0, anyRequestedFor(urlPathMatching(".*\\.dtd")));
    }

    /** @return the fixture's text with {{BASE}} replaced by the server's base URL */
    static String fixture(String name) {
        try (InputStream in = QualysTestSupport.class.getResourceAsStream("/qualys/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", wm.baseUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(body);
    }

    static ResponseDefinitionBuilder xmlFixture(int status, String fixture) {
        return xml(status, fixture(fixture));
    }

    static String simpleReturnError(String code, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                + "<!DOCTYPE SIMPLE_RETURN SYSTEM \"" + wm.baseUrl() + "/api/2.0/simple_return.dtd\">\n"
                + "<SIMPLE_RETURN>\n  <RESPONSE>\n    <DATETIME>2025-11-03T10:00:00Z</DATETIME>\n"
                + "    <CODE>" + code + "</CODE>\n    <TEXT>" + text + "</TEXT>\n  </RESPONSE>\n</SIMPLE_RETURN>\n";
    }

    static int requestCount() {
        return wm.findAll(anyRequestedFor(anyUrl())).size();
    }
}
