package dev.waiver.core.http;

import dev.waiver.core.ApiException;

/**
 * Turns a vendor's error answer into a typed exception. Each vendor module supplies one by extending
 * {@link VendorErrorDecoder}, which tolerates any body (HTML from a proxy, truncated JSON, nothing)
 * and falls back to the status alone; the vendor fills in only its parsing. For vendor modules.
 */
@FunctionalInterface
public interface ErrorDecoder {

    /**
     * @param response the error answer
     * @return the exception to throw (not thrown here)
     */
    ApiException decode(ErrorResponse response);
}
