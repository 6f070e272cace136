package dev.waiver.core.http;

import dev.waiver.core.ApiException;

/**
 * Turns a vendor's error answer into a typed exception. Each vendor module supplies one that reads
 * its error body; it must tolerate any body (HTML from a proxy, truncated JSON, nothing) and fall
 * back to {@link StandardErrors#decodeUnrecognised(ErrorResponse)}. For vendor modules.
 */
@FunctionalInterface
public interface ErrorDecoder {

    /**
     * @param response the error answer
     * @return the exception to throw (not thrown here)
     */
    ApiException decode(ErrorResponse response);
}
