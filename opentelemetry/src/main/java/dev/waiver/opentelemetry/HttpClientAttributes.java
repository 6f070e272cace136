package dev.waiver.opentelemetry;

import dev.waiver.core.AttemptResult;
import dev.waiver.core.CallInfo;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes of OpenTelemetry's HTTP client semantic conventions that Waiver sets, and how they
 * are derived from a {@link CallInfo} and an {@link AttemptResult}. Only values the listener SPI
 * carries are used: the method, the server, the URL template (never a parameter or query value, never
 * {@code url.full}), the status and the failure's class.
 */
final class HttpClientAttributes {

    /** {@code http.request.method}: the method, or {@code _OTHER} for one the conventions do not know. */
    static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    /** {@code http.request.method_original}: the method as sent, when it was reported as {@code _OTHER}. */
    static final AttributeKey<String> HTTP_REQUEST_METHOD_ORIGINAL = AttributeKey.stringKey("http.request.method_original");
    /** {@code server.address}: the host. */
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    /** {@code server.port}: the port. */
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    /** {@code url.template}: the path template, parameters as {@code {name}}. */
    static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
    /** {@code http.response.status_code}: the status, when an answer arrived. */
    static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    /** {@code error.type}: the status as text for 4xx/5xx, else the failure's class name. */
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    /** {@code http.request.resend_count}: on the second and later attempts, how many were sent before. */
    static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    /** {@code waiver.operation}: the vendor operation, {@code vendor.name}. */
    static final AttributeKey<String> WAIVER_OPERATION = AttributeKey.stringKey("waiver.operation");

    /** The bucket boundaries, in seconds, the conventions advise for {@code http.client.request.duration}. */
    static final List<Double> DURATION_BUCKETS =
            List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

    /** The methods the conventions know (RFC 9110 and PATCH); any other is reported as {@code _OTHER}. */
    private static final Set<String> KNOWN_METHODS =
            Set.of("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE");

    private HttpClientAttributes() {
    }

    /**
     * @param call the call
     * @return {@code {method} {url.template}}, the conventions' span name ({@code HTTP {url.template}}
     *         for a method they do not know)
     */
    static String spanName(CallInfo call) {
        String method = KNOWN_METHODS.contains(call.method()) ? call.method() : "HTTP";
        return method + ' ' + call.urlTemplate();
    }

    /**
     * The attributes a call's attempts share, known before any is sent.
     *
     * @param call the call
     * @return method, server, port and URL template
     */
    static AttributesBuilder request(CallInfo call) {
        AttributesBuilder b = Attributes.builder();
        if (KNOWN_METHODS.contains(call.method())) {
            b.put(HTTP_REQUEST_METHOD, call.method());
        } else {
            b.put(HTTP_REQUEST_METHOD, "_OTHER").put(HTTP_REQUEST_METHOD_ORIGINAL, call.method());
        }
        return b.put(SERVER_ADDRESS, call.serverAddress())
                .put(SERVER_PORT, (long) call.serverPort())
                .put(URL_TEMPLATE, call.urlTemplate());
    }

    /**
     * Adds what an attempt's end tells: its status, and {@code error.type} when it failed.
     *
     * @param b      where to add them
     * @param result how the attempt went
     * @return {@code b}
     */
    static AttributesBuilder response(AttributesBuilder b, AttemptResult result) {
        result.statusCode().ifPresent(status -> b.put(HTTP_RESPONSE_STATUS_CODE, (long) status));
        errorType(result).ifPresent(type -> b.put(ERROR_TYPE, type));
        return b;
    }

    /**
     * @param result how the attempt went
     * @return the conventions' {@code error.type}: the status code as text when it is 400 or more, else the
     *         failure's fully qualified class name; empty for a success
     */
    static Optional<String> errorType(AttemptResult result) {
        if (result.statusCode().isPresent() && result.statusCode().getAsInt() >= 400) {
            return Optional.of(Integer.toString(result.statusCode().getAsInt()));
        }
        return result.failure().map(failure -> failure.getClass().getName());
    }
}
