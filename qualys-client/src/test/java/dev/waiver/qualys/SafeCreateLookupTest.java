package dev.waiver.qualys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.Operation;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.TransportException;
import dev.waiver.core.WaiverException;
import dev.waiver.core.testing.RecordingListener;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.qualys.model.CreatedExceptions;
import dev.waiver.qualys.model.ExceptionNumbers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The safe create's lookup on the wire: the Host List call (path, method, query, headers) and its
 * answer in the shape of Qualys' published sample, then the exception list by IP, control and policy.
 */
class SafeCreateLookupTest extends QualysTestSupport {

    private static final String HOST_LIST = "/api/2.0/fo/asset/host/?action=list&ids=2872568";
    private static final String CREATE_BODY = "action=request&control_id=1683&host_id=2872568&policy_id=1366063"
            + "&technology_id=390&assignee_id=996765&comments=accepted+risk";
    private static final String LIST_BODY = "action=list&ip=10.10.25.182&control_id=1683&policy_id=1366063";

    private static CreatedExceptions create(QualysClient qualys) {
        return qualys.complianceExceptions().create(r -> r.controlId(1683).hostId(2872568).policyId(1366063)
                .technologyId(390).assigneeId(996765).comments("accepted risk"));
    }

    private static void createIsReset() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).withRequestBody(containing("action=request"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static void hostListAnswers(String fixture) {
        wm.stubFor(get(urlEqualTo(HOST_LIST)).willReturn(xmlFixture(200, fixture)));
    }

    /** Method, URL and body of each call, in order. */
    private static List<String> wire() {
        return wm.findAll(anyRequestedFor(anyUrl())).stream().sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
                .map(SafeCreateLookupTest::line).toList();
    }

    private static String line(LoggedRequest r) {
        return r.getMethod().getName() + " " + r.getUrl() + " " + r.getBodyAsString();
    }

    private TransportException originalFailure() {
        TransportException e = catchThrowableOfType(TransportException.class, () -> create(client()));
        assertThat(e).isNotNull();
        assertThat(e.requestMayHaveReachedServer()).isTrue();
        assertThat(e.operation()).contains(Operation.of("qualys", "request"));
        return e;
    }

    @Test
    void theHostListGivesTheIpAndTheExactControlAmongTheListedIsRecovered() {
        createIsReset();
        hostListAnswers("host-list-sample.xml");
        wm.stubFor(post(urlEqualTo(V3_PATH)).withRequestBody(containing("action=list"))
                .willReturn(xmlFixture(200, "list-safe-create.xml")));

        CreatedExceptions created = create(client());

        // 301 is control 16832 (the filter matches prefixes), 303 is Rejected: 302 alone is ours
        assertThat(created).isEqualTo(CreatedExceptions.ofRecovered(ExceptionNumbers.of(302)));
        assertThat(created.recovered()).isTrue();
        assertThat(created.exceptionNumbers()).isEqualTo(ExceptionNumbers.of(302));
        assertThat(created.text()).isEmpty();
        assertThat(created.datetime()).isEmpty();
        assertThat(created.toString()).isEqualTo("CreatedExceptions{exceptionNumbers=" + ExceptionNumbers.of(302)
                + ", text=, datetime=null, recovered=true}");
        assertThat(wire()).containsExactly("POST " + V3_PATH + " " + CREATE_BODY, "GET " + HOST_LIST + " ",
                "POST " + V3_PATH + " " + LIST_BODY);
        wm.verify(1, getRequestedFor(urlEqualTo(HOST_LIST))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java"))
                .withHeader("Accept", equalTo("application/xml, text/xml"))
                .withHeader("User-Agent", containing("waiver-java/"))
                .withHeader("Content-Type", absent()));
    }

    @Test
    void theLookupCallsAreHeardByListenersAndTrackTheLimits() {
        createIsReset();
        wm.stubFor(get(urlEqualTo(HOST_LIST)).willReturn(xmlFixture(200, "host-list-sample.xml")
                .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Window-Sec", "3600")
                .withHeader("X-RateLimit-Remaining", "297").withHeader("X-RateLimit-ToWait-Sec", "0")
                .withHeader("X-Concurrency-Limit-Limit", "2").withHeader("X-Concurrency-Limit-Running", "1")));
        wm.stubFor(post(urlEqualTo(V3_PATH)).withRequestBody(containing("action=list"))
                .willReturn(xmlFixture(200, "list-safe-create.xml")));
        RecordingListener recorder = new RecordingListener();

        try (QualysClient qualys = QualysClient.builder().baseUrl(wm.baseUrl()).username(USER).password(PASSWORD)
                .retryPolicy(TestRetries.noSleep()).listener(recorder).build()) {
            assertThat(create(qualys).recovered()).isTrue();
            assertThat(qualys.lastRateLimit()).hasValueSatisfying(l -> assertThat(l.remaining()).hasValue(297));
        }

        assertThat(recorder.events()).containsExactly(
                "callStarted qualys.request POST " + V3_PATH,
                "attemptStarted 1",
                "attemptFinished 1 status=none requestId=none failure=TransportException",
                "callFinished attempts=1 failed TransportException",
                "callStarted qualys.hostList GET /api/2.0/fo/asset/host/",
                "attemptStarted 1",
                "attemptFinished 1 status=200 requestId=none failure=none",
                "callFinished attempts=1 succeeded",
                "callStarted qualys.list POST " + V3_PATH,
                "attemptStarted 1",
                "attemptFinished 1 status=200 requestId=none failure=none",
                "callFinished attempts=1 succeeded",
                "pageFetched 0 items=3");
        assertThat(recorder.calls()).extracting(c -> c.operation()).containsExactly(Operation.of("qualys", "request"),
                Operation.of("qualys", "hostList"), Operation.of("qualys", "list"));
    }

    @Test
    void aRecoveredResultDiffersFromQualysOwnAnswer() {
        CreatedExceptions recovered = CreatedExceptions.ofRecovered(ExceptionNumbers.of(302));
        CreatedExceptions answered = CreatedExceptions.of(null, "", ExceptionNumbers.of(302));

        assertThat(answered.recovered()).isFalse();
        assertThat(recovered).isNotEqualTo(answered);
        assertThat(recovered).isEqualTo(CreatedExceptions.ofRecovered(ExceptionNumbers.of(302)))
                .hasSameHashCodeAs(CreatedExceptions.ofRecovered(ExceptionNumbers.of(302)));
        assertThat(recovered.hashCode()).isNotEqualTo(answered.hashCode());
    }

    @Test
    void noCandidateSendsTheCreateOnceMore() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).withRequestBody(containing("action=request")).inScenario("second")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("sent"));
        wm.stubFor(post(urlEqualTo(V3_PATH)).withRequestBody(containing("action=request")).inScenario("second")
                .whenScenarioStateIs("sent").willReturn(xmlFixture(200, "request-created.xml")));
        hostListAnswers("host-list-sample.xml");
        wm.stubFor(post(urlEqualTo(V3_PATH)).withRequestBody(containing("action=list"))
                .willReturn(xml(200, fixture("list-safe-create.xml").replace("<CID>1683<", "<CID>1684<"))));

        CreatedExceptions created = create(client());

        assertThat(created).isEqualTo(CreatedExceptions.of(Instant.parse("2023-11-28T11:21:31Z"),
                "Exception created successfully", ExceptionNumbers.of(59)));
        assertThat(wire()).containsExactly("POST " + V3_PATH + " " + CREATE_BODY, "GET " + HOST_LIST + " ",
                "POST " + V3_PATH + " " + LIST_BODY, "POST " + V3_PATH + " " + CREATE_BODY);
    }

    @Test
    void aHostWithoutIpStopsTheLookupBeforeTheList() {
        createIsReset();
        hostListAnswers("host-list-no-ip.xml");

        TransportException e = originalFailure();

        assertThat(e.getSuppressed()).singleElement().isExactlyInstanceOf(WaiverException.class)
                .extracting(Throwable::getMessage).isEqualTo("safe create: Qualys' Host List gives host 2872568 no IP "
                        + "address (an agent-tracked host?), and Qualys' exception list names hosts by IP only; "
                        + "nothing was sent again");
        assertThat(wire()).containsExactly("POST " + V3_PATH + " " + CREATE_BODY, "GET " + HOST_LIST + " ");
    }

    @Test
    void aHostListWithoutTheHostStopsTheLookup() {
        createIsReset();
        hostListAnswers("host-list-empty.xml");

        TransportException e = originalFailure();

        assertThat(e.getSuppressed()).singleElement().isExactlyInstanceOf(WaiverException.class)
                .extracting(Throwable::getMessage).isEqualTo("safe create: Qualys' Host List shows no host 2872568, "
                        + "so its exceptions cannot be looked up; nothing was sent again");
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void aQualysErrorInAnHttp200HostListAnswerIsTyped() {
        createIsReset();
        wm.stubFor(get(urlEqualTo(HOST_LIST)).willReturn(xmlFixture(200, "error-2001-account-expired.xml")));

        TransportException e = originalFailure();

        assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(PermissionDeniedException.class, s -> {
            assertThat(s.statusCode()).isEqualTo(200);
            assertThat(s.vendorCode()).contains("2001");
            assertThat(s.vendorMessage()).contains("This account has expired.");
            assertThat(s.operation()).contains(Operation.of("qualys", "hostList"));
        });
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void aHostWithoutIdIsAnUnreadableAnswer() {
        createIsReset();
        wm.stubFor(get(urlEqualTo(HOST_LIST)).willReturn(xml(200,
                fixture("host-list-no-ip.xml").replace("<ID>2872568</ID>", ""))));

        TransportException e = originalFailure();

        assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(TransportException.class, s -> {
            assertThat(s.operation()).contains(Operation.of("qualys", "hostList"));
            assertThat(s.getMessage()).contains("a HOST without a numeric ID");
        });
    }

    @Test
    void aHostWithATagSetIsNotCovered() {
        createIsReset();

        TransportException e = catchThrowableOfType(TransportException.class, () -> client().complianceExceptions()
                .create(r -> r.controlId(1683).hostId(2872568).policyId(1366063).technologyId(390).assigneeId(996765)
                        .comments("accepted risk").tagSetInclude(List.of("PCI"))));

        assertThat(e.requestMayHaveReachedServer()).isTrue();
        assertThat(e.getSuppressed()).isEmpty();
        assertThat(wire()).containsExactly("POST " + V3_PATH + " " + CREATE_BODY + "&tag_set_include=PCI");
    }

    @Test
    void optedOutSendsNoLookup() {
        createIsReset();
        try (QualysClient qualys = QualysClient.builder().baseUrl(wm.baseUrl()).username(USER).password(PASSWORD)
                .retryPolicy(TestRetries.noSleep()).safeCreates(false).build()) {
            TransportException e = catchThrowableOfType(TransportException.class, () -> create(qualys));
            assertThat(e.getSuppressed()).isEmpty();
        }
        assertThat(wire()).containsExactly("POST " + V3_PATH + " " + CREATE_BODY);
    }
}
