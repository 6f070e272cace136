package dev.waiver.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.waiver.core.ApiException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.core.WaiverException;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.reliability.support.Clients;
import dev.waiver.reliability.support.Operation;
import dev.waiver.reliability.support.Operations;
import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers carrying one 100 MiB text node, streamed by WireMock from generated files, read in a JVM
 * whose whole heap is smaller than one answer (the module's pom runs this class alone with
 * {@code -Xmx64m}; {@link #theHeapIsSmallerThanOneAnswer()} checks it): a reader holding one whole
 * copy of an answer, as bytes or as a string, would end in {@link OutOfMemoryError} instead of the
 * typed exception asserted here, with exactly the requests the retry rules allow.
 */
class HugeAnswerBoundedHeapTest {

    static final long TEXT_BYTES = 100L * 1024 * 1024;
    static final int ATTEMPTS = TestRetries.noSleep().maxAttempts();

    static Path root;
    static WireMockServer server;

    @BeforeAll
    static void generateAnswersAndStartServer() throws IOException {
        root = Files.createTempDirectory("waiver-huge");
        Path files = Files.createDirectories(root.resolve("__files"));
        write(files.resolve("sto.json"), "{\"id\": \"" + Operations.STO_ID + "\", \"reason\": \"", "\"}");
        write(files.resolve("har.json"), "{\"exceptionId\": \"" + Operations.HAR_ID + "\", \"businessJustification\": \"",
                "\"}");
        write(files.resolve("iacm.json"), "{\"status\": \"approved\", \"actioned_by\": \"", "\"}");
        write(files.resolve("simple-return.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SIMPLE_RETURN><RESPONSE>"
                + "<TEXT>", "</TEXT></RESPONSE></SIMPLE_RETURN>\n");
        write(files.resolve("batch-return.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BATCH_RETURN><RESPONSE>"
                + "<BATCH_LIST><BATCH><TEXT>", "</TEXT></BATCH></BATCH_LIST></RESPONSE></BATCH_RETURN>\n");
        write(files.resolve("list.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXCEPTION_LIST_OUTPUT><RESPONSE>"
                + "<EXCEPTION_LIST><EXCEPTION><EXCEPTION_NUMBER>1</EXCEPTION_NUMBER><CONTROL><STATEMENT>",
                "</STATEMENT></CONTROL></EXCEPTION></EXCEPTION_LIST></RESPONSE></EXCEPTION_LIST_OUTPUT>\n");
        server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort()
                .withRootDirectory(root.toString()).maxLoggedResponseSize(1024));
        server.start();
    }

    /** Writes head, 100 MB of text without markup, and tail, a megabyte at a time. */
    static void write(Path file, String head, String tail) throws IOException {
        byte[] megabyte = new byte[1024 * 1024];
        Arrays.fill(megabyte, (byte) 'A');
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < TEXT_BYTES; written += megabyte.length) {
                out.write(megabyte);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stopServerAndDeleteAnswers() throws IOException {
        if (server != null) {
            server.stop();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // an unusable 2xx answer is retried by idempotent operations only; a 4xx never; a 5xx to
                // a POST never; a fault inside the Qualys list's streamed records is found outside the
                // retry loop
                Arguments.of("sto.get", 200, "sto.json", TransportException.class, ATTEMPTS),
                Arguments.of("sto.create", 500, "sto.json", ServerException.class, 1),
                Arguments.of("har.update", 200, "har.json", TransportException.class, ATTEMPTS),
                Arguments.of("har.create", 400, "har.json", BadRequestException.class, 1),
                Arguments.of("iacm.get", 200, "iacm.json", TransportException.class, ATTEMPTS),
                Arguments.of("iacm.update", 400, "iacm.json", BadRequestException.class, 1),
                Arguments.of("qualys.request", 200, "simple-return.xml", TransportException.class, 1),
                Arguments.of("qualys.request", 400, "simple-return.xml", BadRequestException.class, 1),
                Arguments.of("qualys.update", 200, "batch-return.xml", TransportException.class, 1),
                Arguments.of("qualys.delete", 200, "batch-return.xml", TransportException.class, 1),
                Arguments.of("qualys.list", 200, "list.xml", TransportException.class, 1));
    }

    @ParameterizedTest(name = "{0}: {1} with a 100 MiB text node")
    @MethodSource("cases")
    @Timeout(60)
    void aHundredMegabyteTextNodeIsRefusedInBoundedMemory(String operation, int status, String file,
                                                          Class<? extends WaiverException> expected, int requests) {
        Operation op = Operations.named(operation);
        server.resetAll();
        server.stubFor(op.stub().willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", op.vendor().contentType()).withBodyFile(file)));
        Throwable thrown;
        try (Clients clients = Clients.of(server.baseUrl(), TestRetries.noSleep(), Duration.ofSeconds(20))) {
            thrown = catchThrowable(() -> op.call().apply(clients));
        }
        System.out.println(operation + " " + status + ": " + thrown);
        assertThat(thrown).isInstanceOf(expected);
        assertThat(thrown.getMessage()).hasSizeLessThan(2_000);
        if (thrown instanceof ApiException api) {
            assertThat(api.error().rawBody()).hasSizeLessThanOrEqualTo(64 * 1024);
        }
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(requests);
    }

    @Test
    void theHeapIsSmallerThanOneAnswer() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with the pom's small -Xmx").isLessThan(TEXT_BYTES);
    }
}
