package dev.waiver.qualys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A list answer of 200,000 records in the documented shape, {@code details=All} (about 180 MB), read
 * in a JVM whose whole heap is 48 MB (the module's pom runs this class alone with {@code -Xmx48m}):
 * holding the list, or the answer, in memory would fail with {@link OutOfMemoryError}. WireMock streams the body from a generated file.
 * Speed is not measured here.
 */
class StreamedListBoundedHeapTest {

    private static final int RECORDS = 200_000;
    private static final long MAX_HEAP_FOR_THIS_TEST = 64L * 1024 * 1024;

    private static Path root;
    private static Path answer;
    private static WireMockServer server;

    @BeforeAll
    static void generateAnswerAndStartServer() throws IOException {
        root = Files.createTempDirectory("qualys-big-list");
        Path files = Files.createDirectories(root.resolve("__files"));
        answer = files.resolve("big-list.xml");
        try (BufferedWriter w = Files.newBufferedWriter(answer, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<!DOCTYPE EXCEPTION_LIST_OUTPUT SYSTEM "
                    + "\"https://qualysapi.qualys.com/api/3.0/fo/compliance/exception/exception_list_output.dtd\">\n"
                    + "<EXCEPTION_LIST_OUTPUT>\n<RESPONSE>\n<DATETIME>2025-11-03T09:00:00Z</DATETIME>\n<EXCEPTION_LIST>\n");
            for (int i = 1; i <= RECORDS; i++) {
                w.write("<EXCEPTION><EXCEPTION_NUMBER>" + i + "</EXCEPTION_NUMBER><HOST><IP_ADDRESS>10.0." + (i / 256 % 256)
                        + "." + (i % 256) + "</IP_ADDRESS></HOST><TECHNOLOGY><ID>390</ID><NAME><![CDATA[Microsoft SQL "
                        + "Server 2022]]></NAME></TECHNOLOGY><POLICY><ID>1366063</ID><NAME><![CDATA[CIS Benchmark]]>"
                        + "</NAME></POLICY><CONTROL><CID>" + (i % 5000) + "</CID><STATEMENT><![CDATA[Status of the "
                        + "'Minimum password length' setting]]></STATEMENT><CRITICALITY><VALUE>5</VALUE><LABEL>URGENT"
                        + "</LABEL></CRITICALITY></CONTROL><ASSIGNEE><![CDATA[Jordan Doe]]></ASSIGNEE><STATUS>"
                        + (i % 2 == 0 ? "Approved" : "Pending") + "</STATUS><ACTIVE>1</ACTIVE><REOPEN_ON_EVIDENCE_CHANGE>1"
                        + "</REOPEN_ON_EVIDENCE_CHANGE><EXPIRATION_DATE>" + (i % 2 == 0 ? "12/31/2026" : "N/A")
                        + "</EXPIRATION_DATE><MODIFIED_DATE>2025-10-01T08:30:00Z</MODIFIED_DATE><HISTORY_LIST><HISTORY>"
                        + "<USER><![CDATA[Jordan Doe (acme_jd)]]></USER><COMMENT><![CDATA[Accepted risk for record " + i
                        + "]]></COMMENT><INSERTION_DATE>2025-10-01T08:30:00Z</INSERTION_DATE></HISTORY></HISTORY_LIST>"
                        + "</EXCEPTION>\n");
            }
            w.write("</EXCEPTION_LIST>\n</RESPONSE>\n</EXCEPTION_LIST_OUTPUT>\n");
        }
        server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort()
                .withRootDirectory(root.toString())
                .maxLoggedResponseSize(1024));
        server.start();
        server.stubFor(post(urlEqualTo("/api/3.0/fo/compliance/exception/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml;charset=UTF-8").withBodyFile("big-list.xml")));
    }

    @AfterAll
    static void stopServerAndDeleteAnswer() throws IOException {
        if (server != null) {
            server.stop();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void twoHundredThousandRecordsStreamThroughASmallHeap() throws IOException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertThat(maxHeap).as("this test must run in the pom's small-heap execution (-Xmx48m)")
                .isLessThanOrEqualTo(MAX_HEAP_FOR_THIS_TEST);
        assertThat(Files.size(answer)).as("the answer is larger than the whole heap").isGreaterThan(maxHeap);

        long count = 0;
        long sum = 0;
        long approved = 0;
        long lastNumber = 0;
        try (QualysClient client = QualysClient.builder().baseUrl(server.baseUrl()).username("acme_ab12")
                .password("pw").retryPolicy(TestRetries.noSleep()).build()) {
            for (ComplianceException e : client.complianceExceptions().list(f -> f.truncationLimit(1_000_000))) {
                count++;
                sum += e.exceptionNumber();
                lastNumber = e.exceptionNumber();
                if (e.status().orElseThrow().equals(ExceptionStatus.APPROVED)) {
                    approved++;
                }
                if (count == RECORDS) {
                    assertThat(e.ip()).contains("10.0." + (RECORDS / 256 % 256) + "." + (RECORDS % 256));
                    assertThat(e.controlId()).hasValue(RECORDS % 5000);
                    assertThat(e.criticalityValue()).hasValue(5);
                    assertThat(e.expiresAt()).isPresent();
                    assertThat(e.history()).singleElement().satisfies(h -> assertThat(h.comment())
                            .isEqualTo("Accepted risk for record " + RECORDS));
                    assertThat(e.additionalFields()).isEmpty();
                }
            }
        }

        assertThat(count).isEqualTo(RECORDS);
        assertThat(lastNumber).isEqualTo(RECORDS);
        assertThat(sum).isEqualTo((long) RECORDS * (RECORDS + 1) / 2);
        assertThat(approved).isEqualTo(RECORDS / 2);
        server.verify(1, postRequestedFor(urlEqualTo("/api/3.0/fo/compliance/exception/")));
    }
}
