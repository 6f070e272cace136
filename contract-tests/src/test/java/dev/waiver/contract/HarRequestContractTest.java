package dev.waiver.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.har.HarClient;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.PackageType;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every HAR firewall-exception operation of the SDK, once with every optional part set and once
 * with only what is required, validated on the wire against
 * {@code harness-registry-v3-firewall-api-openapi.yml}.
 */
class HarRequestContractTest extends RequestContractSupport {

    private static final String EXCEPTIONS = "/har/api/v3/scans/exceptions";
    private static final String ONE = EXCEPTIONS + "/{id}";
    private static final String ID = "8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01";
    private static final String REGISTRY = "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b";

    @Override
    HarnessApi api() {
        return HarnessApi.HAR;
    }

    private static void withClient(boolean projectScope, Consumer<HarClient> call) {
        HarClient.Builder builder = HarClient.builder()
                .apiKey("pat.TEST_ACCOUNT.contract-test-key")
                .accountId("Abc123_-xyzABC123_-xyz")
                .baseUrl(wm.baseUrl())
                .retryPolicy(TestRetries.noSleep());
        if (projectScope) {
            builder.orgId("default").projectId("payments");
        }
        try (HarClient har = builder.build()) {
            call.accept(har);
        }
    }

    private static ResponseDefinitionBuilder answer(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(fixture("har-client", "har/" + fixture));
    }

    @Test
    void listWithEveryOptionalPart() {
        answerAll(answer(200, "list-page-2.json"));
        withClient(true, har -> har.firewallExceptions().list(r -> r
                .status(FirewallExceptionStatus.PENDING)
                .packageName("lodash")
                .version("4.17.20")
                .packageTypes(PackageType.NPM, PackageType.MAVEN)
                .registryIds(REGISTRY, "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
                .exceptionId(ID)
                .searchTerm("lod")
                .startPage(2)
                .size(2)
                .sort("createdAt:desc")).byPage().iterator().next());
        assertSentConform("GET", EXCEPTIONS);
    }

    @Test
    void listOneProjectPage() {
        answerAll(answer(200, "list-page-2.json"));
        withClient(false, har -> har.firewallExceptions().list(r -> r.orgId("default").projectId("payments"))
                .byPage().iterator().next());
        assertSentConform("GET", EXCEPTIONS);
    }

    @Test
    void listWithOnlyWhatIsRequired() {
        answerAll(answer(200, "list-empty.json"));
        withClient(false, har -> har.firewallExceptions().list().byPage().iterator().next());
        assertSentConform("GET", EXCEPTIONS);
    }

    @Test
    void createWithEveryOptionalPart() {
        answerAll(answer(201, "exception-pending.json"));
        withClient(false, har -> har.firewallExceptions().create(r -> r
                .registryId(REGISTRY)
                .packageName("lodash")
                .businessJustification("Needed until the upgrade lands")
                .versions("4.17.20", "4.17.21")
                .expireAfterDays(30)
                .remediationPlan("Upgrade in Q3")));
        assertSentConform("POST", EXCEPTIONS);
    }

    @Test
    void createForEveryVersionNeverExpiring() {
        answerAll(answer(201, "exception-pending.json"));
        withClient(false, har -> har.firewallExceptions().create(r -> r
                .registryId(REGISTRY)
                .packageName("lodash")
                .businessJustification("Internal mirror only")
                .allVersions()
                .neverExpires()));
        assertSentConform("POST", EXCEPTIONS);
    }

    @Test
    void createWithOnlyWhatIsRequired() {
        answerAll(answer(201, "exception-pending.json"));
        withClient(false, har -> har.firewallExceptions().create(r -> r
                .registryId(REGISTRY).packageName("lodash").businessJustification("Needed")));
        assertSentConform("POST", EXCEPTIONS);
    }

    @Test
    void updateWithEveryOptionalPart() {
        answerAll(answer(200, "exception-pending.json"));
        withClient(false, har -> har.firewallExceptions().update(ID, r -> r
                .businessJustification("Still needed")
                .versions("4.17.21")
                .expireAfterDays(14)
                .remediationPlan("Upgrade in Q4")));
        assertSentConform("PUT", ONE);
    }

    @Test
    void updateToNeverExpireWithoutAPlanForEveryVersion() {
        answerAll(answer(200, "exception-pending.json"));
        withClient(false, har -> har.firewallExceptions().update(ID, r -> r
                .neverExpires().clearRemediationPlan().allVersions()));
        assertSentConform("PUT", ONE);
    }

    @Test
    void updateWithOnlyWhatIsRequired() {
        answerAll(answer(200, "exception-pending.json"));
        withClient(false, har -> har.firewallExceptions().update(ID, r -> { }));
        assertSentConform("PUT", ONE);
    }

    @Test
    void approveWithNotes() {
        answerAll(answer(200, "exception-approved.json"));
        withClient(false, har -> har.firewallExceptions().approve(ID, r -> r.notes("Reviewed by security")));
        assertSentConform("PUT", ONE + "/status");
    }

    @Test
    void rejectWithOnlyWhatIsRequired() {
        answerAll(answer(200, "exception-approved.json"));
        withClient(false, har -> har.firewallExceptions().reject(ID));
        assertSentConform("PUT", ONE + "/status");
    }

    @Test
    void delete() {
        answerAll(aResponse().withStatus(204));
        withClient(false, har -> har.firewallExceptions().delete(ID));
        assertSentConform("DELETE", ONE);
    }

    @Test
    void listVersionsWithEveryOptionalPart() {
        answerAll(answer(200, "versions-page-1.json"));
        withClient(false, har -> har.firewallExceptions().listVersions(r -> r
                .registryId(REGISTRY).packageName("lodash").startPage(1).size(2)).byPage().iterator().next());
        assertSentConform("GET", "/har/api/v3/scans/versions");
    }

    @Test
    void listVersionsWithOnlyWhatIsRequired() {
        answerAll(answer(200, "versions-page-1.json"));
        withClient(false, har -> har.firewallExceptions().listVersions(r -> { }).byPage().iterator().next());
        assertSentConform("GET", "/har/api/v3/scans/versions");
    }
}
