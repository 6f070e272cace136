package dev.waiver.qualys;

import dev.waiver.core.ApiError;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.TransportException;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.paging.PageResponse;
import dev.waiver.qualys.internal.Answers;
import dev.waiver.qualys.internal.BatchReturnReader;
import dev.waiver.qualys.internal.ExceptionForms;
import dev.waiver.qualys.internal.ExceptionListPage;
import dev.waiver.qualys.internal.QualysXml;
import dev.waiver.qualys.internal.RateLimitTracker;
import dev.waiver.qualys.internal.SimpleReturn;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionNumbers;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;

/**
 * The Policy Compliance exceptions of a Qualys subscription ({@code /api/<version>/fo/compliance/exception/}):
 * request (create), list, update and delete. Obtained from {@link QualysClient#complianceExceptions()};
 * thread-safe.
 *
 * <p>Errors: a Qualys {@code SIMPLE_RETURN} with a {@code CODE} becomes a typed exception whatever
 * the HTTP status (Qualys sends some errors with HTTP 200), with the code as
 * {@link dev.waiver.core.ApiException#vendorCode()}, the text as its vendor message, the answer's
 * {@code DATETIME} as detail {@code datetime} and each item as a detail (for example
 * {@code SECONDS_TO_WAIT}). Rate and concurrency refusals (1965, 1960) are
 * {@link dev.waiver.core.RateLimitedException}s and are retried, for every action, after the wait
 * Qualys asks for, within the retry policy's {@code maxRetryAfter}.
 */
public final class ComplianceExceptions {

    private final HttpTransport transport;
    private final ExceptionForms forms;
    private final RateLimitTracker tracker;
    private final QualysApiVersion version;

    ComplianceExceptions(HttpTransport transport, ExceptionForms forms, RateLimitTracker tracker, QualysApiVersion version) {
        this.transport = transport;
        this.forms = forms;
        this.tracker = tracker;
        this.version = version;
    }

    /**
     * Requests an exception ({@code action=request}). The call creates something, so it is never
     * sent twice unless Qualys said it did not process it (rate or concurrency limit) or it
     * provably never left this machine.
     *
     * @param request the parameters
     * @return the new exception's number
     * @throws IllegalArgumentException if the request uses v3.0 tag parameters on a v2.0 client
     */
    public long request(ExceptionRequest request) {
        Objects.requireNonNull(request, "request");
        String v3Only = request.firstV3OnlyParameter();
        if (v3Only != null && version == QualysApiVersion.V2_0) {
            throw new IllegalArgumentException(v3Only + " is only available on Qualys API v3.0, and this client uses "
                    + "v2.0: build the client with .apiVersion(QualysApiVersion.V3_0)");
        }
        return transport.execute(forms.request(request), response -> Answers.read(response, tracker, "request",
                new Answers.Reader<Long>() {
                    @Override
                    public Long simpleReturn(SimpleReturn answer) throws XMLStreamException {
                        String number = answer.item("EXCEPTION_NUMBER").orElseThrow(() -> new XMLStreamException(
                                "the answer carries no EXCEPTION_NUMBER item: " + ApiError.excerpt(answer.text())));
                        Long n = QualysXml.number(number);
                        if (n == null) {
                            throw new XMLStreamException("EXCEPTION_NUMBER is not a number: " + ApiError.excerpt(number));
                        }
                        return n;
                    }
                }));
    }

    /**
     * Requests an exception, built in place.
     *
     * @param request fills the request's builder
     * @return the new exception's number
     */
    public long request(Consumer<ExceptionRequest.Builder> request) {
        return request(build(request, ExceptionRequest.builder()).build());
    }

    /**
     * Same as {@link #request(ExceptionRequest)} (Qualys accepts {@code create} as an alias).
     *
     * @param request the parameters
     * @return the new exception's number
     */
    public long create(ExceptionRequest request) {
        return request(request);
    }

    /**
     * Same as {@link #request(Consumer)}.
     *
     * @param request fills the request's builder
     * @return the new exception's number
     */
    public long create(Consumer<ExceptionRequest.Builder> request) {
        return request(request);
    }

    /**
     * Lists every exception.
     *
     * @return the lazy list
     * @see #list(ExceptionListRequest)
     */
    public PagedIterable<ComplianceException> list() {
        return list(ExceptionListRequest.all());
    }

    /**
     * Lists exceptions, built in place.
     *
     * @param filters fills the filters' builder
     * @return the lazy list
     * @see #list(ExceptionListRequest)
     */
    public PagedIterable<ComplianceException> list(Consumer<ExceptionListRequest.Builder> filters) {
        return list(build(filters, ExceptionListRequest.builder()).build());
    }

    /**
     * Lists exceptions ({@code action=list}). Nothing is sent until you iterate. Qualys truncates
     * an answer at {@code truncation_limit} records and says where the next batch is; the list
     * follows those URLs as given (same origin only, with the client's credentials) until the last
     * batch, and reads each batch record by record from the connection, so a list of any length
     * needs memory for one record. A batch of up to 256 KiB is read whole and its connection
     * released before its first record; a bigger batch holds its connection: reading to the end
     * releases it, and so does closing the stream or iterator (try-with-resources on
     * {@link PagedIterable#stream()} or {@link PagedIterable#iterator()}); a loop that {@code break}s
     * without closing is released by a cleaner once the iterator is unreachable (see
     * {@link PagedIterable}).
     *
     * @param filters the filters
     * @return the lazy list; a next-batch URL on another origin stops it with a
     *         {@link TransportException} once the records before it are read
     */
    public PagedIterable<ComplianceException> list(ExceptionListRequest filters) {
        Objects.requireNonNull(filters, "filters");
        return PagedIterable.<Object, ComplianceException>of(filters, key -> fetch(key, filters));
    }

    private PageResponse<Object, ComplianceException> fetch(Object key, ExceptionListRequest filters) {
        TransportRequest request;
        if (key instanceof String url) {
            String absolute = resolve(url);
            if (!transport.isSameOrigin(absolute)) {
                throw new TransportException("refusing to follow Qualys' next-batch URL to " + origin(absolute)
                        + ": the client only sends its credentials to " + origin(forms.endpoint()), null, false);
            }
            request = forms.next(absolute);
        } else {
            request = forms.list(filters);
        }
        return transport.execute(request, response -> ExceptionListPage.open(response, tracker));
    }

    /** An absolute URL is taken verbatim; a relative one (never seen, but harmless) is resolved against the endpoint. */
    private String resolve(String url) {
        String u = url.strip();
        if (u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7)) {
            return u;
        }
        try {
            return URI.create(forms.endpoint()).resolve(u).toString();
        } catch (IllegalArgumentException e) {
            throw new TransportException("Qualys gave a next-batch URL that is not a URL: " + ApiError.excerpt(u), e, false);
        }
    }

    /** {@code scheme://host[:port]} of a URL, for messages (no path or query, which may carry filters). */
    private static String origin(String url) {
        int authority = url.indexOf("://");
        if (authority < 0) {
            return "an unreadable URL";
        }
        int end = authority + 3;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return ApiError.excerpt(url.substring(0, end));
    }

    /**
     * Updates exceptions ({@code action=update}). Not idempotent: sent again only when Qualys said
     * it did not process it.
     *
     * @param request the parameters
     * @return Qualys' batch result: its text and the numbers each batch covered
     */
    public BatchResult update(ExceptionUpdateRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.execute(forms.update(request),
                response -> Answers.read(response, tracker, "update", new BatchReturnReader()));
    }

    /**
     * Updates exceptions, built in place.
     *
     * @param request fills the request's builder
     * @return Qualys' batch result
     */
    public BatchResult update(Consumer<ExceptionUpdateRequest.Builder> request) {
        return update(build(request, ExceptionUpdateRequest.builder()).build());
    }

    /**
     * Deletes exceptions ({@code action=delete}); irreversible.
     *
     * @param request the parameters
     * @return Qualys' batch result: its text and the numbers each batch covered
     */
    public BatchResult delete(ExceptionDeleteRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.execute(forms.delete(request),
                response -> Answers.read(response, tracker, "delete", new BatchReturnReader()));
    }

    /**
     * Deletes exceptions by number; irreversible.
     *
     * @param numbers the exceptions, for example {@code ExceptionNumbers.parse("12,289-292")}
     * @return Qualys' batch result
     */
    public BatchResult delete(ExceptionNumbers numbers) {
        return delete(ExceptionDeleteRequest.of(numbers));
    }

    /**
     * Deletes exceptions, built in place.
     *
     * @param request fills the request's builder
     * @return Qualys' batch result
     */
    public BatchResult delete(Consumer<ExceptionDeleteRequest.Builder> request) {
        return delete(build(request, ExceptionDeleteRequest.builder()).build());
    }

    private static <B> B build(Consumer<B> filler, B builder) {
        Objects.requireNonNull(filler, "request").accept(builder);
        return builder;
    }
}
