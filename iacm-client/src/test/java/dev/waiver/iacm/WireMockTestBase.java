package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.testing.TestRetries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server on a random loopback port and an {@link IacmClient} pointed at it. */
abstract class WireMockTestBase {

    static final String API_KEY = "pat.px7xd_BFRCi-pfWPYXVjvw.6650a1b2c3d4e5f6a7b8c9d0.Xy7QwErTyUiOpAsDfGhJ";
    static final String ACCOUNT = "px7xd_BFRCi-pfWPYXVjvw";
    static final String ORG = "default";
    static final String PROJECT = "payments";
    static final String COLLECTION = "/iacm/api/orgs/default/projects/payments/approvals";
    static final String ID = "6f66d9a7-9f45-40f2-8af5-6516000d8b98";
    static final String GOA_ERROR = "application/vnd.goa.error";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort())
            .build();

    IacmClient client;
    Approvals approvals;

    @BeforeEach
    void buildClient() {
        client = IacmClient.builder()
                .apiKey(API_KEY)
                .accountId(ACCOUNT)
                .baseUrl(wm.baseUrl())
                .retryPolicy(TestRetries.noSleep())
                .build();
        approvals = client.approvals(ORG, PROJECT);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    static String fixture(String name) {
        try (InputStream in = WireMockTestBase.class.getResourceAsStream("/iacm/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void verifyNothingSent() {
        wm.verify(0, anyRequestedFor(anyUrl()));
    }
}
