package dev.waiver.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.http.ErrorDecoder;
import dev.waiver.core.http.ErrorResponse;
import dev.waiver.har.internal.HarErrorDecoder;
import dev.waiver.iacm.internal.IacmErrorDecoder;
import dev.waiver.qualys.internal.QualysErrors;
import dev.waiver.qualys.internal.RateLimitTracker;
import dev.waiver.sto.internal.StoErrorDecoder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each vendor's error decoder on arbitrary error answers. The contract: {@code decode} never
 * throws, and always returns an {@link ApiException} for the status it was given, whose message is
 * a short excerpt (never the whole body).
 *
 * <p>In {@code mvn verify} these run in regression mode over the inputs under
 * {@code src/test/resources/dev/waiver/reliability/fuzz/ErrorDecoderFuzzTestInputs/<method>/};
 * SECURITY.md has the command that fuzzes one for longer.
 */
class ErrorDecoderFuzzTest {

    static final ErrorDecoder STO = new StoErrorDecoder();
    static final ErrorDecoder HAR = new HarErrorDecoder();
    static final ErrorDecoder IACM = new IacmErrorDecoder();
    static final ErrorDecoder QUALYS = QualysErrors.decoder(new RateLimitTracker());

    @FuzzTest(maxDuration = "10m")
    void stoErrorDecoder(byte[] data) {
        decodeAndCheck(STO, FuzzInput.of(data));
    }

    @FuzzTest(maxDuration = "10m")
    void harErrorDecoder(byte[] data) {
        decodeAndCheck(HAR, FuzzInput.of(data));
    }

    @FuzzTest(maxDuration = "10m")
    void iacmErrorDecoder(byte[] data) {
        decodeAndCheck(IACM, FuzzInput.of(data));
    }

    @FuzzTest(maxDuration = "10m")
    void qualysErrorDecoder(byte[] data) {
        decodeAndCheck(QUALYS, FuzzInput.of(data));
    }

    static void decodeAndCheck(ErrorDecoder decoder, FuzzInput in) {
        Map<String, List<String>> headers = new TreeMap<>();
        String text = in.text();
        // Headers the decoders read, fed from the body so the fuzzer reaches them too.
        headers.put("retry-after", List.of(text.length() > 3 ? text.substring(0, 3) : text));
        headers.put("x-ratelimit-towait-sec", List.of(text.length() > 5 ? text.substring(text.length() - 5) : "7"));
        if (in.contentType() != null) {
            headers.put("content-type", List.of(in.contentType()));
        }
        ErrorResponse response = new ErrorResponse(in.status(), headers, in.contentType(), text,
                text.isEmpty() ? null : "req-" + text.length(), text.length() % 2 == 0 ? null : Duration.ofSeconds(3));

        ApiException e = decoder.decode(response);

        assertThat(e).isNotNull();
        assertThat(e.statusCode()).isEqualTo(in.status());
        assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(4 * ApiError.MAX_EXCERPT + 100);
        assertThat(e.error().rawBody()).isEqualTo(text);
    }
}
