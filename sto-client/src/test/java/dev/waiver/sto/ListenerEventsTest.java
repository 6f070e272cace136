package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallListener;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.Operation;
import dev.waiver.core.testing.LogCapture;
import dev.waiver.core.testing.RecordingListener;
import dev.waiver.core.testing.RecordingSleeper;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.sto.model.Exemption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events a {@link CallListener} hears from the STO client, exactly. */
class ListenerEventsTest extends StoTestSupport {

    private static final String ONE = "callStarted sto.findExemptionById GET /sto/api/v2/exemptions/{id}";

    private final RecordingListener recorder = new RecordingListener();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private StoClient listened(CallListener... listeners) {
        StoClient.Builder b = client().orgId(ORG).projectId(PROJECT).retryPolicy(TestRetries.recording(sleeper));
        for (CallListener l : listeners) {
            b.listener(l);
        }
        return b.build();
    }

    @Test
    void aGetIsOneAttemptNamingItsOperationAndTemplate() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID))
                .willReturn(okFixture("exemption.json").withHeader("x-request-id", "req-7")));

        try (StoClient client = listened(recorder)) {
            client.exemptions().get(EXEMPTION_ID);
        }

        assertThat(recorder.events()).containsExactly(
                ONE,
                "attemptStarted 1",
                "attemptFinished 1 status=200 requestId=req-7 failure=none",
                "callFinished attempts=1 succeeded");
        CallInfo call = recorder.calls().get(0);
        assertThat(call.operation()).isEqualTo(Operation.of("sto", "findExemptionById"));
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.serverAddress()).isEqualTo("localhost");
        assertThat(call.serverPort()).isEqualTo(wm.getPort());
        assertThat(call.urlTemplate()).isEqualTo("/sto/api/v2/exemptions/{id}");
        assertNothingSecret();
    }

    @Test
    void aBaseUrlPathPrefixLeadsTheTemplate() {
        wm.stubFor(get(urlPathEqualTo("/gateway" + BASE + "/" + EXEMPTION_ID)).willReturn(okFixture("exemption.json")));

        try (StoClient client = client().baseUrl(wm.baseUrl() + "/gateway/").listener(recorder).build()) {
            client.exemptions().get(EXEMPTION_ID);
        }

        assertThat(recorder.calls().get(0).urlTemplate()).isEqualTo("/gateway/sto/api/v2/exemptions/{id}");
    }

    @Test
    void a503ThenSuccessReportsTheRetry() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("x-harness-request-id", "req-503")).willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okFixture("exemption.json")));

        try (StoClient client = listened(recorder)) {
            client.exemptions().get(EXEMPTION_ID);
        }

        assertThat(sleeper.waits()).hasSize(1);
        assertThat(recorder.events()).containsExactly(
                ONE,
                "attemptStarted 1",
                "attemptFinished 1 status=503 requestId=req-503 failure=ServerException",
                "retryScheduled 1 delay=" + sleeper.waits().get(0) + " reason=ServerException",
                "attemptStarted 2",
                "attemptFinished 2 status=200 requestId=none failure=none",
                "callFinished attempts=2 succeeded");
        assertNothingSecret();
    }

    @Test
    void a404EndsTheCallWithNotFound() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)).willReturn(aResponse().withStatus(404)));

        try (StoClient client = listened(recorder)) {
            assertThatThrownBy(() -> client.exemptions().get(EXEMPTION_ID)).isInstanceOf(NotFoundException.class);
        }

        assertThat(recorder.events()).containsExactly(
                ONE,
                "attemptStarted 1",
                "attemptFinished 1 status=404 requestId=none failure=NotFoundException",
                "callFinished attempts=1 failed NotFoundException");
        CallOutcome outcome = recorder.objects().stream().filter(CallOutcome.class::isInstance)
                .map(CallOutcome.class::cast).findFirst().orElseThrow();
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.failure().orElseThrow().operation()).contains(Operation.of("sto", "findExemptionById"));
        assertNothingSecret();
    }

    @Test
    void threePagesAreThreeCallsEachFollowedByItsPage() {
        for (int page = 0; page < 3; page++) {
            wm.stubFor(get(urlPathEqualTo(BASE)).withQueryParam("page", equalTo(String.valueOf(page)))
                    .willReturn(okFixture("list-page-" + page + ".json")));
        }

        List<Exemption> all;
        try (StoClient client = listened(recorder)) {
            all = client.exemptions().list(r -> r.pageSize(2)).stream().toList();
        }

        assertThat(all).hasSize(5);
        String[] onePage = {"callStarted sto.listExemptions GET /sto/api/v2/exemptions", "attemptStarted 1",
            "attemptFinished 1 status=200 requestId=none failure=none", "callFinished attempts=1 succeeded"};
        assertThat(recorder.events()).containsExactly(
                onePage[0], onePage[1], onePage[2], onePage[3], "pageFetched 0 items=2",
                onePage[0], onePage[1], onePage[2], onePage[3], "pageFetched 1 items=2",
                onePage[0], onePage[1], onePage[2], onePage[3], "pageFetched 2 items=1");
        assertThat(recorder.calls()).hasSize(3).doesNotHaveDuplicates();
        assertNothingSecret();
    }

    @Test
    void aThrowingListenerIsLoggedOnceWhileTheNextListenerHearsEverything() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)).willReturn(okFixture("exemption.json")));
        CallListener throwing = new CallListener() {
            @Override
            public void attemptStarted(CallInfo call, int attempt) {
                throw new IllegalStateException("broken listener holding " + API_KEY);
            }
        };

        try (LogCapture logs = new LogCapture(); StoClient client = listened(throwing, recorder)) {
            assertThat(client.exemptions().get(EXEMPTION_ID).id()).isEqualTo(client.exemptions().get(EXEMPTION_ID).id());

            assertThat(logs.lines()).filteredOn(l -> l.startsWith("WARN")).singleElement().satisfies(line ->
                    assertThat(line).startsWith("WARN dev.waiver.listener call listener ")
                            .contains("IllegalStateException in attemptStarted").doesNotContain(API_KEY));
        }
        assertThat(recorder.events()).containsExactly(
                ONE, "attemptStarted 1", "attemptFinished 1 status=200 requestId=none failure=none",
                "callFinished attempts=1 succeeded",
                ONE, "attemptStarted 1", "attemptFinished 1 status=200 requestId=none failure=none",
                "callFinished attempts=1 succeeded");
    }

    private void assertNothingSecret() {
        assertThat(recorder.everythingSaid()).doesNotContain(API_KEY).doesNotContain(ACCOUNT)
                .doesNotContain(EXEMPTION_ID).doesNotContain(PROJECT).doesNotContain("pageSize").doesNotContain("?");
    }
}
