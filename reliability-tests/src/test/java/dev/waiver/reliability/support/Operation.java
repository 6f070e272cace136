package dev.waiver.reliability.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One operation of one client, described once for every table-driven test: where it goes on the
 * wire, whether it may be retried, what a good answer looks like, how to call it, and how to check
 * its result.
 *
 * @param name          {@code vendor.operation}, for test names
 * @param vendor        whose operation it is
 * @param idempotent    whether the SDK may repeat it after a failure that may have reached the server
 * @param answerIgnored whether the operation reads no answer body (204-style), so a broken body after a
 *                      good status line is not its concern
 * @param method        the HTTP method on the wire
 * @param path          the URL path on the wire
 * @param qualysAction  the form {@code action} for Qualys (all its operations share one path), else {@code null}
 * @param status        the status of a good answer
 * @param successBody   a good answer's body, given the server's base URL
 * @param call          calls the operation (lists are read to their end)
 * @param check         asserts on the result of a call answered with {@link #successBody}
 */
public record Operation(String name, Vendor vendor, boolean idempotent, boolean answerIgnored, String method,
                        String path, String qualysAction, int status, UnaryOperator<String> successBody,
                        Function<Clients, Object> call, Consumer<Object> check) {

    /** @return a stub matching this operation's requests */
    public MappingBuilder stub() {
        MappingBuilder m = request(method, urlPathEqualTo(path));
        return qualysAction == null ? m : m.withRequestBody(containing("action=" + qualysAction));
    }

    /** @return a pattern matching this operation's requests, for counting them in the journal */
    public RequestPatternBuilder requests() {
        RequestPatternBuilder r = requestedFor(method, urlPathEqualTo(path));
        return qualysAction == null ? r : r.withRequestBody(containing("action=" + qualysAction));
    }

    /**
     * @param baseUrl the server's base URL
     * @return a good answer
     */
    public ResponseDefinitionBuilder success(String baseUrl) {
        ResponseDefinitionBuilder r = aResponse().withStatus(status);
        String body = successBody.apply(baseUrl);
        return body == null ? r : r.withHeader("Content-Type", vendor.contentType()).withBody(body);
    }

    /**
     * @param status the status to answer with
     * @param body   the body
     * @return an answer with the vendor's content type
     */
    public ResponseDefinitionBuilder answer(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", vendor.contentType()).withBody(body);
    }

    @Override
    public String toString() {
        return name;
    }
}
