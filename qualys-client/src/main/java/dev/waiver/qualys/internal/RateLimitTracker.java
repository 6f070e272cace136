package dev.waiver.qualys.internal;

import dev.waiver.core.http.TransportResponse;
import dev.waiver.qualys.model.RateLimitStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Remembers the limit headers of the latest answer that carried them. Thread-safe. */
public final class RateLimitTracker {

    private final AtomicReference<RateLimitStatus> last = new AtomicReference<>();

    /**
     * @param headers an answer's headers
     */
    public void record(Map<String, List<String>> headers) {
        RateLimitStatus.fromHeaders(headers).ifPresent(last::set);
    }

    /**
     * Records a successful answer's limit headers, read in place (no copy of all its headers).
     *
     * @param response the answer
     */
    public void record(TransportResponse response) {
        RateLimitStatus.fromHeaders(response::headerValue).ifPresent(last::set);
    }

    /** @return the latest status seen, if any answer carried one */
    public Optional<RateLimitStatus> last() {
        return Optional.ofNullable(last.get());
    }
}
