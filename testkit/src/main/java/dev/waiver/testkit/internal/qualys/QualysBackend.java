package dev.waiver.testkit.internal.qualys;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.QualysFake;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.internal.Answers;
import dev.waiver.testkit.internal.FakeContext;
import dev.waiver.testkit.internal.VendorBackend;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Qualys exceptions fake (and the Host List it needs) plugged into the test kit: turns WireMock's request into a
 * {@link QualysCall}, lets an armed fault answer first ({@link FakeContext#perform}, faults written
 * by {@link QualysFaultAnswers}), and otherwise hands the call to the {@link QualysEndpoint}.
 */
public final class QualysBackend implements VendorBackend {

    private final ExceptionStore store = new ExceptionStore();
    private final QualysUsers users = new QualysUsers();
    private final QualysCatalog catalog = new QualysCatalog();
    private final QualysEndpoint endpoint = new QualysEndpoint(store, users, catalog,
            TestCredentials.QUALYS_USERNAME, TestCredentials.QUALYS_PASSWORD);

    /** Creates the backend with no records; the API user is {@link QualysFake#DEFAULT_USER_ID}. */
    public QualysBackend() {
        registerApiUser();
    }

    @Override
    public FakeVendor vendor() {
        return FakeVendor.QUALYS;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of("/api/2.0/fo/compliance/exception/", "/api/3.0/fo/compliance/exception/",
                QualysEndpoint.HOST_LIST_PATH);
    }

    @Override
    public ResponseDefinition answer(Request request, FakeContext context) {
        QualysCall call = call(request);
        Instant now = context.clock().instant();
        String baseUrl = baseUrl(request);
        String action = QualysEndpoint.params(call).get("action");
        Optional<QualysFake.Operation> operation = call.path().equals(QualysEndpoint.HOST_LIST_PATH)
                ? Optional.of(QualysFake.Operation.HOST_LIST).filter(o -> "list".equals(action))
                : QualysFake.Operation.ofAction(action);
        if (operation.isEmpty()) {
            return toResponse(endpoint.handle(call, now, baseUrl));
        }
        QualysFaultAnswers faults = new QualysFaultAnswers(baseUrl, now, endpoint);
        return context.perform(operation.get().operationName(), faults::render,
                () -> toResponse(endpoint.handle(call, now, baseUrl)));
    }

    @Override
    public void reset() {
        store.reset();
        users.clear();
        catalog.clear();
        endpoint.resetRateCount();
        registerApiUser();
    }

    /** @return the exceptions */
    public ExceptionStore store() {
        return store;
    }

    /** @return the users */
    public QualysUsers users() {
        return users;
    }

    /** @return hosts, technologies, policies, controls */
    public QualysCatalog catalog() {
        return catalog;
    }

    private void registerApiUser() {
        users.put(new QualysUsers.User(QualysFake.DEFAULT_USER_ID, QualysFake.DEFAULT_USER_NAME,
                TestCredentials.QUALYS_USERNAME));
    }

    private static QualysCall call(Request request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader h : request.getHeaders().all()) {
            headers.put(h.key(), h.values());
        }
        String body = request.getBodyAsString();
        return new QualysCall(request.getMethod().getName(), q < 0 ? url : url.substring(0, q),
                q < 0 ? null : url.substring(q + 1), headers, body == null || body.isEmpty() ? null : body);
    }

    /** {@code scheme://host:port} as the client called it, so next-batch URLs point back at the same origin. */
    private static String baseUrl(Request request) {
        URI uri = URI.create(request.getAbsoluteUrl());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static ResponseDefinition toResponse(QualysAnswer a) {
        Map<String, String> headers = new LinkedHashMap<>(a.headers());
        String contentType = headers.remove("Content-Type");
        return Answers.text(a.status(), contentType == null ? QualysAnswer.XML : contentType, a.body(), headers);
    }
}
