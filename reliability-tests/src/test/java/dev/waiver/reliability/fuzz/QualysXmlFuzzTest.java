package dev.waiver.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waiver.core.WaiverException;
import dev.waiver.core.http.FuzzResponses;
import dev.waiver.core.http.HttpResponse;
import dev.waiver.qualys.internal.Answers;
import dev.waiver.qualys.internal.BatchReturnReader;
import dev.waiver.qualys.internal.ExceptionListPage;
import dev.waiver.qualys.internal.RateLimitTracker;
import dev.waiver.qualys.internal.SimpleReturn;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ComplianceException;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * The Qualys XML readers on arbitrary answers, through the same entry points the client uses
 * ({@link Answers#read} with a {@code SIMPLE_RETURN} reader and with {@link BatchReturnReader},
 * and {@link ExceptionListPage} streamed to its end). The contract: each returns a value or throws
 * a {@link WaiverException} subclass; nothing else escapes.
 */
class QualysXmlFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void simpleReturnAnswer(byte[] data) {
        FuzzInput in = FuzzInput.of(data);
        onlyWaiverExceptions(() -> {
            SimpleReturn answer = Answers.read(response(in), new RateLimitTracker(), "request",
                    new Answers.Reader<SimpleReturn>() {
                        @Override
                        public SimpleReturn simpleReturn(SimpleReturn r) {
                            return r;
                        }
                    });
            assertThat(answer.items()).isNotNull();
        });
    }

    @FuzzTest(maxDuration = "10m")
    void batchReturnAnswer(byte[] data) {
        FuzzInput in = FuzzInput.of(data);
        onlyWaiverExceptions(() -> {
            BatchResult result = Answers.read(response(in), new RateLimitTracker(), "update", new BatchReturnReader());
            assertThat(result.batches()).isNotNull();
        });
    }

    @FuzzTest(maxDuration = "10m")
    void exceptionListPage(byte[] data) {
        FuzzInput in = FuzzInput.of(data);
        onlyWaiverExceptions(() -> {
            try (ExceptionListPage page = ExceptionListPage.open(response(in), new RateLimitTracker())) {
                for (Iterator<ComplianceException> it = page.items(); it.hasNext(); ) {
                    assertThat(it.next()).isNotNull();
                }
                page.nextKey();
            }
        });
    }

    static HttpResponse response(FuzzInput in) {
        // The readers run on 2xx answers only: the transport sends everything else to the decoder.
        int status = 200 + Math.floorMod(in.status(), 100);
        return FuzzResponses.of(status, in.contentType(), Map.of("X-RateLimit-Remaining", "" + in.body().length),
                in.body());
    }

    interface Read {
        void run() throws IOException, XMLStreamException;
    }

    static void onlyWaiverExceptions(Read read) {
        try {
            read.run();
        } catch (WaiverException expected) {
            assertThat(expected.getMessage()).isNotNull().hasSizeLessThan(2_000);
        } catch (IOException | XMLStreamException e) {
            // The body is in memory: no I/O can fail, and XML errors must arrive as TransportException.
            throw new AssertionError("a checked exception escaped the reader", e);
        }
    }
}
