package dev.waiver.reliability.support;

import dev.waiver.core.ClientBuilder;
import dev.waiver.core.RetryPolicy;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.Approvals;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.sto.StoClient;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * One client of each vendor, all pointed at the same (WireMock) base URL with the test credentials
 * of {@link Secrets}, safe creates off (these tests pin the transport's behaviour per fault).
 *
 * @param sto    the STO client (default scope default/payments)
 * @param har    the HAR client (default scope default/payments)
 * @param iacm   the IaCM client
 * @param qualys the Qualys client
 */
public record Clients(StoClient sto, HarClient har, IacmClient iacm, QualysClient qualys) implements AutoCloseable {

    public static final String ORG = "default";
    public static final String PROJECT = "payments";

    /**
     * @param baseUrl     where every client sends its calls
     * @param retries     the retry policy
     * @param readTimeout the read timeout
     * @return the four clients
     */
    public static Clients of(String baseUrl, RetryPolicy retries, Duration readTimeout) {
        return of(baseUrl, retries, readTimeout, null);
    }

    /**
     * @param baseUrl     where every client sends its calls
     * @param retries     the retry policy
     * @param readTimeout the read timeout
     * @param okHttp      a shared OkHttp client, or {@code null} for each client's own
     * @return the four clients
     */
    public static Clients of(String baseUrl, RetryPolicy retries, Duration readTimeout, OkHttpClient okHttp) {
        UnaryOperator<ClientBuilder<?>> common = b -> {
            // The transport's own behaviour per wire fault: the safe-create lookup and second send
            // (ClientBuilder.safeCreates) are covered by testkit's safecreate tests against the fakes.
            b.baseUrl(baseUrl).retryPolicy(retries).readTimeout(readTimeout).safeCreates(false);
            if (okHttp != null) {
                b.okHttpClient(okHttp);
            }
            return b;
        };
        StoClient.Builder sto = StoClient.builder().apiKey(Secrets.API_KEY).accountId(Secrets.ACCOUNT).orgId(ORG)
                .projectId(PROJECT);
        HarClient.Builder har = HarClient.builder().apiKey(Secrets.API_KEY).accountId(Secrets.ACCOUNT).orgId(ORG)
                .projectId(PROJECT);
        IacmClient.Builder iacm = IacmClient.builder().apiKey(Secrets.API_KEY).accountId(Secrets.ACCOUNT);
        QualysClient.Builder qualys = QualysClient.builder().username(Secrets.QUALYS_USER)
                .password(Secrets.QUALYS_PASSWORD);
        common.apply(sto);
        common.apply(har);
        common.apply(iacm);
        common.apply(qualys);
        return new Clients(sto.build(), har.build(), iacm.build(), qualys.build());
    }

    /**
     * Views of these clients ({@code withOptions}) that call as a tenant: per-call key and account
     * (Harness), per-call user and password (Qualys), and an extra header. Closing them does nothing.
     *
     * @return the views
     */
    public Clients asTenant() {
        return new Clients(
                sto.withOptions(o -> o.apiKey(Secrets.TENANT_API_KEY).accountId(Secrets.TENANT_ACCOUNT)
                        .header("X-Correlation-Id", "rel-1")),
                har.withOptions(o -> o.apiKey(Secrets.TENANT_API_KEY).accountId(Secrets.TENANT_ACCOUNT)
                        .header("X-Correlation-Id", "rel-1")),
                iacm.withOptions(o -> o.apiKey(Secrets.TENANT_API_KEY).accountId(Secrets.TENANT_ACCOUNT)
                        .header("X-Correlation-Id", "rel-1")),
                qualys.withOptions(o -> o.credentials(Secrets.TENANT_QUALYS_USER, Secrets.TENANT_QUALYS_PASSWORD)
                        .header("X-Correlation-Id", "rel-1")));
    }

    /** @return the IaCM approvals of the test org and project */
    public Approvals approvals() {
        return iacm.approvals(ORG, PROJECT);
    }

    /** @return the clients, for scanning their {@code toString()} */
    public List<Object> all() {
        return List.of(sto, har, iacm, qualys);
    }

    @Override
    public void close() {
        sto.close();
        har.close();
        iacm.close();
        qualys.close();
    }
}
