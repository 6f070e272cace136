package dev.waiver.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.waiver.core.RetryPolicy;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.Approvals;
import dev.waiver.iacm.IacmClient;
import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.sto.HarnessScope;
import dev.waiver.sto.StoClient;
import dev.waiver.sto.UpdateExemptionRequest;
import dev.waiver.sto.model.ExemptionType;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.HarFake;
import dev.waiver.testkit.IacmFake;
import dev.waiver.testkit.StoFake;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every JSON answer the Harness fakes give — each operation's success, the vendor errors they
 * produce themselves and canned faults — validated against Harness' published descriptions with
 * the wire-truth checker of {@code contract-tests} ({@link WireContract}), strict on fields the
 * descriptions do not declare. Skipped, saying so, when {@code ../shared/reference/harness/specs}
 * is absent.
 */
class FakesAnswerContractTest {

    private static final String STO = "/sto/api/v2/exemptions";
    private static final String HAR = "/har/api/v3/scans";
    private static final String IACM = "/iacm/api/orgs/{org}/projects/{project}/approvals";

    /** Path templates by API, most specific first. */
    private static final Map<HarnessApi, List<String>> TEMPLATES = Map.of(
            HarnessApi.STO, List.of(STO + "/bulk", STO + "/issue/{issueId}/history/export", STO + "/issue/{issueId}/history",
                    STO + "/issue/{issueId}", STO + "/{id}/promote", STO + "/{id}/{action}", STO + "/{id}", STO),
            HarnessApi.HAR, List.of(HAR + "/versions", HAR + "/exceptions/{id}/status", HAR + "/exceptions/{id}",
                    HAR + "/exceptions"),
            HarnessApi.IACM, List.of(IACM + "/{id}", IACM));

    @Test
    void everyAnswerOfTheHarnessFakesMatchesThePublishedDescriptions() {
        HarnessDescriptions.assumePresent();
        try (WaiverFakes fakes = WaiverFakes.builder().only(FakeVendor.STO, FakeVendor.HAR, FakeVendor.IACM)
                .retryPolicy(RetryPolicy.none()).start()) {
            driveSto(fakes);
            driveHar(fakes);
            driveIacm(fakes);

            List<String> violations = new ArrayList<>();
            Set<String> validated = new TreeSet<>();
            List<ServeEvent> events = new ArrayList<>(fakes.wireMock().getAllServeEvents());
            Collections.reverse(events);
            for (ServeEvent e : events) {
                String method = e.getRequest().getMethod().getName();
                String path = URI.create(e.getRequest().getUrl()).getPath();
                HarnessApi api = path.startsWith("/sto/") ? HarnessApi.STO : path.startsWith("/har/") ? HarnessApi.HAR
                        : HarnessApi.IACM;
                String template = TEMPLATES.get(api).stream().filter(t -> WireContract.matches(t, path)).findFirst()
                        .orElseThrow(() -> new AssertionError("no template for " + path));
                LoggedResponse response = e.getResponse();
                String contentType = response.getHeaders().getContentTypeHeader().isPresent()
                        ? response.getHeaders().getContentTypeHeader().firstValue() : null;
                violations.addAll(WireContract.responseViolations(api, method, template, response.getStatus(), contentType,
                        response.getBodyAsString(), "the " + api + " fake's answer to " + method + " " + e.getRequest().getUrl()));
                validated.add(api + " " + method + " " + template + " " + response.getStatus());
            }

            assertThat(violations).isEmpty();
            assertThat(validated).contains(
                    "STO POST " + STO + " 200", "STO GET " + STO + " 200", "STO GET " + STO + "/{id} 200",
                    "STO PUT " + STO + "/{id} 200", "STO PUT " + STO + "/{id}/{action} 200",
                    "STO PUT " + STO + "/{id}/promote 200", "STO POST " + STO + "/bulk 200",
                    "STO GET " + STO + "/issue/{issueId} 200", "STO GET " + STO + "/issue/{issueId}/history 200",
                    "STO GET " + STO + "/issue/{issueId}/history/export 200", "STO DELETE " + STO + "/{id} 204",
                    "STO GET " + STO + "/{id} 404", "STO POST " + STO + " 400", "STO GET " + STO + " 401",
                    "STO GET " + STO + " 403", "STO GET " + STO + " 429", "STO GET " + STO + " 500",
                    "HAR POST " + HAR + "/exceptions 201", "HAR GET " + HAR + "/exceptions 200",
                    "HAR PUT " + HAR + "/exceptions/{id} 200", "HAR PUT " + HAR + "/exceptions/{id}/status 200",
                    "HAR GET " + HAR + "/versions 200", "HAR DELETE " + HAR + "/exceptions/{id} 204",
                    "HAR POST " + HAR + "/exceptions 409", "HAR PUT " + HAR + "/exceptions/{id} 400",
                    "HAR GET " + HAR + "/exceptions 401", "HAR POST " + HAR + "/exceptions 404",
                    "HAR GET " + HAR + "/exceptions 429", "HAR GET " + HAR + "/exceptions 503",
                    "IACM POST " + IACM + " 200", "IACM GET " + IACM + " 200", "IACM GET " + IACM + "/{id} 200",
                    "IACM PUT " + IACM + "/{id} 200", "IACM GET " + IACM + "/{id} 404", "IACM GET " + IACM + " 401",
                    "IACM PUT " + IACM + "/{id} 423", "IACM POST " + IACM + " 409", "IACM GET " + IACM + " 500",
                    "IACM GET " + IACM + " 502");
        }
    }

    @Test
    void theCheckerRefusesAFieldTheDescriptionDoesNotHaveAndTheWrongErrorShape() {
        HarnessDescriptions.assumePresent();
        assertThat(WireContract.responseViolations(HarnessApi.STO, "POST", STO, 200, "application/json",
                "{\"id\":\"abcdef1234567890ghijkl\",\"invented\":1}", "a probe")).isNotEmpty();
        assertThat(WireContract.responseViolations(HarnessApi.HAR, "GET", HAR + "/exceptions", 401, "application/json",
                "{\"message\":\"Unauthorized\",\"status\":401}", "a probe")).isNotEmpty();
    }

    private static void driveSto(WaiverFakes fakes) {
        StoClient sto = fakes.stoClient();
        String issue = "issueDDDDDDDDDDDDDDDD1";
        String id = sto.exemptions().create(r -> r.issueId(issue).type(ExemptionType.FALSE_POSITIVE).reason("r")
                .durationDays(10).link("https://jira.example/SEC-9").occurrences(42L, 666L)).id();
        sto.exemptions().list().stream().toList();
        sto.exemptions().update(id, UpdateExemptionRequest.from(sto.exemptions().get(id)).reason("changed").build());
        sto.exemptions().approve(id, r -> r.comment("ok").durationDaysOverride(5));
        sto.exemptions().promote(id, r -> r.scope(HarnessScope.org("default")));
        String other = sto.exemptions().create(r -> r.issueId("issueDDDDDDDDDDDDDDDD2").type(ExemptionType.OTHER)
                .reason("r").pipelineId("build")).id();
        sto.exemptions().reject(other, r -> r.comment("no"));
        sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("b").issueIds("issueDDDDDDDDDDDDDDDD3"));
        sto.exemptions().getForIssue(issue);
        sto.exemptions().history(issue).stream().toList();
        sto.exemptions().exportHistory(issue);
        fakes.sto().seed(s -> s.id("exmDelete0000000000001"));
        rawDelete(fakes, FakeVendor.STO, STO + "/exmDelete0000000000001?accountId=" + TestCredentials.HARNESS_ACCOUNT_ID,
                "X-Api-Key");
        catchThrowable(() -> sto.exemptions().get("doesNotExist0000000000"));
        rawPost(fakes, STO + "?accountId=" + TestCredentials.HARNESS_ACCOUNT_ID + "&orgId=default&projectId=payments",
                "{\"issueId\":\"" + issue + "\",\"type\":\"Bogus\",\"reason\":\"r\",\"pendingChanges\":{}}");
        try (StoClient wrong = StoClient.builder().baseUrl(fakes.baseUrl(FakeVendor.STO)).apiKey("wrong")
                .accountId(TestCredentials.HARNESS_ACCOUNT_ID).retryPolicy(RetryPolicy.none()).build()) {
            catchThrowable(() -> wrong.exemptions().list().stream().toList());
        }
        for (FakeFault f : List.of(FakeFault.forbidden(), FakeFault.rateLimited(Duration.ofSeconds(2)), FakeFault.serverError())) {
            fakes.sto().failNext(StoFake.Operation.LIST, f);
            catchThrowable(() -> sto.exemptions().list().stream().toList());
        }
    }

    private static void driveHar(WaiverFakes fakes) {
        HarClient har = fakes.harClient();
        String registry = HarFake.DEFAULT_REGISTRY_ID;
        String id = har.firewallExceptions().create(r -> r.registryId(registry).packageName("left-pad").versions("1.0.0")
                .businessJustification("b").expireAfterDays(7).remediationPlan("plan")).exceptionId();
        har.firewallExceptions().list().stream().toList();
        har.firewallExceptions().update(id, r -> r.neverExpires().clearRemediationPlan());
        catchThrowable(() -> har.firewallExceptions().create(r -> r.registryId(registry).packageName("left-pad")
                .businessJustification("again")));
        har.firewallExceptions().approve(id, r -> r.notes("fine"));
        har.firewallExceptions().list(r -> r.size(1)).byPage().iterator().next();
        catchThrowable(() -> har.firewallExceptions().update(id, r -> r.businessJustification("late")));
        fakes.har().packageVersions(registry, "left-pad", "1.0.0", "1.1.0");
        har.firewallExceptions().listVersions(r -> r.registryId(registry).packageName("left-pad")).stream().toList();
        har.firewallExceptions().delete(id);
        catchThrowable(() -> har.firewallExceptions().create(r -> r.registryId("11111111-2222-4333-8444-555555555555")
                .packageName("x").businessJustification("y")));
        try (HarClient wrong = HarClient.builder().baseUrl(fakes.baseUrl(FakeVendor.HAR)).apiKey("wrong")
                .accountId(TestCredentials.HARNESS_ACCOUNT_ID).retryPolicy(RetryPolicy.none()).build()) {
            catchThrowable(() -> wrong.firewallExceptions().list().stream().toList());
        }
        for (FakeFault f : List.of(FakeFault.rateLimited(Duration.ofSeconds(2)), FakeFault.unavailable())) {
            fakes.har().failNext(HarFake.Operation.LIST, f);
            catchThrowable(() -> har.firewallExceptions().list().stream().toList());
        }
    }

    private static void driveIacm(WaiverFakes fakes) {
        IacmClient iacm = fakes.iacmClient();
        Approvals approvals = iacm.approvals("default", "payments");
        String id = approvals.create(r -> r.pipelineExecutionId("e").pipelineStageId("s").workspaceId("w")).id();
        approvals.list().stream().toList();
        approvals.get(id);
        approvals.update(id, r -> r.status(ApprovalStatus.APPROVED).actionedBy("Ana").actionedByEmail("ana@example.com"));
        approvals.reject(id, r -> r.actionedBy("Ana"));
        approvals.approve(id);
        catchThrowable(() -> approvals.get("00000000-0000-4000-9000-999999999999"));
        try (IacmClient wrong = IacmClient.builder().baseUrl(fakes.baseUrl(FakeVendor.IACM)).apiKey("wrong")
                .accountId(TestCredentials.HARNESS_ACCOUNT_ID).retryPolicy(RetryPolicy.none()).build()) {
            catchThrowable(() -> wrong.approvals("default", "payments").list().stream().toList());
        }
        Map<IacmFake.Operation, FakeFault> faults = new LinkedHashMap<>();
        faults.put(IacmFake.Operation.UPDATE, FakeFault.status(423));
        faults.put(IacmFake.Operation.CREATE, FakeFault.conflict());
        faults.forEach((op, f) -> fakes.iacm().failNext(op, f));
        catchThrowable(() -> approvals.update(id, r -> r.status(ApprovalStatus.REJECTED)));
        catchThrowable(() -> approvals.create(r -> r.pipelineExecutionId("e").pipelineStageId("s").workspaceId("w")));
        for (FakeFault f : List.of(FakeFault.serverError(), FakeFault.status(502))) {
            fakes.iacm().failNext(IacmFake.Operation.LIST, f);
            catchThrowable(() -> approvals.list().stream().toList());
        }
    }

    private static void rawDelete(WaiverFakes fakes, FakeVendor vendor, String pathAndQuery, String keyHeader) {
        send(java.net.http.HttpRequest.newBuilder(URI.create(fakes.baseUrl(vendor) + pathAndQuery))
                .header(keyHeader, TestCredentials.HARNESS_API_KEY).DELETE().build());
    }

    private static void rawPost(WaiverFakes fakes, String pathAndQuery, String json) {
        send(java.net.http.HttpRequest.newBuilder(URI.create(fakes.baseUrl(FakeVendor.STO) + pathAndQuery))
                .header("X-Api-Key", TestCredentials.HARNESS_API_KEY).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void send(java.net.http.HttpRequest request) {
        try {
            java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
