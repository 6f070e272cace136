package dev.waiver.testkit.internal;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.time.Instant;

/** One operation of a fake, run under the backend's lock once faults and auth are checked. */
@FunctionalInterface
public interface Handler {

    /**
     * @param request the request
     * @param now     the fake's time
     * @return the answer
     * @throws IOException when the body is not JSON
     */
    ResponseDefinition handle(FakeRequest request, Instant now) throws IOException;
}
