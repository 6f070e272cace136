package dev.waiver.testkit.internal.har;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.internal.Answers;
import dev.waiver.testkit.internal.FakeContext;
import dev.waiver.testkit.internal.VendorBackend;
import java.util.List;
import java.util.Map;

/** The HAR fake's state and answers. */
public final class HarBackend implements VendorBackend {

    /** Creates the backend with no records. */
    public HarBackend() {
    }

    @Override
    public FakeVendor vendor() {
        return FakeVendor.HAR;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of("/har/api/v3/");
    }

    @Override
    public ResponseDefinition answer(Request request, FakeContext context) {
        return Answers.text(501, "text/plain", "not yet", Map.of());
    }

    @Override
    public void reset() {
    }
}
