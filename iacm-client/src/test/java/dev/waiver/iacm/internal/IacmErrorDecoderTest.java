package dev.waiver.iacm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.core.ApiException;
import dev.waiver.core.http.ErrorResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IacmErrorDecoderTest {

    private final IacmErrorDecoder decoder = new IacmErrorDecoder();

    @ParameterizedTest(name = "{0} temporary={1} timeout={2} fault={3} -> retryable for creates too: {4}")
    @CsvSource({
            // A refusal that shows nothing was done, marked temporary: safe to send again, even a create.
            "423, true,  false, false, true",
            "409, true,  false, false, true",
            "400, true,  false, false, true",
            // Not temporary: never.
            "423, false, false, false, false",
            // Temporary, but the service may have acted before failing: left to the idempotency rules.
            "423, true,  true,  false, false",
            "423, true,  false, true,  false",
            "408, true,  true,  false, false",
            "408, true,  false, false, false",
            "499, true,  false, false, false",
            "500, true,  false, false, false",
            "502, true,  false, true,  false",
    })
    void temporaryMarksRetryableOnlyWhereNothingWasDone(int status, boolean temporary, boolean timeout, boolean fault,
                                                        boolean retryable) {
        String body = "{\"name\":\"x\",\"id\":\"i\",\"message\":\"m\",\"temporary\":" + temporary + ",\"timeout\":"
                + timeout + ",\"fault\":" + fault + "}";

        ApiException e = decoder.decode(new ErrorResponse(status, Map.of("content-type", List.of("application/vnd.goa.error")),
                "application/vnd.goa.error", body, null, null));

        assertThat(e.error().vendorSaysRetryable()).isEqualTo(retryable);
        assertThat(e.error().detail("temporary")).contains(String.valueOf(temporary));
    }
}
