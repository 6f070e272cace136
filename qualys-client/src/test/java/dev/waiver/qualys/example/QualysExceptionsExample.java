package dev.waiver.qualys.example;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.QualysPlatform;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Requests, lists, updates and deletes a Qualys compliance exception. Without arguments it runs
 * against an embedded server that answers like Qualys; with {@code --platform US2} it uses the
 * real platform and the {@code QUALYS_USERNAME} / {@code QUALYS_PASSWORD} environment variables.
 */
public final class QualysExceptionsExample {

    private static final String PATH = "/api/3.0/fo/compliance/exception/";

    private QualysExceptionsExample() {
    }

    /**
     * @param args nothing, or {@code --platform <NAME>}
     */
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("--platform")) {
            try (QualysClient qualys = QualysClient.builder().platform(QualysPlatform.valueOf(args[1]))
                    .username(System.getenv("QUALYS_USERNAME")).password(System.getenv("QUALYS_PASSWORD")).build()) {
                run(qualys, System.out);
            }
            return;
        }
        runEmbedded(System.out);
    }

    /**
     * Runs the example against an embedded server that answers like Qualys.
     *
     * @param out where to print
     */
    public static void runEmbedded(PrintStream out) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort());
        server.start();
        try {
            stubQualys(server);
            try (QualysClient qualys = QualysClient.builder().baseUrl(server.baseUrl())
                    .username("acme_ab12").password("example-password").build()) {
                run(qualys, out);
            }
        } finally {
            server.stop();
        }
    }

    /**
     * The four actions, in a user's order.
     *
     * @param qualys the client
     * @param out    where to print
     * @return the exception number that was requested
     */
    public static long run(QualysClient qualys, PrintStream out) {
        long number = qualys.complianceExceptions().request(r -> r
                .controlId(16832).hostId(3753479).policyId(1366063).technologyId(390).assigneeId(996765)
                .instanceString("MSSQL 2022:1:1433:MSSQLSERVER:master")
                .comments("Legacy app needs 8-character passwords & can't change: ticket SEC-42"));
        out.println("requested exception " + number);

        for (ComplianceException e : qualys.complianceExceptions().list(f -> f.status(ExceptionStatus.PENDING))) {
            out.println("pending: " + e.exceptionNumber() + " on host " + e.hostId().orElse(0) + " control "
                    + e.controlId().orElse(0));
        }

        BatchResult updated = qualys.complianceExceptions().update(u -> u.exceptionNumbers(ExceptionNumbers.of(number))
                .status(ExceptionStatus.APPROVED).endDate(LocalDate.of(2026, 12, 31)).comments("Approved by the CISO"));
        out.println("update: " + updated.text() + " " + updated.batches().get(0).numbersIfListed().orElseThrow());

        BatchResult deleted = qualys.complianceExceptions().delete(ExceptionNumbers.of(number));
        out.println("delete: " + deleted.text());
        qualys.lastRateLimit().ifPresent(l -> out.println("calls left in the window: " + l.remaining().orElse(-1)));
        return number;
    }

    private static void stubQualys(WireMockServer server) {
        String dtd = "<!DOCTYPE %s SYSTEM \"https://qualysapi.qualys.com/api/3.0/%s.dtd\">\n";
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("action=request"))
                .willReturn(xml("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n" + String.format(dtd, "SIMPLE_RETURN", "simple_return")
                        + "<SIMPLE_RETURN><RESPONSE><DATETIME>2025-11-03T09:00:00Z</DATETIME>"
                        + "<TEXT>Exception created successfully</TEXT><ITEM_LIST><ITEM><KEY>EXCEPTION_NUMBER</KEY>"
                        + "<VALUE>59</VALUE></ITEM></ITEM_LIST></RESPONSE></SIMPLE_RETURN>")));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("action=list"))
                .willReturn(xml(String.format(dtd, "EXCEPTION_LIST_OUTPUT", "exception_list_output")
                        + "<EXCEPTION_LIST_OUTPUT><RESPONSE><DATETIME>2025-11-03T09:00:01Z</DATETIME><EXCEPTION_LIST>"
                        + "<EXCEPTION><EXCEPTION_NUMBER>59</EXCEPTION_NUMBER><HOST_ID>3753479</HOST_ID>"
                        + "<CONTROL_ID>16832</CONTROL_ID><STATUS>Pending</STATUS></EXCEPTION>"
                        + "</EXCEPTION_LIST></RESPONSE></EXCEPTION_LIST_OUTPUT>")));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("action=update"))
                .willReturn(xml(batch("Successfully Updated"))));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("action=delete"))
                .willReturn(xml(batch("Exception(s) deleted successfully"))));
    }

    private static String batch(String text) {
        return "<BATCH_RETURN><RESPONSE><DATETIME>2025-11-03T09:00:02Z</DATETIME><BATCH_LIST><BATCH><TEXT>" + text
                + "</TEXT><NUMBER_SET><NUMBER>59</NUMBER></NUMBER_SET></BATCH></BATCH_LIST></RESPONSE></BATCH_RETURN>";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withHeader("X-RateLimit-Remaining", "296").withBody(body);
    }
}
