package dev.waiver.acceptances;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.waiver.core.RetryPolicy;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.sto.StoClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * WireMock answers for the four list operations, from the fixtures under
 * {@code src/test/resources/acceptances/} (our own values, in the shapes the vendors publish: Harness'
 * OpenAPI descriptions, Qualys' API User Guide v8.16 "Exceptions" sample and DTD names), and clients
 * pointed at them without retries. Shared with the cli tests through the test jar.
 */
public final class VendorStubs {

    /** The Harness account of the fixtures. */
    public static final String ACCOUNT = "wAiVeRdEmOaCcOuNt00001";
    /** The Harness organisation of the fixtures. */
    public static final String ORG = "default";
    /** The Harness project of the fixtures. */
    public static final String PROJECT = "payments";
    /** STO's list path. */
    public static final String STO_PATH = "/sto/api/v2/exemptions";
    /** HAR's list path. */
    public static final String HAR_PATH = "/har/api/v3/scans/exceptions";
    /** IaCM's list path for the fixtures' project. */
    public static final String IACM_PATH = "/iacm/api/orgs/" + ORG + "/projects/" + PROJECT + "/approvals";
    /** Qualys' exception endpoint. */
    public static final String QUALYS_PATH = "/api/3.0/fo/compliance/exception/";

    private VendorStubs() {
    }

    /**
     * Answers a vendor's list with its fixture.
     *
     * @param wm      the server
     * @param vendor  the vendor
     * @param delayMs a fixed delay before the answer, 0 for none
     */
    public static void stubList(WireMockServer wm, AcceptanceVendor vendor, int delayMs) {
        wm.stubFor(list(vendor).willReturn(fixture(vendor).withFixedDelay(delayMs)));
    }

    /**
     * Answers a vendor's list with a failure: 503 with Harness' error body for STO, HAR and IaCM
     * (each in its own published shape), Qualys' code 2001 "account expired" with HTTP 200.
     *
     * @param wm     the server
     * @param vendor the vendor
     */
    public static void stubFailure(WireMockServer wm, AcceptanceVendor vendor) {
        ResponseDefinitionBuilder answer = switch (vendor) {
            case STO -> aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                    .withHeader("x-request-id", "req-sto-503").withBody("{\"message\":\"service unavailable\",\"status\":503}");
            case HAR -> aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                    .withHeader("x-request-id", "req-har-503")
                    .withBody("{\"error\":{\"code\":\"unavailable\",\"message\":\"service unavailable\",\"type\":\"API_ERROR\"}}");
            case IACM -> aResponse().withStatus(502).withHeader("Content-Type", "application/vnd.goa.error")
                    .withBody("{\"name\":\"bad_gateway\",\"id\":\"aBcD1234\",\"message\":\"upstream failed\","
                            + "\"temporary\":true,\"timeout\":false,\"fault\":true}");
            case QUALYS -> aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                    .withBody(resource("qualys-2001-account-expired.xml"));
        };
        wm.stubFor(list(vendor).willReturn(answer));
    }

    /**
     * @param vendor a vendor
     * @return the path its list is read from
     */
    public static String path(AcceptanceVendor vendor) {
        return switch (vendor) {
            case STO -> STO_PATH;
            case HAR -> HAR_PATH;
            case IACM -> IACM_PATH;
            case QUALYS -> QUALYS_PATH;
        };
    }

    private static MappingBuilder list(AcceptanceVendor vendor) {
        // Qualys lists by GET or POST (API User Guide); the others by GET.
        return vendor == AcceptanceVendor.QUALYS ? any(urlPathEqualTo(QUALYS_PATH)) : get(urlPathEqualTo(path(vendor)));
    }

    private static ResponseDefinitionBuilder fixture(AcceptanceVendor vendor) {
        return switch (vendor) {
            case STO -> json(resource("sto-exemptions.json"));
            case HAR -> json(resource("har-exceptions.json"));
            case IACM -> json(resource("iacm-approvals.json"))
                    .withHeader("x-page-size", "1000").withHeader("x-total-items", "2").withHeader("x-total-pages", "1");
            case QUALYS -> aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                    .withBody(resource("qualys-exceptions.xml"));
        };
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /**
     * @param name a file under {@code acceptances/} on the test class path
     * @return its text
     */
    public static String resource(String name) {
        try (InputStream in = VendorStubs.class.getResourceAsStream("/acceptances/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param wm the server @return an STO client on it, for the fixtures' project, without retries */
    public static StoClient sto(WireMockServer wm) {
        return StoClient.builder().apiKey("pat.test.key").accountId(ACCOUNT).orgId(ORG).projectId(PROJECT)
                .baseUrl(wm.baseUrl()).retryPolicy(RetryPolicy.none()).build();
    }

    /** @param wm the server @return a HAR client on it, without retries */
    public static HarClient har(WireMockServer wm) {
        return HarClient.builder().apiKey("pat.test.key").accountId(ACCOUNT).baseUrl(wm.baseUrl())
                .retryPolicy(RetryPolicy.none()).build();
    }

    /** @param wm the server @return an IaCM client on it, without retries */
    public static IacmClient iacm(WireMockServer wm) {
        return IacmClient.builder().apiKey("pat.test.key").accountId(ACCOUNT).baseUrl(wm.baseUrl())
                .retryPolicy(RetryPolicy.none()).build();
    }

    /** @param wm the server @return a Qualys client on it, without retries */
    public static QualysClient qualys(WireMockServer wm) {
        return QualysClient.builder().username("test_user").password("test-password").baseUrl(wm.baseUrl())
                .retryPolicy(RetryPolicy.none()).build();
    }
}
