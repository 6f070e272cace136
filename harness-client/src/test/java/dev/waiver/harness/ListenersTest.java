package dev.waiver.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.core.CallInfo;
import dev.waiver.core.CallListener;
import dev.waiver.core.Operation;
import dev.waiver.core.testing.LogCapture;
import dev.waiver.core.testing.RecordingListener;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One Harness client's listeners hear STO, HAR and IaCM calls alike. */
class ListenersTest extends HarnessTestSupport {

    private static final List<String> ONE_SUCCESSFUL_ATTEMPT = List.of("attemptStarted 1",
            "attemptFinished 1 status=200 requestId=none failure=none", "callFinished attempts=1 succeeded");

    @Test
    void listenersHearAllThreeApisWithTheirOperationAndTemplate() {
        stubOneCallOfEach();
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();

        try (HarnessClient harness = client().listener(first).listener(second).build()) {
            callEach(harness);
        }

        List<String> expected = new java.util.ArrayList<>();
        expected.add("callStarted sto.findExemptionById GET /sto/api/v2/exemptions/{id}");
        expected.addAll(ONE_SUCCESSFUL_ATTEMPT);
        expected.add("callStarted har.listFirewallExceptionsV3 GET /har/api/v3/scans/exceptions");
        expected.addAll(ONE_SUCCESSFUL_ATTEMPT);
        expected.add("pageFetched 0 items=1");
        expected.add("callStarted iacm.showApproval GET /iacm/api/orgs/{org}/projects/{project}/approvals/{id}");
        expected.addAll(ONE_SUCCESSFUL_ATTEMPT);
        assertThat(first.events()).containsExactlyElementsOf(expected);
        assertThat(second.events()).containsExactlyElementsOf(expected);
        assertThat(first.calls()).extracting(CallInfo::operation).containsExactly(
                Operation.of("sto", "findExemptionById"), Operation.of("har", "listFirewallExceptionsV3"),
                Operation.of("iacm", "showApproval"));
        assertThat(first.calls()).allSatisfy(call -> {
            assertThat(call.serverAddress()).isEqualTo("localhost");
            assertThat(call.serverPort()).isEqualTo(wm.getPort());
        });
        assertThat(first.everythingSaid()).doesNotContain(API_KEY).doesNotContain(ACCOUNT).doesNotContain(EXEMPTION_ID)
                .doesNotContain(APPROVAL_ID).doesNotContain(PROJECT).doesNotContain("?");
    }

    @Test
    void aThrowingListenerIsLoggedOnceAcrossAllThreeApis() {
        stubOneCallOfEach();
        RecordingListener recorder = new RecordingListener();
        CallListener throwing = new CallListener() {
            @Override
            public void callFinished(CallInfo call, dev.waiver.core.CallOutcome outcome) {
                throw new IllegalStateException("bug");
            }
        };

        try (LogCapture logs = new LogCapture(); HarnessClient harness = client().listener(throwing).listener(recorder).build()) {
            callEach(harness);

            assertThat(logs.lines()).filteredOn(l -> l.startsWith("WARN")).singleElement().satisfies(line ->
                    assertThat(line).startsWith("WARN dev.waiver.listener call listener ")
                            .contains("IllegalStateException in callFinished"));
        }
        assertThat(recorder.events()).hasSize(13).filteredOn(e -> e.startsWith("callFinished")).hasSize(3);
    }
}
