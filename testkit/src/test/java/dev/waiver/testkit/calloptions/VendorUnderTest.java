package dev.waiver.testkit.calloptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.CallOptions;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.harness.HarnessClientBuilder;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.sto.StoClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * One vendor as the per-call options tests drive it: a client on a WireMock base URL, one list
 * call (every page of which is one HTTP call) made plainly, with common options, or as another
 * tenant, the documented empty answer to it, and where the vendor's credentials travel.
 */
enum VendorUnderTest {

    STO("accountId", null) {
        @Override
        ResponseDefinitionBuilder emptyAnswer() {
            return json("{\"results\":[],\"pagination\":{\"link\":\"\",\"page\":0,\"pageSize\":50,"
                    + "\"totalItems\":0,\"totalPages\":0}}");
        }

        @Override
        Subject open(String baseUrl, RetryPolicy retryPolicy) {
            StoClient client = harness(StoClient.builder(), baseUrl, retryPolicy).build();
            return new Subject(client, o -> client.withOptions(o::accept).exemptions().list().stream().count(),
                    tenant -> client.withOptions(o -> o.accountId(tenant).apiKey(TENANT_SECRET)).exemptions().list()
                            .stream().count(),
                    () -> client.exemptions().list().stream().count());
        }
    },
    HAR("account_identifier", null) {
        @Override
        ResponseDefinitionBuilder emptyAnswer() {
            return json("{\"page\":0,\"size\":20,\"hasMore\":false,\"items\":[],\"meta\":{\"totalCount\":0,"
                    + "\"pendingCount\":0,\"approvedCount\":0,\"rejectedCount\":0,\"expiredCount\":0}}");
        }

        @Override
        Subject open(String baseUrl, RetryPolicy retryPolicy) {
            HarClient client = harness(HarClient.builder(), baseUrl, retryPolicy).build();
            return new Subject(client, o -> client.withOptions(o::accept).firewallExceptions().list().stream().count(),
                    tenant -> client.withOptions(o -> o.accountId(tenant).apiKey(TENANT_SECRET)).firewallExceptions()
                            .list().stream().count(),
                    () -> client.firewallExceptions().list().stream().count());
        }
    },
    IACM(null, "Harness-Account") {
        @Override
        ResponseDefinitionBuilder emptyAnswer() {
            return json("[]").withHeader("x-total-items", "0");
        }

        @Override
        Subject open(String baseUrl, RetryPolicy retryPolicy) {
            IacmClient client = harness(IacmClient.builder(), baseUrl, retryPolicy).build();
            return new Subject(client, o -> client.withOptions(o::accept).approvals().list().stream().count(),
                    tenant -> client.withOptions(o -> o.accountId(tenant).apiKey(TENANT_SECRET)).approvals().list()
                            .stream().count(),
                    () -> client.approvals().list().stream().count());
        }
    },
    QUALYS(null, null) {
        @Override
        ResponseDefinitionBuilder emptyAnswer() {
            return WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                    .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<EXCEPTION_LIST_OUTPUT><RESPONSE>"
                            + "<DATETIME>2026-11-30T09:00:02Z</DATETIME></RESPONSE></EXCEPTION_LIST_OUTPUT>");
        }

        @Override
        Subject open(String baseUrl, RetryPolicy retryPolicy) {
            QualysClient client = QualysClient.builder().baseUrl(baseUrl).username(CLIENT_USER)
                    .password(CLIENT_SECRET).retryPolicy(retryPolicy).build();
            return new Subject(client, o -> client.withOptions(o::accept).complianceExceptions().list().stream().count(),
                    tenant -> client.withOptions(o -> o.credentials(tenant, TENANT_SECRET)).complianceExceptions()
                            .list().stream().count(),
                    () -> client.complianceExceptions().list().stream().count());
        }

        @Override
        void assertCredentials(LoggedRequest request, String tenant) {
            String user = tenant == null ? CLIENT_USER : tenant;
            String password = tenant == null ? CLIENT_SECRET : TENANT_SECRET;
            assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            assertThat(request.getHeader("X-Requested-With")).isEqualTo(QualysClient.REQUESTED_WITH);
        }
    };

    /** The client's own Harness account, API key, and Qualys user and password. */
    static final String CLIENT_ACCOUNT = "clientAccount000000001";
    static final String CLIENT_SECRET = "client-secret-value-1";
    static final String CLIENT_USER = "acme_cl01";
    /** What a per-call tenant override sends instead. */
    static final String TENANT_SECRET = "tenant-secret-value-2";

    /** The header names each vendor's credentials may use: none may reach another origin. */
    static final List<String> CREDENTIAL_HEADERS = List.of("x-api-key", "Harness-Account", "Authorization",
            "X-Requested-With");

    private final String accountQueryParameter;
    private final String accountHeader;

    VendorUnderTest(String accountQueryParameter, String accountHeader) {
        this.accountQueryParameter = accountQueryParameter;
        this.accountHeader = accountHeader;
    }

    /** @return the vendor's documented answer to its list call when nothing matches */
    abstract ResponseDefinitionBuilder emptyAnswer();

    /**
     * @param baseUrl     the WireMock base URL
     * @param retryPolicy the client's retry policy
     * @return the client and its calls
     */
    abstract Subject open(String baseUrl, RetryPolicy retryPolicy);


    /**
     * Checks that a request carries the client's credentials ({@code tenant == null}) or the
     * tenant's, in the vendor's documented places.
     *
     * @param request the request as WireMock received it
     * @param tenant  the per-call account or user, or {@code null} for the client's own
     */
    void assertCredentials(LoggedRequest request, String tenant) {
        String account = tenant == null ? CLIENT_ACCOUNT : tenant;
        assertThat(request.getHeader("x-api-key")).isEqualTo(tenant == null ? CLIENT_SECRET : TENANT_SECRET);
        if (accountQueryParameter != null) {
            assertThat(request.queryParameter(accountQueryParameter).values()).containsExactly(account);
            assertThat(request.containsHeader("Harness-Account")).isFalse();
        } else {
            assertThat(request.getHeader(accountHeader)).isEqualTo(account);
        }
        assertThat(request.containsHeader("Authorization")).isFalse();
    }

    private static <B extends HarnessClientBuilder<B>> B harness(B builder, String baseUrl, RetryPolicy retryPolicy) {
        return builder.baseUrl(baseUrl).apiKey(CLIENT_SECRET).accountId(CLIENT_ACCOUNT).orgId("default")
                .projectId("payments").retryPolicy(retryPolicy);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return WireMock.aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /**
     * A client under test and its list call three ways.
     *
     * @param client      the client, to close
     * @param listWith    the list through a view with the given common options
     * @param listAsTenant the list through a view with another tenant's credentials
     * @param list        the list through the client itself
     */
    record Subject(AutoCloseable client, Consumer<Consumer<CallOptions.Builder<?, ?>>> listWith,
                   Consumer<String> listAsTenant, Runnable list) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            client.close();
        }
    }
}
