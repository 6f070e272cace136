/**
 * Not API: the machinery behind the fakes — the service-provider interface a vendor fake
 * implements ({@link dev.waiver.testkit.internal.VendorBackend}), the context it gets (clock and
 * fault registry), the WireMock extension that routes requests to it, and helpers to write
 * answers. Free to change between versions.
 */
package dev.waiver.testkit.internal;
