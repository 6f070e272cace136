package dev.waiver.opentelemetry;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * The names OpenTelemetry's HTTP client semantic conventions give, written out independently of
 * {@link WaiverTelemetry} so the tests check its names against the conventions, not against itself.
 */
final class HttpClientConventions {

    /** The bucket boundaries the conventions advise for {@code http.client.request.duration}, in seconds. */
    static final List<Double> ADVISED_BUCKETS =
            List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

    static final AttributeKey<String> METHOD = stringKey("http.request.method");
    static final AttributeKey<String> METHOD_ORIGINAL = stringKey("http.request.method_original");
    static final AttributeKey<String> SERVER_ADDRESS = stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = longKey("server.port");
    static final AttributeKey<String> URL_TEMPLATE = stringKey("url.template");
    static final AttributeKey<Long> STATUS = longKey("http.response.status_code");
    static final AttributeKey<String> ERROR_TYPE = stringKey("error.type");
    static final AttributeKey<Long> RESEND_COUNT = longKey("http.request.resend_count");
    /** Ours, not the conventions': the vendor operation. */
    static final AttributeKey<String> OPERATION = stringKey("waiver.operation");

    private HttpClientConventions() {
    }
}
