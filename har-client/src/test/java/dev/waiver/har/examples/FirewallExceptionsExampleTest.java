package dev.waiver.har.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.har.HarClient;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FirewallExceptionsExampleTest {

    @Test
    void createsListsUpdatesAndApprovesAgainstTheEmbeddedServer() {
        WireMockServer server = FirewallExceptionsExample.startEmbeddedHarness();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HarClient har = HarClient.builder().apiKey("k").accountId("acct").baseUrl(server.baseUrl())
                .retryPolicy(TestRetries.noSleep()).build()) {
            FirewallException approved = FirewallExceptionsExample.run(har, "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b",
                    new PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(approved.getStatus()).isSameAs(FirewallExceptionStatus.APPROVED);
            String base = "/har/api/v3/scans/exceptions";
            String id = "8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01";
            server.verify(1, postRequestedFor(urlPathEqualTo(base)));
            server.verify(1, getRequestedFor(urlPathEqualTo(base)));
            server.verify(1, putRequestedFor(urlPathEqualTo(base + "/" + id))
                    .withRequestBody(equalToJson("{\"expireAfter\": null, \"remediationPlan\": null}")));
            server.verify(1, putRequestedFor(urlPathEqualTo(base + "/" + id + "/status"))
                    .withRequestBody(equalToJson("{\"status\": \"APPROVED\", "
                            + "\"notes\": \"Approved until the checkout rewrite ships.\"}")));
        } finally {
            server.stop();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "created 8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01 (PENDING)",
                "page 0: 1 pending of 1 in total",
                "updated: expireAfter=null",
                "approved at 2024-11-27T00:33:54.999Z by Alex Smith");
    }
}
