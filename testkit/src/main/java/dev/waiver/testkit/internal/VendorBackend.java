package dev.waiver.testkit.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeVendor;
import java.util.List;

/**
 * One vendor's fake: its state and how it answers. The test kit routes every request under one of
 * {@link #pathPrefixes()} to {@link #answer}. Implementations are called from WireMock's server
 * threads concurrently and must guard their state.
 *
 * <p>An implementation names the operation a request is for (for example {@code "sto.create"})
 * and lets {@link FakeContext#perform} consult the fault registry before doing anything.
 */
public interface VendorBackend {

    /** @return the vendor this backend fakes */
    FakeVendor vendor();

    /** @return the URL path prefixes this backend serves, for example {@code "/sto/api/v2/"} */
    List<String> pathPrefixes();

    /**
     * Answers one request, changing state as the vendor would.
     *
     * @param request the request as received
     * @param context the clock and the fault registry
     * @return the answer (never null)
     */
    ResponseDefinition answer(Request request, FakeContext context);

    /** Forgets every record (back to the state right after start). */
    void reset();
}
