package dev.waiver.testkit.internal.qualys;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.internal.Answers;
import dev.waiver.testkit.internal.FakeContext;
import dev.waiver.testkit.internal.VendorBackend;
import java.util.List;
import java.util.Map;

/**
 * PLACEHOLDER owned by the Qualys helper (branch wt-tkqualys), who replaces it: keep the public
 * no-argument constructor ({@code WaiverFakes} calls it).
 */
public final class QualysBackend implements VendorBackend {

    /** Creates the backend with no records. */
    public QualysBackend() {
    }

    @Override
    public FakeVendor vendor() {
        return FakeVendor.QUALYS;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of("/api/2.0/fo/compliance/exception/", "/api/3.0/fo/compliance/exception/");
    }

    @Override
    public ResponseDefinition answer(Request request, FakeContext context) {
        return Answers.text(501, "text/plain", "waiver-testkit: the Qualys fake is not written yet", Map.of());
    }

    @Override
    public void reset() {
    }
}
