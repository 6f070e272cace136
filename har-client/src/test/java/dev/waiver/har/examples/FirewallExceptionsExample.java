package dev.waiver.har.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.waiver.core.Page;
import dev.waiver.har.HarClient;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Creates, lists, updates ("never expires") and approves a firewall exception. Runs against an
 * embedded server that answers like Harness does, unless {@code HARNESS_API_KEY} and
 * {@code HARNESS_ACCOUNT_ID} are set, in which case it needs {@code HARNESS_REGISTRY_ID} too and
 * talks to Harness SaaS.
 */
public final class FirewallExceptionsExample {

    private FirewallExceptionsExample() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        String key = System.getenv("HARNESS_API_KEY");
        String account = System.getenv("HARNESS_ACCOUNT_ID");
        if (key != null && account != null) {
            try (HarClient har = HarClient.builder().apiKey(key).accountId(account).build()) {
                run(har, System.getenv("HARNESS_REGISTRY_ID"), System.out);
            }
            return;
        }
        WireMockServer server = startEmbeddedHarness();
        try (HarClient har = HarClient.builder().apiKey("example-key").accountId("exampleAccount0000000a")
                .baseUrl(server.baseUrl()).build()) {
            run(har, "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b", System.out);
        } finally {
            server.stop();
        }
    }

    /**
     * The walk-through itself.
     *
     * @param har        the client
     * @param registryId the registry's UUID
     * @param out        where to report
     * @return the approved exception
     */
    public static FirewallException run(HarClient har, String registryId, PrintStream out) {
        FirewallException created = har.firewallExceptions().create(r -> r
                .registryId(registryId)
                .packageName("lodash")
                .versions("4.17.20")
                .businessJustification("The legacy checkout build pins lodash 4.17.x until the Q3 upgrade.")
                .expireAfterDays(30));
        out.println("created " + created.getExceptionId() + " (" + created.getStatus() + ")");

        for (Page<FirewallException> page : har.firewallExceptions()
                .list(r -> r.status(FirewallExceptionStatus.PENDING).size(50)).byPage()) {
            out.println("page " + page.index() + ": " + page.items().size() + " pending of "
                    + page.totalItems().orElse(-1) + " in total");
        }

        FirewallException updated = har.firewallExceptions().update(created.getExceptionId(),
                r -> r.neverExpires().clearRemediationPlan());
        out.println("updated: expireAfter=" + updated.getExpireAfter());

        FirewallException approved = har.firewallExceptions().approve(created.getExceptionId(),
                "Approved until the checkout rewrite ships.");
        out.println("approved at " + approved.getStatusChangedAt() + " by " + approved.getStatusChangedBy().getDisplayName());
        return approved;
    }

    /**
     * An embedded server answering the four calls like Harness.
     *
     * @return the running server on a free loopback port
     */
    public static WireMockServer startEmbeddedHarness() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort()
                .bindAddress("127.0.0.1"));
        server.start();
        String base = "/har/api/v3/scans/exceptions";
        String id = "8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01";
        String pending = resource("exception-pending.json");
        server.stubFor(post(urlPathEqualTo(base)).willReturn(json(201, pending)));
        server.stubFor(get(urlPathEqualTo(base)).willReturn(json(200,
                "{\"page\":0,\"size\":50,\"hasMore\":false,\"items\":[" + pending + "],"
                        + "\"meta\":{\"totalCount\":1,\"pendingCount\":1,\"approvedCount\":0,\"rejectedCount\":0,"
                        + "\"expiredCount\":0}}")));
        server.stubFor(put(urlPathEqualTo(base + "/" + id)).willReturn(json(200,
                pending.replace("\"expireAfter\": 30", "\"expireAfter\": null"))));
        server.stubFor(put(urlPathEqualTo(base + "/" + id + "/status"))
                .willReturn(json(200, resource("exception-approved.json"))));
        return server;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String resource(String name) {
        try (InputStream in = FirewallExceptionsExample.class.getResourceAsStream("/har/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
