/**
 * Tracing and metrics for Waiver calls with OpenTelemetry: register
 * {@link dev.waiver.opentelemetry.WaiverTelemetry} on any client builder with {@code listener(...)}.
 */
package dev.waiver.opentelemetry;
