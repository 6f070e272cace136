package dev.waiver.testkit.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeFault;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The usual shape of a backend: match the request to an operation, give an armed fault if there
 * is one, check the credentials, then perform the operation under the backend's lock. A rule
 * broken by the request ({@link BadRequest}) is answered in the vendor's error shape.
 */
public abstract class RoutedBackend implements VendorBackend {

    @Override
    public final ResponseDefinition answer(Request request, FakeContext context) {
        FakeRequest r = new FakeRequest(request);
        Route route = route(r);
        if (route == null) {
            return error(404, Answers.reason(404));
        }
        return context.perform(route.operation(), this::renderFault, () -> run(route, r, context));
    }

    private ResponseDefinition run(Route route, FakeRequest r, FakeContext context) {
        Optional<ResponseDefinition> denied = authenticate(r);
        if (denied.isPresent()) {
            return denied.get();
        }
        try {
            synchronized (this) {
                return route.handler().handle(r, context.clock().instant());
            }
        } catch (BadRequest e) {
            return error(e.status(), e.getMessage());
        } catch (IOException e) {
            return error(400, "the request body is not valid JSON");
        }
    }

    /**
     * @param request a request under one of this backend's prefixes
     * @return its operation, or null when the vendor has no such operation (answered 404)
     */
    protected abstract Route route(FakeRequest request);

    /**
     * @param request the request
     * @return the vendor's refusal when the credentials are missing or wrong, else empty
     */
    protected abstract Optional<ResponseDefinition> authenticate(FakeRequest request);

    /**
     * @param status  the HTTP status
     * @param message the message
     * @return the vendor's error answer
     */
    protected abstract ResponseDefinition error(int status, String message);

    /**
     * Writes a canned fault: {@link #error} with the fault's message (or the status' reason
     * phrase) and a {@code Retry-After} header in seconds when the fault has a wait.
     *
     * @param fault a status fault
     * @return the answer
     */
    protected ResponseDefinition renderFault(FakeFault fault) {
        ResponseDefinition answer = error(fault.status(), fault.message().orElse(Answers.reason(fault.status())));
        return fault.retryAfter()
                .map(d -> Answers.withHeaders(answer, Map.of("Retry-After", Answers.seconds(d))))
                .orElse(answer);
    }

    /**
     * @param segment a percent-encoded path segment
     * @return it decoded
     */
    protected static String decode(String segment) {
        return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
