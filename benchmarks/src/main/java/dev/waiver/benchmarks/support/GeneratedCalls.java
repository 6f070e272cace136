package dev.waiver.benchmarks.support;

import dev.waiver.benchmarks.generated.har.api.DefaultApi;
import dev.waiver.benchmarks.generated.har.model.FirewallException;
import dev.waiver.benchmarks.generated.har.model.UpdateFirewallExceptionBody;
import dev.waiver.benchmarks.generated.sto.api.ExemptionsApi;
import dev.waiver.benchmarks.generated.sto.model.Exemption;

/**
 * The client a user would generate instead: openapi-generator's {@code java} generator,
 * {@code library=native} ({@code java.net.http}), from Waiver's own {@code sto.yaml} and
 * {@code har.yaml}, used as its README shows, with the API key added by a request interceptor
 * (the native library does not apply API-key security itself). There is no generated Qualys
 * client: Qualys has no OpenAPI description.
 */
public final class GeneratedCalls {

    private final ExemptionsApi sto;
    private final DefaultApi har;

    /** @param rig where the answers come from */
    public GeneratedCalls(Rig rig) {
        dev.waiver.benchmarks.generated.sto.ApiClient stoClient = new dev.waiver.benchmarks.generated.sto.ApiClient(
                rig.jdkHttp(), dev.waiver.benchmarks.generated.sto.ApiClient.createDefaultObjectMapper(), rig.baseUrl());
        stoClient.setRequestInterceptor(b -> b.header("x-api-key", Credentials.HARNESS_API_KEY));
        this.sto = new ExemptionsApi(stoClient);
        dev.waiver.benchmarks.generated.har.ApiClient harClient = new dev.waiver.benchmarks.generated.har.ApiClient(
                rig.jdkHttp(), dev.waiver.benchmarks.generated.har.ApiClient.createDefaultObjectMapper(), rig.baseUrl());
        harClient.setRequestInterceptor(b -> b.header("x-api-key", Credentials.HARNESS_API_KEY));
        this.har = new DefaultApi(harClient);
    }

    /** @return the STO exemption, read with the generated {@code getExemption} */
    public Exemption stoGet() {
        try {
            return sto.getExemption(Credentials.STO_EXEMPTION_ID, Credentials.HARNESS_ACCOUNT, Credentials.ORG,
                    Credentials.PROJECT, null, null);
        } catch (dev.waiver.benchmarks.generated.sto.ApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the HAR exception, updated with the generated {@code updateFirewallException} */
    public FirewallException harUpdate() {
        UpdateFirewallExceptionBody body = new UpdateFirewallExceptionBody()
                .businessJustification(WaiverCalls.JUSTIFICATION)
                .versionList(new java.util.ArrayList<>(WaiverCalls.VERSIONS))
                .expireAfter(WaiverCalls.EXPIRE_AFTER_DAYS);
        try {
            return har.updateFirewallException(Credentials.HARNESS_ACCOUNT, Credentials.HAR_EXCEPTION_ID, body);
        } catch (dev.waiver.benchmarks.generated.har.ApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
