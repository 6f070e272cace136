package dev.waiver.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.AttemptResult;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallListener;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.ServerException;
import dev.waiver.core.testing.LogCapture;
import dev.waiver.core.testing.RecordingListener;
import dev.waiver.core.testing.RecordingSleeper;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.paging.PageResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallListenerTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RecordingListener recorder = new RecordingListener();

    private HttpTransport transport(CallListener... listeners) {
        TestTransports.Builder b = new TestTransports.Builder().baseUrl(wm.baseUrl() + "/api")
                .retryPolicy(TestRetries.recording(sleeper));
        for (CallListener l : listeners) {
            b.listener(l);
        }
        return b.build();
    }

    private static TransportRequest getThing(String id) {
        return TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/things/{id}").pathParam("id", id)
                .query("filter", "q-secret-value").build();
    }

    @Test
    void successIsOneAttemptBetweenStartAndFinish() {
        wm.stubFor(get(urlPathEqualTo("/api/things/x1")).willReturn(okJson("{\"id\":\"x1\"}").withHeader("x-request-id", "req-1")));

        try (HttpTransport t = transport(recorder)) {
            assertThat(t.executeJson(getThing("x1"), Map.class)).isEqualTo(Map.of("id", "x1"));
        }

        assertThat(recorder.events()).containsExactly(
                "callStarted test.getThing GET /api/things/{id}",
                "attemptStarted 1",
                "attemptFinished 1 status=200 requestId=req-1 failure=none",
                "callFinished attempts=1 succeeded");
        CallInfo call = recorder.calls().get(0);
        assertThat(call.operation()).isSameAs(TestTransports.OPERATION);
        assertThat(call.serverAddress()).isEqualTo("localhost");
        assertThat(call.serverPort()).isEqualTo(wm.getPort());
        assertThat(recorder.objects()).filteredOn(o -> o instanceof CallInfo).allSatisfy(o -> assertThat(o).isSameAs(call));
        AttemptResult attempt = (AttemptResult) recorder.objects().stream().filter(o -> o instanceof AttemptResult).findFirst().orElseThrow();
        assertThat(attempt.duration()).isPositive();
        CallOutcome outcome = (CallOutcome) recorder.objects().stream().filter(o -> o instanceof CallOutcome).findFirst().orElseThrow();
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.duration()).isGreaterThanOrEqualTo(attempt.duration());
        assertNothingSecret();
    }

    @Test
    void retryThenSuccessReportsBothAttemptsAndTheScheduledRetry() {
        wm.stubFor(get(urlPathEqualTo("/api/things/x1")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("x-request-id", "req-503")).willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo("/api/things/x1")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"x1\"}")));

        try (HttpTransport t = transport(recorder)) {
            t.executeJson(getThing("x1"), Map.class);
        }

        assertThat(sleeper.waits()).hasSize(1);
        assertThat(recorder.events()).containsExactly(
                "callStarted test.getThing GET /api/things/{id}",
                "attemptStarted 1",
                "attemptFinished 1 status=503 requestId=req-503 failure=ServerException",
                "retryScheduled 1 delay=" + sleeper.waits().get(0) + " reason=ServerException",
                "attemptStarted 2",
                "attemptFinished 2 status=200 requestId=none failure=none",
                "callFinished attempts=2 succeeded");
        assertNothingSecret();
    }

    @Test
    void failureEndsTheCallWithTheExceptionThrown() {
        wm.stubFor(get(urlPathEqualTo("/api/things/x1")).willReturn(aResponse().withStatus(404)));

        try (HttpTransport t = transport(recorder)) {
            assertThatThrownBy(() -> t.executeJson(getThing("x1"), Map.class)).isInstanceOf(NotFoundException.class);
        }

        assertThat(recorder.events()).containsExactly(
                "callStarted test.getThing GET /api/things/{id}",
                "attemptStarted 1",
                "attemptFinished 1 status=404 requestId=none failure=NotFoundException",
                "callFinished attempts=1 failed NotFoundException");
        CallOutcome outcome = (CallOutcome) recorder.objects().stream().filter(o -> o instanceof CallOutcome).findFirst().orElseThrow();
        assertThat(outcome.failure().orElseThrow().operation()).contains(TestTransports.OPERATION);
        assertNothingSecret();
    }

    @Test
    void aThrowingListenerIsLoggedOnceAndNeverBreaksTheCallOrTheOthers() {
        wm.stubFor(get(urlPathEqualTo("/api/things/x1")).willReturn(okJson("{\"id\":\"x1\"}")));
        CallListener throwing = new CallListener() {
            @Override
            public void callStarted(CallInfo call) {
                throw new IllegalStateException("listener bug " + TestTransports.API_KEY);
            }

            @Override
            public void callFinished(CallInfo call, CallOutcome outcome) {
                throw new IllegalStateException("another bug");
            }
        };

        try (LogCapture logs = new LogCapture(); HttpTransport t = transport(throwing, recorder)) {
            assertThat(t.executeJson(getThing("x1"), Map.class)).isEqualTo(Map.of("id", "x1"));
            assertThat(t.executeJson(getThing("x1"), Map.class)).isEqualTo(Map.of("id", "x1"));

            assertThat(logs.lines()).filteredOn(l -> l.startsWith("WARN")).singleElement().satisfies(line -> {
                assertThat(line).startsWith("WARN dev.waiver.listener call listener ")
                        .contains("threw java.lang.IllegalStateException in callStarted")
                        .doesNotContain(TestTransports.API_KEY).doesNotContain("listener bug");
            });
        }
        assertThat(recorder.events()).hasSize(8).containsSubsequence(
                "callStarted test.getThing GET /api/things/{id}", "callFinished attempts=1 succeeded",
                "callStarted test.getThing GET /api/things/{id}", "callFinished attempts=1 succeeded");
        assertThat(recorder.calls().get(0)).isNotSameAs(recorder.calls().get(1));
    }

    @Test
    void aThrowingListenerDoesNotChangeAFailure() {
        wm.stubFor(get(urlPathEqualTo("/api/things/x1")).willReturn(aResponse().withStatus(503)));
        CallListener throwing = new CallListener() {
            @Override
            public void attemptFinished(CallInfo call, AttemptResult result) {
                throw new IllegalArgumentException("boom");
            }
        };

        try (HttpTransport t = transport(throwing, recorder)) {
            assertThatThrownBy(() -> t.executeJson(getThing("x1"), Map.class)).isInstanceOf(ServerException.class);
        }
        assertThat(recorder.events()).last().isEqualTo("callFinished attempts=3 failed ServerException");
        wm.verify(3, getRequestedFor(urlPathEqualTo("/api/things/x1")));
    }

    @Test
    void aCompleteUrlIsReportedByItsPathAlone() {
        wm.stubFor(get(urlPathEqualTo("/api/next")).willReturn(okJson("{}")));

        try (HttpTransport t = transport(recorder)) {
            t.executeJson(TransportRequest.toUrl(TestTransports.OPERATION, HttpMethod.GET,
                    wm.baseUrl() + "/api/next?cursor=q-secret-value").build(), Map.class);
        }

        assertThat(recorder.calls().get(0).urlTemplate()).isEqualTo("/api/next");
        assertNothingSecret();
    }

    @Test
    void retryDelayIsTheOneSlept() {
        wm.stubFor(get(urlPathEqualTo("/api/things/x1")).willReturn(aResponse().withStatus(503)));

        try (HttpTransport t = transport(recorder)) {
            assertThatThrownBy(() -> t.executeJson(getThing("x1"), Map.class)).isInstanceOf(ServerException.class);
        }
        assertThat(recorder.objects()).filteredOn(o -> o instanceof Duration).containsExactlyElementsOf(sleeper.waits());
    }

    @Test
    void aStreamedPageIsReportedOnceReadToItsEndWhetherWalkedByItemOrByPage() {
        wm.stubFor(get(urlPathEqualTo("/api/things/x1")).willReturn(okJson("{\"id\":\"x1\"}")));

        try (HttpTransport t = transport(recorder)) {
            PagedIterable<Integer> list = PagedIterable.of(0, (Integer page) -> {
                t.executeJson(getThing("x1"), Map.class);
                List<Integer> items = List.of(page * 10, page * 10 + 1, page * 10 + 2).subList(0, 3 - page);
                return new PageResponse<Integer, Integer>() {
                    @Override
                    public Iterator<Integer> items() {
                        return items.iterator(); // a streamed page: its size is not told up front
                    }

                    @Override
                    public Optional<Integer> nextKey() {
                        return page < 2 ? Optional.of(page + 1) : Optional.empty();
                    }
                };
            });
            assertThat(list.stream().toList()).containsExactly(0, 1, 2, 10, 11, 20);
            List<String> byItem = recorder.events();
            assertThat(byItem).filteredOn(e -> e.startsWith("pageFetched") || e.startsWith("callFinished")).containsExactly(
                    "callFinished attempts=1 succeeded", "pageFetched 0 items=3",
                    "callFinished attempts=1 succeeded", "pageFetched 1 items=2",
                    "callFinished attempts=1 succeeded", "pageFetched 2 items=1");

            List<Integer> sizes = new ArrayList<>();
            list.byPage().forEach(p -> sizes.add(p.items().size()));
            assertThat(sizes).containsExactly(3, 2, 1);
            assertThat(recorder.events().subList(byItem.size(), recorder.events().size()))
                    .filteredOn(e -> e.startsWith("pageFetched")).containsExactly(
                            "pageFetched 0 items=3", "pageFetched 1 items=2", "pageFetched 2 items=1");
        }
    }

    @Test
    void aPageFetchedThroughATransportWithoutListenersIsNotReportedToAnother() {
        wm.stubFor(get(urlPathEqualTo("/api/things/x1")).willReturn(okJson("{\"id\":\"x1\"}")));

        try (HttpTransport listened = transport(recorder); HttpTransport silent = transport()) {
            listened.executeJson(getThing("x1"), Map.class);
            List<Integer> items = PagedIterable.of(0, (Integer page) -> {
                silent.executeJson(getThing("x1"), Map.class);
                return PageResponse.of(List.of(1, 2), null, null, null);
            }).stream().toList();
            assertThat(items).containsExactly(1, 2);
        }
        assertThat(recorder.events()).hasSize(4).noneMatch(e -> e.startsWith("pageFetched"));
    }

    private void assertNothingSecret() {
        assertThat(recorder.everythingSaid()).doesNotContain(TestTransports.API_KEY).doesNotContain("q-secret-value")
                .doesNotContain("acct1").doesNotContain("x1");
    }
}
