package dev.waiver.testkit.internal.sto;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.internal.Answers;
import dev.waiver.testkit.internal.FakeContext;
import dev.waiver.testkit.internal.VendorBackend;
import java.util.List;
import java.util.Map;

/** The STO fake's state and answers. */
public final class StoBackend implements VendorBackend {

    /** Creates the backend with no records. */
    public StoBackend() {
    }

    @Override
    public FakeVendor vendor() {
        return FakeVendor.STO;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of("/sto/api/v2/");
    }

    @Override
    public ResponseDefinition answer(Request request, FakeContext context) {
        return Answers.text(501, "text/plain", "not yet", Map.of());
    }

    @Override
    public void reset() {
    }
}
