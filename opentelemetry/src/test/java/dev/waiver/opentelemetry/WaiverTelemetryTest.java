package dev.waiver.opentelemetry;

import static dev.waiver.opentelemetry.HttpClientConventions.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.core.ApiError;
import dev.waiver.core.AttemptResult;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.Operation;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.core.TransportTimeoutException;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives {@link WaiverTelemetry} with the event sequences {@link dev.waiver.core.CallListener} defines
 * and checks, attribute by attribute, the spans and histogram points the OpenTelemetry SDK receives.
 */
class WaiverTelemetryTest {

    @RegisterExtension
    static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

    /** The credential of the scenarios; it must never reach a span or a metric. */
    private static final String API_KEY = "pat.Zk3.secret-never-real";
    /** A query value of the scenarios (the account); it must never reach a span or a metric. */
    private static final String ACCOUNT = "px7xd_BFRCi-pfWPYXVjvw";
    /** A path parameter value; only its template may be reported. */
    private static final String EXEMPTION_ID = "Xb3kQ9rTz1LmN0pS7vWc4d";
    private static final String FULL_URL = "https://app.harness.io/sto/api/v2/exemptions/" + EXEMPTION_ID
            + "?accountId=" + ACCOUNT + "&orgId=default&projectId=payments";

    private static final String HOST = "app.harness.io";
    private static final String ITEM = "/sto/api/v2/exemptions/{id}";
    private static final String COLLECTION = "/sto/api/v2/exemptions";

    private WaiverTelemetry telemetry;

    @BeforeEach
    void createListener() {
        telemetry = WaiverTelemetry.create(otel.getOpenTelemetry());
    }

    @AfterEach
    void nothingLeaks() {
        assertThat(telemetry.callsInFlight()).as("per-call state left after callFinished").isZero();
        assertThat(everyReportedText())
                .as("every scenario reports something").isNotEmpty()
                .as("no credential, query value or parameter value in any span or metric")
                .noneMatch(text -> text.contains(API_KEY))
                .noneMatch(text -> text.contains(ACCOUNT))
                .noneMatch(text -> text.contains(EXEMPTION_ID))
                .noneMatch(text -> text.contains("accountId="))
                .noneMatch(text -> text.contains("https://"));
    }

    @Test
    void aSuccessfulCallIsOneClientSpanAndOneHistogramPoint() {
        CallInfo call = getExemption();

        CallScript.start(telemetry, call).answered(200, Duration.ofMillis(42), "req-ok-1", null).finish(null);

        SpanData span = onlySpan();
        assertThat(span.getName()).isEqualTo("GET /sto/api/v2/exemptions/{id}");
        assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(span.getStatus().getDescription()).isEmpty();
        assertThat(span.getInstrumentationScopeInfo().getName()).isEqualTo("dev.waiver");
        assertThat(span.getParentSpanContext().isValid()).isFalse();
        assertThat(span.getEvents()).isEmpty();
        assertThat(span.hasEnded()).isTrue();
        assertThat(span.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "GET",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, ITEM,
                STATUS, 200L,
                OPERATION, "sto.findExemptionById"));

        HistogramPointData point = onlyPoint();
        assertThat(point.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "GET",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, ITEM,
                STATUS, 200L));
        assertThat(point.getCount()).isEqualTo(1);
        assertThat(point.getSum()).isEqualTo(0.042);
        assertThat(point.getBoundaries()).isEqualTo(ADVISED_BUCKETS);
        // 0.042 s falls in (0.025, 0.05]: the fourth bucket.
        assertThat(point.getCounts()).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void theHistogramIsNamedUnitAndScopedAsTheConventionsSay() {
        CallScript.start(telemetry, getExemption()).answered(200, Duration.ofMillis(3), null, null).finish(null);

        MetricData metric = durationMetric();
        assertThat(metric.getName()).isEqualTo("http.client.request.duration");
        assertThat(metric.getUnit()).isEqualTo("s");
        assertThat(metric.getDescription()).isEqualTo("Duration of HTTP client requests.");
        assertThat(metric.getType()).isEqualTo(MetricDataType.HISTOGRAM);
        assertThat(metric.getInstrumentationScopeInfo().getName()).isEqualTo("dev.waiver");
        assertThat(otel.getMetrics()).extracting(MetricData::getName).containsExactly("http.client.request.duration");
    }

    @Test
    void a503ThenA200IsTwoSpansTheSecondCountingOneResend() {
        CallInfo call = createExemption();
        ServerException unavailable = new ServerException(ApiError.builder(503).requestId("req-503")
                .rawBody("{\"message\":\"unavailable for " + ACCOUNT + "\"}").build());

        CallScript.start(telemetry, call)
                .answered(503, Duration.ofMillis(120), "req-503", unavailable)
                .retry(Duration.ofMillis(250), unavailable)
                .answered(200, Duration.ofMillis(8), "req-200", null)
                .finish(null);

        List<SpanData> spans = spansInOrder();
        assertThat(spans).hasSize(2);
        SpanData first = spans.get(0);
        SpanData second = spans.get(1);
        assertClientSpan(first, "POST /sto/api/v2/exemptions", StatusCode.ERROR);
        assertThat(first.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "POST",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, COLLECTION,
                STATUS, 503L,
                ERROR_TYPE, "503",
                OPERATION, "sto.createExemption"));
        assertThat(second.getName()).isEqualTo("POST /sto/api/v2/exemptions");
        assertThat(second.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(second.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(second.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "POST",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, COLLECTION,
                STATUS, 200L,
                RESEND_COUNT, 1L,
                OPERATION, "sto.createExemption"));
        assertThat(second.getTraceId()).as("each attempt is its own trace without a parent")
                .isNotEqualTo(first.getTraceId());

        List<HistogramPointData> points = points();
        assertThat(points).hasSize(2);
        HistogramPointData failed = pointWith(points, 503L);
        assertThat(failed.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "POST",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, COLLECTION,
                STATUS, 503L,
                ERROR_TYPE, "503"));
        assertThat(failed.getCount()).isEqualTo(1);
        assertThat(failed.getSum()).isEqualTo(0.12);
        assertThat(failed.getBoundaries()).isEqualTo(ADVISED_BUCKETS);
        assertThat(failed.getCounts().get(6)).as("(0.1, 0.25]").isEqualTo(1L);
        HistogramPointData succeeded = pointWith(points, 200L);
        assertThat(succeeded.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "POST",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, COLLECTION,
                STATUS, 200L));
        assertThat(succeeded.getCount()).isEqualTo(1);
        assertThat(succeeded.getSum()).isEqualTo(0.008);
        assertThat(succeeded.getBoundaries()).isEqualTo(ADVISED_BUCKETS);
        assertThat(succeeded.getCounts().get(1)).as("(0.005, 0.01]").isEqualTo(1L);
    }

    @Test
    void attemptsWithNoAnswerCarryTheExceptionClassAsErrorType() {
        CallInfo call = getExemption();
        TransportTimeoutException timeout = new TransportTimeoutException(
                "GET " + FULL_URL + " timed out", new SocketTimeoutException("timeout"), true);
        TransportException reset = new TransportException(
                "GET " + FULL_URL + " failed (key " + API_KEY + ")", null, true);

        CallScript.start(telemetry, call)
                .noAnswer(Duration.ofSeconds(10), timeout)
                .retry(Duration.ofMillis(500), timeout)
                .noAnswer(Duration.ofMillis(30), reset)
                .finish(reset);

        List<SpanData> spans = spansInOrder();
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).getName()).isEqualTo("GET /sto/api/v2/exemptions/{id}");
        assertThat(spans.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(spans.get(0).getStatus().getDescription()).isEmpty();
        assertThat(spans.get(0).getEvents()).as("no exception event: its message may quote values").isEmpty();
        assertThat(spans.get(0).getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "GET",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, ITEM,
                ERROR_TYPE, "dev.waiver.core.TransportTimeoutException",
                OPERATION, "sto.findExemptionById"));
        assertThat(spans.get(1).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(spans.get(1).getEvents()).isEmpty();
        assertThat(spans.get(1).getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "GET",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, ITEM,
                ERROR_TYPE, "dev.waiver.core.TransportException",
                RESEND_COUNT, 1L,
                OPERATION, "sto.findExemptionById"));

        List<HistogramPointData> points = points();
        assertThat(points).hasSize(2);
        HistogramPointData timedOut = pointWithErrorType(points, "dev.waiver.core.TransportTimeoutException");
        assertThat(timedOut.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "GET",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, ITEM,
                ERROR_TYPE, "dev.waiver.core.TransportTimeoutException"));
        assertThat(timedOut.getSum()).isEqualTo(10.0);
        assertThat(timedOut.getCounts().get(13)).as("(7.5, 10]").isEqualTo(1L);
        assertThat(timedOut.getBoundaries()).isEqualTo(ADVISED_BUCKETS);
        HistogramPointData wasReset = pointWithErrorType(points, "dev.waiver.core.TransportException");
        assertThat(wasReset.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "GET",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, ITEM,
                ERROR_TYPE, "dev.waiver.core.TransportException"));
        assertThat(wasReset.getSum()).isEqualTo(0.03);
        assertThat(wasReset.getCounts().get(3)).as("(0.025, 0.05]").isEqualTo(1L);
    }

    @Test
    void aNotFoundIsAFailedSpanWithTheStatusAsErrorType() {
        CallInfo call = getExemption();
        NotFoundException notFound = new NotFoundException(ApiError.builder(404).requestId("req-404")
                .vendorMessage("Exemption " + EXEMPTION_ID + " not found in account " + ACCOUNT)
                .rawBody("{\"message\":\"Exemption " + EXEMPTION_ID + " not found\"}").build());

        CallScript.start(telemetry, call).answered(404, Duration.ofMillis(75), "req-404", notFound).finish(notFound);

        SpanData span = onlySpan();
        assertClientSpan(span, "GET /sto/api/v2/exemptions/{id}", StatusCode.ERROR);
        assertThat(span.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "GET",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, ITEM,
                STATUS, 404L,
                ERROR_TYPE, "404",
                OPERATION, "sto.findExemptionById"));

        HistogramPointData point = onlyPoint();
        assertThat(point.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "GET",
                SERVER_ADDRESS, HOST,
                SERVER_PORT, 443L,
                URL_TEMPLATE, ITEM,
                STATUS, 404L,
                ERROR_TYPE, "404"));
        assertThat(point.getCount()).isEqualTo(1);
        assertThat(point.getSum()).isEqualTo(0.075);
        assertThat(point.getBoundaries()).isEqualTo(ADVISED_BUCKETS);
        assertThat(point.getCounts().get(4)).as("(0.05, 0.075]").isEqualTo(1L);
    }

    @Test
    void anAttemptSpanIsAChildOfTheCurrentSpan() {
        Span parent = otel.getOpenTelemetry().getTracer("app").spanBuilder("handle request").startSpan();
        try (Scope ignored = parent.makeCurrent()) {
            CallScript.start(telemetry, getExemption()).answered(200, Duration.ofMillis(5), null, null).finish(null);
        } finally {
            parent.end();
        }

        SpanData attempt = otel.getSpans().stream().filter(s -> s.getKind() == SpanKind.CLIENT).findFirst().orElseThrow();
        assertThat(attempt.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
        assertThat(attempt.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
    }

    @Test
    void aMethodTheConventionsDoNotKnowIsReportedAsOther() {
        CallInfo call = new CallInfo(Operation.of("har", "propfind"), "PROPFIND", "pkg.harness.io", 8443, "/har/api/v1/{registry}");

        CallScript.start(telemetry, call).answered(207, Duration.ofMillis(5), null, null).finish(null);

        SpanData span = onlySpan();
        assertThat(span.getName()).isEqualTo("HTTP /har/api/v1/{registry}");
        assertThat(span.getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "_OTHER",
                METHOD_ORIGINAL, "PROPFIND",
                SERVER_ADDRESS, "pkg.harness.io",
                SERVER_PORT, 8443L,
                URL_TEMPLATE, "/har/api/v1/{registry}",
                STATUS, 207L,
                OPERATION, "har.propfind"));
        assertThat(onlyPoint().getAttributes().asMap()).isEqualTo(Map.of(
                METHOD, "_OTHER",
                METHOD_ORIGINAL, "PROPFIND",
                SERVER_ADDRESS, "pkg.harness.io",
                SERVER_PORT, 8443L,
                URL_TEMPLATE, "/har/api/v1/{registry}",
                STATUS, 207L));
    }

    @Test
    void anAttemptThatNeverReportsItsEndIsClosedAsFailedWhenTheCallFinishes() {
        CallInfo call = getExemption();
        TransportException interrupted = new TransportException("interrupted", null, true);

        telemetry.callStarted(call);
        telemetry.attemptStarted(call, 1);
        telemetry.callFinished(call, new CallOutcome(1, Duration.ofMillis(5), interrupted));

        SpanData span = onlySpan();
        assertThat(span.hasEnded()).isTrue();
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getAttributes().get(ERROR_TYPE)).isEqualTo("dev.waiver.core.TransportException");
        assertThat(span.getAttributes().get(STATUS)).isNull();
        assertThat(otel.getMetrics()).as("no attempt ended: no duration to record").isEmpty();
    }

    @Test
    void equalCallsInterleavedOnTwoThreadsKeepTheirOwnSpans() throws Exception {
        // Two calls with equal descriptions: state is kept per CallInfo instance, never mixed.
        CallInfo first = getExemption();
        CallInfo second = getExemption();
        CountDownLatch bothStarted = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> interleaved(first, bothStarted, 200));
            Future<?> b = pool.submit(() -> interleaved(second, bothStarted, 404));
            a.get(10, TimeUnit.SECONDS);
            b.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        List<SpanData> spans = otel.getSpans();
        assertThat(spans).hasSize(2);
        assertThat(spans).extracting(s -> s.getAttributes().get(STATUS)).containsExactlyInAnyOrder(200L, 404L);
        assertThat(spans).allMatch(SpanData::hasEnded);
        assertThat(points()).extracting(HistogramPointData::getCount).containsExactly(1L, 1L);
    }

    private void interleaved(CallInfo call, CountDownLatch bothStarted, int status) {
        telemetry.callStarted(call);
        telemetry.attemptStarted(call, 1);
        bothStarted.countDown();
        try {
            assertThat(bothStarted.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        NotFoundException failure = status >= 400 ? new NotFoundException(ApiError.builder(status).build()) : null;
        telemetry.attemptFinished(call, new AttemptResult(1, status, Duration.ofMillis(5), null, failure));
        telemetry.callFinished(call, new CallOutcome(1, Duration.ofMillis(5), failure));
    }

    private static CallInfo getExemption() {
        return new CallInfo(Operation.of("sto", "findExemptionById"), "GET", HOST, 443, ITEM);
    }

    private static CallInfo createExemption() {
        return new CallInfo(Operation.of("sto", "createExemption"), "POST", HOST, 443, COLLECTION);
    }

    private static SpanData onlySpan() {
        List<SpanData> spans = otel.getSpans();
        assertThat(spans).hasSize(1);
        return spans.get(0);
    }

    private static List<SpanData> spansInOrder() {
        List<SpanData> spans = new ArrayList<>(otel.getSpans());
        spans.sort(Comparator.comparingLong(SpanData::getStartEpochNanos)
                .thenComparing(s -> s.getAttributes().get(RESEND_COUNT) == null ? 0L : s.getAttributes().get(RESEND_COUNT)));
        return spans;
    }

    private static MetricData durationMetric() {
        return otel.getMetrics().stream()
                .filter(m -> m.getName().equals("http.client.request.duration"))
                .findFirst().orElseThrow(() -> new AssertionError("no http.client.request.duration"));
    }

    private static List<HistogramPointData> points() {
        return List.copyOf(durationMetric().getHistogramData().getPoints());
    }

    private static HistogramPointData onlyPoint() {
        List<HistogramPointData> points = points();
        assertThat(points).hasSize(1);
        return points.get(0);
    }

    private static HistogramPointData pointWith(List<HistogramPointData> points, long status) {
        return points.stream().filter(p -> Long.valueOf(status).equals(p.getAttributes().get(STATUS)))
                .findFirst().orElseThrow(() -> new AssertionError("no point with status " + status));
    }

    private static HistogramPointData pointWithErrorType(List<HistogramPointData> points, String type) {
        return points.stream().filter(p -> type.equals(p.getAttributes().get(ERROR_TYPE)))
                .findFirst().orElseThrow(() -> new AssertionError("no point with error.type " + type));
    }

    /** @return every text reported: span names, statuses, attributes, events and links; metric point attributes */
    private static List<String> everyReportedText() {
        List<String> texts = new ArrayList<>();
        for (SpanData span : otel.getSpans()) {
            texts.add(span.getName());
            texts.add(span.getStatus().getDescription());
            addValues(texts, span.getAttributes());
            span.getEvents().forEach(e -> {
                texts.add(e.getName());
                addValues(texts, e.getAttributes());
            });
            span.getLinks().forEach(l -> addValues(texts, l.getAttributes()));
        }
        for (MetricData metric : otel.getMetrics()) {
            metric.getData().getPoints().forEach(p -> addValues(texts, p.getAttributes()));
        }
        return texts;
    }

    private static void addValues(List<String> texts, Attributes attributes) {
        attributes.forEach((key, value) -> texts.add(key.getKey() + '=' + value));
    }

    /** A client span's name, kind and status, with no status description and no events. */
    private static void assertClientSpan(SpanData span, String name, StatusCode status) {
        assertThat(span.getName()).isEqualTo(name);
        assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(status);
        assertThat(span.getStatus().getDescription()).isEmpty();
        assertThat(span.getEvents()).isEmpty();
    }
}
