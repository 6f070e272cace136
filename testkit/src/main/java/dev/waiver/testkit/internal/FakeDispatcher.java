package dev.waiver.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;

/**
 * The WireMock extension behind the catch-all stubs: hands each request to the backend named by
 * the stub's {@value #VENDOR_PARAMETER} parameter. A bug in a fake answers 500 with its message
 * in plain text, so a test sees it rather than a hang.
 */
public final class FakeDispatcher implements ResponseDefinitionTransformerV2 {

    /** The extension's name, as the stubs refer to it. */
    public static final String NAME = "waiver-testkit";
    /** The stub parameter naming the vendor. */
    public static final String VENDOR_PARAMETER = "vendor";

    private final Map<String, VendorBackend> backends;
    private final FakeContext context;

    /**
     * @param backends the backends by vendor name ({@code FakeVendor.name()})
     * @param context  what they share
     */
    public FakeDispatcher(Map<String, VendorBackend> backends, FakeContext context) {
        this.backends = Map.copyOf(backends);
        this.context = context;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String vendor = serveEvent.getTransformerParameters().getString(VENDOR_PARAMETER, "");
        VendorBackend backend = backends.get(vendor);
        if (backend == null) {
            return Answers.text(404, "text/plain", "waiver-testkit: no fake serves " + vendor, Map.of());
        }
        try {
            return backend.answer(serveEvent.getRequest(), context);
        } catch (RuntimeException e) {
            return Answers.text(500, "text/plain", "waiver-testkit: the " + vendor + " fake failed: " + e, Map.of());
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
