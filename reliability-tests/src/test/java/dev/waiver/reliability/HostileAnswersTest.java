package dev.waiver.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.ApiException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.core.WaiverException;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.reliability.support.Bodies;
import dev.waiver.reliability.support.Clients;
import dev.waiver.reliability.support.Operation;
import dev.waiver.reliability.support.Operations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken answers, for every operation they apply to: each ends in a typed
 * {@link WaiverException} within a few seconds (JUnit {@code @Timeout}), with exactly the number of
 * requests the retry rules allow ({@link Hostile#expectedRequests}), without resolving any entity or fetching anything from a second server, and without
 * echoing a local file. The 100 MB answers run in their own small heap: see
 * {@link HugeAnswerBoundedHeapTest}.
 */
class HostileAnswersTest {

    static final String LOCAL_MARKER = "LOCAL-FILE-CONTENT-7d41c2";
    static Path localFile;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Stands for any other host: it must never see a request. */
    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeAll
    static void writeLocalFile() throws IOException {
        localFile = Files.createTempFile("waiver-xxe", ".txt");
        Files.writeString(localFile, LOCAL_MARKER + "\nroot:x:0:0:root:/root:/bin/bash\n");
    }

    @AfterAll
    static void deleteLocalFile() throws IOException {
        Files.deleteIfExists(localFile);
    }

    /** Hostile or broken answers. */
    enum Hostile {
        // XML only (Qualys)
        XXE_LOCAL_FILE, BILLION_LAUGHS, EXTERNAL_ENTITY_ON_SECOND_SERVER, EXTERNAL_DTD_AND_ENTITY_IN_ERROR_BODY,
        // any format
        DEEP_NESTING_10000, HTML_PAGE_200, HTML_PAGE_502, TRUNCATED, WRONG_CONTENT_TYPE, EMPTY_200,
        NUMBER_OUT_OF_RANGE, DEEP_NESTING_IN_ERROR_BODY,
        // lists only
        NEXT_REPEATS_FOREVER;

        boolean appliesTo(Operation op) {
            return switch (this) {
                case XXE_LOCAL_FILE, BILLION_LAUGHS, EXTERNAL_ENTITY_ON_SECOND_SERVER,
                     EXTERNAL_DTD_AND_ENTITY_IN_ERROR_BODY -> op.vendor().xml();
                case NEXT_REPEATS_FOREVER -> LISTS.contains(op.name());
                case NUMBER_OUT_OF_RANGE -> !op.answerIgnored() && !NO_NUMBERS.contains(op.name());
                // error bodies: every operation reads them, 204 ones included
                case HTML_PAGE_502, DEEP_NESTING_IN_ERROR_BODY -> true;
                default -> !op.answerIgnored();
            };
        }

        Class<? extends WaiverException> expected() {
            return switch (this) {
                case HTML_PAGE_502 -> ServerException.class;
                case EXTERNAL_DTD_AND_ENTITY_IN_ERROR_BODY, DEEP_NESTING_IN_ERROR_BODY -> BadRequestException.class;
                default -> TransportException.class;
            };
        }

        /**
         * @return exactly how many requests the operation makes: a non-idempotent one never repeats;
         *         an idempotent one retries an unusable answer up to the policy's attempts, except a
         *         400 (the vendor refused the request) and a fault inside the records of the Qualys
         *         list, which are streamed to the caller after the answer was accepted (outside the
         *         retry loop: records may already have been handed out)
         */
        int expectedRequests(Operation op) {
            if (this == NEXT_REPEATS_FOREVER) {
                return 2;
            }
            if (expected() == BadRequestException.class || !op.idempotent()
                    || op.name().equals("qualys.list") && IN_STREAMED_RECORDS.contains(this)) {
                return 1;
            }
            return TestRetries.noSleep().maxAttempts();
        }
    }

    /** Faults the Qualys list meets while streaming its records, after its head was accepted. */
    static final Set<Hostile> IN_STREAMED_RECORDS = Set.of(Hostile.XXE_LOCAL_FILE, Hostile.BILLION_LAUGHS,
            Hostile.EXTERNAL_ENTITY_ON_SECOND_SERVER, Hostile.DEEP_NESTING_10000, Hostile.TRUNCATED);

    /** Operations whose answer carries no number the SDK reads as one. */
    static final Set<String> NO_NUMBERS = Set.of("sto.create", "iacm.create", "har.listVersions", "qualys.list");

    static final Set<String> LISTS = Set.of("sto.list", "sto.history", "har.list", "har.listVersions", "iacm.list",
            "qualys.list");

    static Stream<Arguments> cases() {
        return Stream.of(Hostile.values()).flatMap(h -> Operations.all().stream().filter(h::appliesTo)
                .map(op -> Arguments.of(h, op)));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("cases")
    @Timeout(15)
    void aHostileAnswerEndsInATypedExceptionQuickly(Hostile hostile, Operation op) {
        String base = wm.baseUrl();
        wm.stubFor(op.stub().willReturn(answer(hostile, op, base)));
        if (hostile == Hostile.NEXT_REPEATS_FOREVER && op.vendor().xml()) {
            wm.stubFor(get(urlPathEqualTo(Operations.QUALYS_PATH)).willReturn(answer(hostile, op, base)));
        }

        Throwable thrown;
        try (Clients clients = Clients.of(base, TestRetries.noSleep(), Duration.ofSeconds(5))) {
            thrown = org.assertj.core.api.Assertions.catchThrowable(() -> op.call().apply(clients));
        }

        assertThat(thrown).as("outcome of %s to %s", hostile, op).isInstanceOf(hostile.expected());
        String shown = thrown + " " + thrown.getMessage()
                + (thrown instanceof ApiException api ? api.error().details() : "");
        assertThat(shown).doesNotContain(LOCAL_MARKER).doesNotContain("root:x:0:0").doesNotContain("lollollol");
        assertThat(thrown.getMessage()).hasSizeLessThan(2_000);
        if (hostile == Hostile.NEXT_REPEATS_FOREVER) {
            assertThat(thrown.getMessage()).containsAnyOf("already read", "same items", "repeats");
        }
        int requests = wm.findAll(anyRequestedFor(anyUrl())).size();
        assertThat(requests).as("requests made").isEqualTo(hostile.expectedRequests(op));
        assertThat(elsewhere.getAllServeEvents()).isEmpty();
    }

    /** Qualys' own answers declare a DTD on another host: it parses, and nothing is fetched from there. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("qualysOperations")
    @Timeout(15)
    void aDoctypeOnASecondServerParsesWithoutFetchingIt(Operation op) {
        String dtdHere = wm.baseUrl() + "/api/3.0/";
        wm.stubFor(op.stub().willReturn(op.success(wm.baseUrl()).withBody(
                op.successBody().apply(wm.baseUrl()).replace(dtdHere, elsewhere.baseUrl() + "/evil/"))));
        try (Clients clients = Clients.of(wm.baseUrl(), TestRetries.noSleep(), Duration.ofSeconds(5))) {
            op.check().accept(op.call().apply(clients));
        }
        assertThat(elsewhere.getAllServeEvents()).isEmpty();
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    static Stream<Operation> qualysOperations() {
        return Operations.all().stream().filter(op -> op.vendor().xml());
    }

    @Test
    void everyHostileInputIsExercised() {
        Set<Hostile> used = cases().map(a -> (Hostile) a.get()[0]).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrder(Hostile.values());
    }

    ResponseDefinitionBuilder answer(Hostile hostile, Operation op, String base) {
        String good = op.successBody().apply(base);
        String type = op.vendor().contentType();
        return switch (hostile) {
            case XXE_LOCAL_FILE -> xml(200, qualysDocument(op,
                    "<!DOCTYPE " + root(op) + " [<!ENTITY xxe SYSTEM \"" + localFile.toUri() + "\">]>", "&xxe;"));
            case BILLION_LAUGHS -> xml(200, qualysDocument(op, billionLaughs(root(op)), "&lol9;"));
            case EXTERNAL_ENTITY_ON_SECOND_SERVER -> xml(200, qualysDocument(op, "<!DOCTYPE " + root(op) + " SYSTEM \""
                    + elsewhere.baseUrl() + "/evil.dtd\" [<!ENTITY % remote SYSTEM \"" + elsewhere.baseUrl()
                    + "/remote.dtd\"> %remote; <!ENTITY ext SYSTEM \"" + elsewhere.baseUrl() + "/ext.txt\">]>", "&ext;"));
            case EXTERNAL_DTD_AND_ENTITY_IN_ERROR_BODY -> xml(400, "<?xml version=\"1.0\"?>\n<!DOCTYPE SIMPLE_RETURN SYSTEM \""
                    + elsewhere.baseUrl() + "/simple_return.dtd\" [<!ENTITY xxe SYSTEM \"" + localFile.toUri()
                    + "\">]>\n<SIMPLE_RETURN><RESPONSE><CODE>1905</CODE><TEXT>&xxe;</TEXT></RESPONSE></SIMPLE_RETURN>");
            case DEEP_NESTING_10000 -> aResponse().withStatus(200).withHeader("Content-Type", type)
                    .withBody(op.vendor().xml() ? qualysDocument(op, "", "<A>".repeat(10_000) + "</A>".repeat(10_000))
                            : deepJson(good));
            case DEEP_NESTING_IN_ERROR_BODY -> aResponse().withStatus(400).withHeader("Content-Type", type)
                    .withBody(op.vendor().xml() ? "<SIMPLE_RETURN>" + "<A>".repeat(10_000) + "</A>".repeat(10_000)
                            + "</SIMPLE_RETURN>" : "{\"message\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
            case HTML_PAGE_200 -> html(200);
            case HTML_PAGE_502 -> html(502);
            case TRUNCATED -> aResponse().withStatus(200).withHeader("Content-Type", type)
                    .withBody(good.substring(0, good.length() / 2));
            case WRONG_CONTENT_TYPE -> op.vendor().xml()
                    ? aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"EXCEPTION_NUMBER\": 59, \"status\": \"ok\"}")
                    : xml(200, Bodies.qualysUpdated(base));
            case EMPTY_200 -> aResponse().withStatus(200).withHeader("Content-Type", type).withBody("");
            case NUMBER_OUT_OF_RANGE -> aResponse().withStatus(200).withHeader("Content-Type", type)
                    .withBody(outOfRange(op, good));
            case NEXT_REPEATS_FOREVER -> aResponse().withStatus(200).withHeader("Content-Type", type)
                    .withHeader("x-total-pages", "1000000000")
                    .withBody(neverEnding(op, good, base));
        };
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(body);
    }

    static ResponseDefinitionBuilder html(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form action=\"/login\">"
                        + "<input name=\"user\"></form><p>Error " + status + "</p></body></html>");
    }

    static String root(Operation op) {
        return switch (op.qualysAction()) {
            case "request" -> "SIMPLE_RETURN";
            case "list" -> "EXCEPTION_LIST_OUTPUT";
            default -> "BATCH_RETURN";
        };
    }

    /** A document of the operation's answer type, with {@code payload} where the reader reads text. */
    static String qualysDocument(Operation op, String doctype, String payload) {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n";
        return head + switch (op.qualysAction()) {
            case "request" -> "<SIMPLE_RETURN><RESPONSE><TEXT>" + payload + "</TEXT><ITEM_LIST><ITEM>"
                    + "<KEY>EXCEPTION_NUMBER</KEY><VALUE>59</VALUE></ITEM></ITEM_LIST></RESPONSE></SIMPLE_RETURN>";
            case "list" -> "<EXCEPTION_LIST_OUTPUT><RESPONSE><EXCEPTION_LIST><EXCEPTION><EXCEPTION_NUMBER>293"
                    + "</EXCEPTION_NUMBER><HISTORY_LIST><HISTORY><COMMENT>" + payload + "</COMMENT></HISTORY></HISTORY_LIST>"
                    + "</EXCEPTION></EXCEPTION_LIST></RESPONSE></EXCEPTION_LIST_OUTPUT>";
            default -> "<BATCH_RETURN><RESPONSE><BATCH_LIST><BATCH><TEXT>" + payload + "</TEXT><NUMBER_SET><NUMBER>12"
                    + "</NUMBER></NUMBER_SET></BATCH></BATCH_LIST></RESPONSE></BATCH_RETURN>";
        };
    }

    static String billionLaughs(String root) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String prev = "&lol" + (i - 1) + ";";
            sb.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        return sb.append("]>").toString();
    }

    /** The good answer with an unknown field nested 10,000 deep inserted after its first brace. */
    static String deepJson(String good) {
        int at = good.indexOf('{') + 1;
        return good.substring(0, at) + "\"nested\": " + "[".repeat(10_000) + "]".repeat(10_000) + ", "
                + good.substring(at);
    }

    static String outOfRange(Operation op, String good) {
        String huge = "99999999999999999999999999";
        String changed = switch (op.vendor()) {
            case STO -> good.replace("1651578240", huge).replace("1781218260", huge).replace("\"succeeded\": 1",
                    "\"succeeded\": " + huge).replace("\"totalRows\": 2", "\"totalRows\": " + huge);
            case HAR -> good.replace("1732581234567", huge);
            case IACM -> good.replace("1718031600123", huge).replace("1718035200456", huge);
            case QUALYS -> good.replace("<VALUE>59</VALUE>", "<VALUE>" + huge + "</VALUE>")
                    .replace("<NUMBER>12</NUMBER>", "<NUMBER>" + huge + "</NUMBER>")
                    .replace("<NUMBER>40</NUMBER>", "<NUMBER>" + huge + "</NUMBER>");
        };
        assertThat(changed).as("the fixture of %s has a number to change", op).isNotEqualTo(good);
        return changed;
    }

    /** A page that claims more pages forever and answers the same items whatever page is asked for. */
    static String neverEnding(Operation op, String good, String base) {
        return switch (op.name()) {
            case "sto.list", "sto.history" -> good.replace("\"totalItems\": 1, \"totalPages\": 1",
                    "\"totalItems\": 1000000000, \"totalPages\": 1000000000");
            case "har.list", "har.listVersions" -> good.replace("\"hasMore\": false", "\"hasMore\": true");
            case "iacm.list" -> good; // with x-total-pages: 1000000000
            case "qualys.list" -> good.replace("</EXCEPTION_LIST>", "</EXCEPTION_LIST><WARNING><CODE>1980</CODE>"
                    + "<TEXT>1 record limit exceeded. Use URL to get next batch of results.</TEXT><URL><![CDATA["
                    + base + Operations.QUALYS_PATH + "?action=list&truncation_limit=1&id_min=293]]></URL></WARNING>");
            default -> throw new IllegalArgumentException(op.name());
        };
    }
}
