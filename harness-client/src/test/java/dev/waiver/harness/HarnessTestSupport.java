package dev.waiver.harness;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.testing.TestRetries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WireMock on a random loopback port answering one call of each Harness API, and a builder for it. */
abstract class HarnessTestSupport {

    static final String API_KEY = "pat.px7xd_BFRCi-pfWPYXVjvw.6650a1b2c3d4e5f6a7b8c9d0.Xy7QwErTyUiOpAsDfGhJ";
    static final String ACCOUNT = "px7xd_BFRCi-pfWPYXVjvw";
    static final String ORG = "default";
    static final String PROJECT = "payments";

    static final String EXEMPTION_ID = "Xb3kQ9rTz1LmN0pS7vWc4d";
    static final String STO_PATH = "/sto/api/v2/exemptions/" + EXEMPTION_ID;
    static final String HAR_PATH = "/har/api/v3/scans/exceptions";
    static final String APPROVAL_ID = "6f66d9a7-9f45-40f2-8af5-6516000d8b98";
    static final String IACM_PATH = "/iacm/api/orgs/default/projects/payments/approvals/" + APPROVAL_ID;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort())
            .build();

    /** @return a builder for the WireMock server, in project default/payments, never sleeping between retries */
    static HarnessClient.Builder client() {
        return HarnessClient.builder()
                .apiKey(API_KEY)
                .accountId(ACCOUNT)
                .orgId(ORG)
                .projectId(PROJECT)
                .baseUrl(wm.baseUrl())
                .retryPolicy(TestRetries.noSleep());
    }

    /** Answers one STO get, one HAR list page and one IaCM get, each with a published-shape body. */
    static void stubOneCallOfEach() {
        wm.stubFor(get(urlPathEqualTo(STO_PATH)).willReturn(okJson(fixture("sto-exemption.json"))));
        wm.stubFor(get(urlPathEqualTo(HAR_PATH)).willReturn(okJson(fixture("har-list-one.json"))));
        wm.stubFor(get(urlPathEqualTo(IACM_PATH)).willReturn(okJson(fixture("iacm-approval-status.json"))));
    }

    /** Makes one call to each API: STO, then HAR, then IaCM. */
    static void callEach(HarnessClient harness) {
        harness.sto().exemptions().get(EXEMPTION_ID);
        harness.har().firewallExceptions().list().stream().toList();
        harness.iacm().approvals().get(APPROVAL_ID);
    }

    static String fixture(String name) {
        try (InputStream in = HarnessTestSupport.class.getResourceAsStream("/harness/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
