package dev.waiver.qualys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.Operation;
import dev.waiver.core.testing.RecordingListener;
import dev.waiver.core.testing.RecordingSleeper;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.qualys.model.ComplianceException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events a {@link dev.waiver.core.CallListener} hears from the Qualys client, exactly. */
class ListenerEventsTest extends QualysTestSupport {

    private static final String NEXT_2 = V3_PATH + "?action=list&truncation_limit=2&details=All&id_min=291";
    private static final String NEXT_3 = V3_PATH + "?action=list&truncation_limit=2&details=All&id_min=293";

    private final RecordingListener recorder = new RecordingListener();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private QualysClient listened() {
        return QualysClient.builder().baseUrl(wm.baseUrl()).username(USER).password(PASSWORD)
                .retryPolicy(TestRetries.recording(sleeper)).listener(recorder).build();
    }

    private static void seed(CreateExceptionRequest.Builder r) {
        r.controlId(16832).hostId(3753479).policyId(1366063).technologyId(390).assigneeId(996765).comments("comment");
    }

    @Test
    void aCreateIsOneAttempt() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "request-created.xml")));

        try (QualysClient client = listened()) {
            client.complianceExceptions().create(ListenerEventsTest::seed);
        }

        assertThat(recorder.events()).containsExactly(
                "callStarted qualys.request POST " + V3_PATH,
                "attemptStarted 1",
                "attemptFinished 1 status=200 requestId=none failure=none",
                "callFinished attempts=1 succeeded");
        CallInfo call = recorder.calls().get(0);
        assertThat(call.operation()).isEqualTo(Operation.of("qualys", "request"));
        assertThat(call.serverAddress()).isEqualTo("localhost");
        assertThat(call.serverPort()).isEqualTo(wm.getPort());
        assertNothingSecret();
    }

    @Test
    void aListRetriedAfterA503ReportsTheRetry() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(xmlFixture(200, "list-batch-3.xml")));

        try (QualysClient client = listened()) {
            assertThat(client.complianceExceptions().list().stream().toList()).hasSize(1);
        }

        assertThat(sleeper.waits()).hasSize(1);
        assertThat(recorder.events()).containsExactly(
                "callStarted qualys.list POST " + V3_PATH,
                "attemptStarted 1",
                "attemptFinished 1 status=503 requestId=none failure=ServerException",
                "retryScheduled 1 delay=" + sleeper.waits().get(0) + " reason=ServerException",
                "attemptStarted 2",
                "attemptFinished 2 status=200 requestId=none failure=none",
                "callFinished attempts=2 succeeded",
                "pageFetched 0 items=1");
        assertNothingSecret();
    }

    @Test
    void aRefusedCallEndsWithItsException() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(404)));

        try (QualysClient client = listened()) {
            assertThatThrownBy(() -> client.complianceExceptions().create(ListenerEventsTest::seed))
                    .isInstanceOf(NotFoundException.class);
        }

        assertThat(recorder.events()).containsExactly(
                "callStarted qualys.request POST " + V3_PATH,
                "attemptStarted 1",
                "attemptFinished 1 status=404 requestId=none failure=NotFoundException",
                "callFinished attempts=1 failed NotFoundException");
        CallOutcome outcome = recorder.objects().stream().filter(CallOutcome.class::isInstance)
                .map(CallOutcome.class::cast).findFirst().orElseThrow();
        assertThat(outcome.failure().orElseThrow().operation()).contains(Operation.of("qualys", "request"));
        assertNothingSecret();
    }

    @Test
    void threeBatchesAreThreeCallsEachFollowedByItsPage() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "list-batch-1.xml")));
        wm.stubFor(get(urlEqualTo(NEXT_2)).willReturn(xmlFixture(200, "list-batch-2.xml")));
        wm.stubFor(get(urlEqualTo(NEXT_3)).willReturn(xmlFixture(200, "list-batch-3.xml")));

        List<ComplianceException> all;
        try (QualysClient client = listened()) {
            all = client.complianceExceptions().list(f -> f.truncationLimit(2)).stream().toList();
        }

        assertThat(all).extracting(ComplianceException::exceptionNumber).containsExactly(289L, 290L, 291L, 292L, 293L);
        assertThat(recorder.events()).containsExactly(
                "callStarted qualys.list POST " + V3_PATH, "attemptStarted 1",
                "attemptFinished 1 status=200 requestId=none failure=none", "callFinished attempts=1 succeeded",
                "pageFetched 0 items=2",
                "callStarted qualys.list GET " + V3_PATH, "attemptStarted 1",
                "attemptFinished 1 status=200 requestId=none failure=none", "callFinished attempts=1 succeeded",
                "pageFetched 1 items=2",
                "callStarted qualys.list GET " + V3_PATH, "attemptStarted 1",
                "attemptFinished 1 status=200 requestId=none failure=none", "callFinished attempts=1 succeeded",
                "pageFetched 2 items=1");
        assertThat(recorder.calls()).hasSize(3).doesNotHaveDuplicates();
        assertNothingSecret();
    }

    private void assertNothingSecret() {
        assertThat(recorder.everythingSaid()).doesNotContain(USER).doesNotContain(PASSWORD)
                .doesNotContain("id_min").doesNotContain("291").doesNotContain("truncation")
                .doesNotContain("16832").doesNotContain("?");
    }
}
