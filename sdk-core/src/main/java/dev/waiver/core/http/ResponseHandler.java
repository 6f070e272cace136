package dev.waiver.core.http;

import java.io.IOException;

/**
 * Turns a successful answer into a result. Runs inside the transport's retry loop, so a handler
 * may throw a {@link dev.waiver.core.WaiverException} (for example an error carried in a 200
 * answer) and have it retried like any other failure. For vendor modules.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseHandler<T> {

    /**
     * @param response the answer
     * @return the result
     * @throws IOException if reading the body fails; the transport turns it into a
     *                     {@link dev.waiver.core.TransportException}
     */
    T handle(TransportResponse response) throws IOException;
}
