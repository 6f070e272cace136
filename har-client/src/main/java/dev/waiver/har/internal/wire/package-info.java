/**
 * Wire shapes of the HAR API the client reads but does not return (list envelopes), generated
 * from {@code har.yaml}. Not API; free to change between versions.
 */
package dev.waiver.har.internal.wire;
