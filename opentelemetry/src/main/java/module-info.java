/**
 * OpenTelemetry for Waiver: {@link dev.waiver.opentelemetry.WaiverTelemetry}, a
 * {@link dev.waiver.core.CallListener} that emits a client span per HTTP attempt and the
 * {@code http.client.request.duration} histogram, following OpenTelemetry's HTTP client semantic
 * conventions. Needs the OpenTelemetry API only; the application brings the SDK (or an agent).
 */
module dev.waiver.opentelemetry {
    requires transitive dev.waiver.core;
    // WaiverTelemetry.create(OpenTelemetry) is API. The API jar is an automatic module
    // (Automatic-Module-Name io.opentelemetry.api); it reads io.opentelemetry.context itself.
    requires transitive io.opentelemetry.api;

    exports dev.waiver.opentelemetry;
}
