package dev.waiver.testkit.internal;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.waiver.testkit.FakeVendor;

/**
 * What a vendor's public fake handle is built from.
 *
 * @param vendor  the vendor
 * @param context the clock and fault registry
 * @param backend the vendor's backend
 * @param server  the WireMock server serving it
 * @param baseUrl the base URL a client of this vendor uses
 */
public record VendorWiring(FakeVendor vendor, FakeContext context, VendorBackend backend, WireMockServer server,
                           String baseUrl) {
}
