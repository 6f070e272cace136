package dev.waiver.opentelemetry;

import dev.waiver.core.AttemptResult;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallListener;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.WaiverException;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CallListener} that reports every Waiver call to OpenTelemetry, following its HTTP client
 * semantic conventions:
 * <ul>
 *   <li>one {@link SpanKind#CLIENT CLIENT} span per HTTP attempt, named {@code {method} {url.template}}
 *       (for example {@code GET /sto/api/v2/exemptions/{id}}), child of the context current when the
 *       attempt starts, with {@code http.request.method}, {@code server.address}, {@code server.port},
 *       {@code url.template}, {@code http.response.status_code} (when an answer arrived),
 *       {@code error.type} (the status code as text for 400 and above, else the failure's fully
 *       qualified class name; the span's status is then {@code ERROR}),
 *       {@code http.request.resend_count} (on the second and later attempts: 1, 2, ...) and
 *       {@code waiver.operation} (the vendor operation, for example {@code sto.createExemption});</li>
 *   <li>the {@code http.client.request.duration} histogram, in seconds, with the bucket boundaries the
 *       conventions advise (5 ms to 10 s), one point per attempt, with the method, server, port, URL
 *       template, status code and {@code error.type}.</li>
 * </ul>
 * The instrumentation scope is {@code dev.waiver}, with this module's version when its jar carries it.
 *
 * <p>Nothing reported carries a value of the call: no {@code url.full}, no path parameter or query
 * value, no header, no credential, no body. Exceptions are not recorded on spans (their messages may
 * quote what the vendor answered); their class is in {@code error.type}.
 *
 * <p>Thread-safe: one instance serves any number of clients and concurrent calls. The open span of
 * each call is kept against its {@link CallInfo} instance (by identity) and is dropped when the call
 * finishes, so nothing outlives a call.
 *
 * <pre>{@code
 * StoClient sto = StoClient.builder()
 *         ...
 *         .listener(WaiverTelemetry.create(openTelemetry))
 *         .build();
 * }</pre>
 */
public final class WaiverTelemetry implements CallListener {

    /** The instrumentation scope's name. */
    public static final String INSTRUMENTATION_SCOPE = "dev.waiver";

    /** The histogram's name, from the conventions. */
    static final String DURATION_METRIC = "http.client.request.duration";

    private final Tracer tracer;
    private final DoubleHistogram duration;
    /** The span of each call's attempt in flight, keyed on the call's {@link CallInfo} instance. */
    private final Map<CallKey, Span> openSpans = new ConcurrentHashMap<>();

    private WaiverTelemetry(OpenTelemetry openTelemetry) {
        String version = WaiverTelemetry.class.getPackage().getImplementationVersion();
        TracerBuilder tracerBuilder = openTelemetry.tracerBuilder(INSTRUMENTATION_SCOPE);
        MeterBuilder meterBuilder = openTelemetry.meterBuilder(INSTRUMENTATION_SCOPE);
        if (version != null) {
            tracerBuilder.setInstrumentationVersion(version);
            meterBuilder.setInstrumentationVersion(version);
        }
        this.tracer = tracerBuilder.build();
        this.duration = meterBuilder.build()
                .histogramBuilder(DURATION_METRIC)
                .setUnit("s")
                .setDescription("Duration of HTTP client requests.")
                .setExplicitBucketBoundariesAdvice(HttpClientAttributes.DURATION_BUCKETS)
                .build();
    }

    /**
     * Creates the listener; register it on a client builder with {@code listener(...)}.
     *
     * @param openTelemetry where spans and metrics go, for example {@code GlobalOpenTelemetry.get()} or
     *                      the application's {@code OpenTelemetrySdk}
     * @return the listener
     * @throws NullPointerException if {@code openTelemetry} is {@code null}
     */
    public static WaiverTelemetry create(OpenTelemetry openTelemetry) {
        return new WaiverTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"));
    }

    /**
     * Starts the attempt's client span.
     *
     * @param call    what the call is
     * @param attempt the attempt's number, from 1
     */
    @Override
    public void attemptStarted(CallInfo call, int attempt) {
        SpanBuilder builder = tracer.spanBuilder(HttpClientAttributes.spanName(call))
                .setSpanKind(SpanKind.CLIENT)
                .setAllAttributes(HttpClientAttributes.request(call).build())
                .setAttribute(HttpClientAttributes.WAIVER_OPERATION, call.operation().toString());
        if (attempt > 1) {
            builder.setAttribute(HttpClientAttributes.HTTP_REQUEST_RESEND_COUNT, (long) attempt - 1);
        }
        Span previous = openSpans.put(new CallKey(call), builder.startSpan());
        if (previous != null) {
            // An attempt that never reported its end: close its span rather than lose it.
            previous.setStatus(StatusCode.ERROR).end();
        }
    }

    /**
     * Ends the attempt's span with its status and error type, and records its duration.
     *
     * @param call   what the call is
     * @param result how the attempt went
     */
    @Override
    public void attemptFinished(CallInfo call, AttemptResult result) {
        AttributesBuilder attributes = HttpClientAttributes.response(HttpClientAttributes.request(call), result);
        duration.record(result.duration().toNanos() / 1e9, attributes.build());

        Span span = openSpans.remove(new CallKey(call));
        if (span == null) {
            return;
        }
        result.statusCode().ifPresent(status ->
                span.setAttribute(HttpClientAttributes.HTTP_RESPONSE_STATUS_CODE, (long) status));
        HttpClientAttributes.errorType(result).ifPresent(type -> {
            span.setAttribute(HttpClientAttributes.ERROR_TYPE, type);
            span.setStatus(StatusCode.ERROR);
        });
        span.end();
    }

    /**
     * Drops the call's state; a span still open (its attempt never reported an end) is ended as failed.
     *
     * @param call    what the call is
     * @param outcome how the call ended
     */
    @Override
    public void callFinished(CallInfo call, CallOutcome outcome) {
        Span span = openSpans.remove(new CallKey(call));
        if (span != null) {
            outcome.failure().map(WaiverException::getClass).ifPresent(type ->
                    span.setAttribute(HttpClientAttributes.ERROR_TYPE, type.getName()));
            span.setStatus(StatusCode.ERROR).end();
        }
    }

    /** @return how many calls have an attempt in flight (for tests: zero once every call finished) */
    int callsInFlight() {
        return openSpans.size();
    }

    /** @return the scope's name; never a value of a call */
    @Override
    public String toString() {
        return "WaiverTelemetry{scope=" + INSTRUMENTATION_SCOPE + '}';
    }

    /** A {@link CallInfo} compared by identity: one per call, whatever {@code CallInfo.equals} says. */
    private static final class CallKey {
        private final CallInfo call;

        CallKey(CallInfo call) {
            this.call = call;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CallKey other && other.call == call;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(call);
        }
    }
}
