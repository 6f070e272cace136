package dev.waiver.qualys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.Page;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.TransportException;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionHistoryEntry;
import dev.waiver.qualys.model.ExceptionDetailLevel;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListActionTest extends QualysTestSupport {

    private static final String NEXT_2 = V3_PATH + "?action=list&truncation_limit=2&details=All&id_min=291";
    private static final String NEXT_3 = V3_PATH + "?action=list&truncation_limit=2&details=All&id_min=293";

    private void stubThreeBatches() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "list-batch-1.xml")));
        wm.stubFor(get(urlEqualTo(NEXT_2)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(fixture("list-batch-2.xml"))));
        wm.stubFor(get(urlEqualTo(NEXT_3)).willReturn(xmlFixture(200, "list-batch-3.xml")));
    }

    private List<ComplianceException> listAllDetails() {
        return client().complianceExceptions().list(f -> f.truncationLimit(2).details(ExceptionDetailLevel.ALL))
                .stream().toList();
    }

    @Test
    void aDocumentedAnswerWithDetailsAllFillsEveryTypedField() {
        stubThreeBatches();

        List<ComplianceException> all = listAllDetails();

        assertThat(all).extracting(ComplianceException::exceptionNumber).containsExactly(289L, 290L, 291L, 292L, 293L);
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java"))
                .withHeader("Content-Type", containing(FORM))
                .withRequestBody(equalTo("action=list&truncation_limit=2&details=All")));

        ComplianceException approved = all.get(0);
        assertThat(approved.ip()).contains("10.10.10.5");
        assertThat(approved.technologyId()).hasValue(390L);
        assertThat(approved.technologyName()).contains("Microsoft SQL Server 2022");
        assertThat(approved.policyId()).hasValue(1366063L);
        assertThat(approved.policyName()).contains("CIS Benchmark for Microsoft SQL Server 2022");
        assertThat(approved.controlId()).hasValue(16832L);
        assertThat(approved.controlStatement()).contains("Status of the 'Minimum password length' setting\n"
                + "(applies to SQL logins & <contained> users)");
        assertThat(approved.criticalityValue()).hasValue(5);
        assertThat(approved.criticalityLabel()).contains("URGENT");
        assertThat(approved.assignee()).contains("Jordan Doe");
        assertThat(approved.status()).contains(ExceptionStatus.APPROVED);
        assertThat(approved.active()).contains(true);
        assertThat(approved.reopenOnEvidenceChange()).contains(true);
        assertThat(approved.expiresAt()).contains(Instant.parse("2026-12-31T00:00:00Z"));
        assertThat(approved.modifiedAt()).contains(Instant.parse("2025-10-03T07:15:00Z"));
        assertThat(approved.history()).containsExactly(
                ExceptionHistoryEntry.of("Jordan Doe (acme_jd)", "Legacy app needs 8 characters, see ticket SEC-42",
                        Instant.parse("2025-10-01T08:30:00Z")),
                ExceptionHistoryEntry.of("Casey Ito (acme_ciso)",
                        "Approved until the app is retired.\nReview again before the end date.",
                        Instant.parse("2025-10-02T12:00:05Z")),
                ExceptionHistoryEntry.of("Jordan Doe (acme_jd)", "Retirement planned for 12/2026 & tracked in SEC-57",
                        Instant.parse("2025-10-03T07:15:00Z")));
        assertThat(approved.history().get(1).user()).contains("Casey Ito (acme_ciso)");
        assertThat(approved.history().get(1).insertedAt()).contains(Instant.parse("2025-10-02T12:00:05Z"));
        assertThat(approved.additionalFields()).isEmpty();

        ComplianceException pending = all.get(1);
        assertThat(pending.ip()).contains("10.10.10.6");
        assertThat(pending.technologyId()).hasValue(45L);
        assertThat(pending.technologyName()).contains("Windows 2019");
        assertThat(pending.policyId()).hasValue(801459496L);
        assertThat(pending.policyName()).contains("Windows 2019 Server Hardening");
        assertThat(pending.controlId()).hasValue(1113L);
        assertThat(pending.controlStatement()).contains("Status of the 'Guest' account");
        assertThat(pending.criticalityValue()).hasValue(3);
        assertThat(pending.criticalityLabel()).contains("SERIOUS");
        assertThat(pending.assignee()).contains("Casey Ito");
        assertThat(pending.status()).contains(ExceptionStatus.PENDING);
        assertThat(pending.active()).contains(true);
        assertThat(pending.reopenOnEvidenceChange()).contains(false);
        assertThat(pending.expiresAt()).as("N/A is no date").isEmpty();
        assertThat(pending.modifiedAt()).contains(Instant.parse("2025-10-05T00:00:00Z"));
        assertThat(pending.history()).containsExactly(ExceptionHistoryEntry.of("Jordan Doe (acme_jd)", "new exception",
                Instant.parse("2025-10-05T00:00:00Z")));
        assertThat(pending.additionalFields()).as("N/A is read, not kept as unknown").isEmpty();
    }

    @Test
    void listFollowsTruncatedBatchesVerbatimWithTheSameCredentials() {
        stubThreeBatches();

        List<ComplianceException> all = listAllDetails();

        // the cursor parameter (id_min) is unknown to the SDK: the URL is taken as given
        wm.verify(1, getRequestedFor(urlEqualTo(NEXT_2)).withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java")));
        wm.verify(1, getRequestedFor(urlEqualTo(NEXT_3)).withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java")));
        assertThat(requestCount()).isEqualTo(3);

        ComplianceException rejected = all.get(2);
        assertThat(rejected.ip()).contains("10.10.10.7");
        assertThat(rejected.controlId()).hasValue(2343L);
        assertThat(rejected.controlStatement()).contains("Status of the 'Audit Logon' & 'Audit Logoff' settings");
        assertThat(rejected.criticalityValue()).hasValue(2);
        assertThat(rejected.criticalityLabel()).contains("MEDIUM");
        assertThat(rejected.status()).contains(ExceptionStatus.REJECTED);
        assertThat(rejected.active()).contains(false);
        assertThat(rejected.expiresAt()).isEmpty();
        assertThat(rejected.modifiedAt()).contains(Instant.parse("2025-10-06T10:00:00Z"));
        assertThat(rejected.history()).extracting(ExceptionHistoryEntry::comment)
                .containsExactly("Audit volume too high on this host", "Rejected: forward the logs instead");

        ComplianceException expired = all.get(3);
        assertThat(expired.ip()).contains("10.10.10.8");
        assertThat(expired.controlId()).hasValue(3376L);
        assertThat(expired.criticalityLabel()).contains("CRITICAL");
        assertThat(expired.status()).contains(ExceptionStatus.EXPIRED);
        assertThat(expired.active()).contains(false);
        assertThat(expired.reopenOnEvidenceChange()).contains(true);
        assertThat(expired.expiresAt()).as("yyyy-mm-dd").contains(Instant.parse("2025-10-31T00:00:00Z"));

        ComplianceException last = all.get(4);
        assertThat(last.ip()).contains("10.10.10.9");
        assertThat(last.controlId()).hasValue(4410L);
        assertThat(last.criticalityValue()).hasValue(1);
        assertThat(last.criticalityLabel()).contains("MINIMAL");
        assertThat(last.expiresAt()).as("ISO-8601").contains(Instant.parse("2026-06-30T00:00:00Z"));
        assertThat(last.history()).singleElement().satisfies(h -> {
            assertThat(h.user()).contains("Casey Ito (acme_ciso)");
            assertThat(h.comment()).isEqualTo("Needed by the nightly export job");
            assertThat(h.insertedAt()).contains(Instant.parse("2025-10-07T16:45:00Z"));
        });
    }

    @Test
    void unknownElementsAreKeptByPathAndUndocumentedNamesNeverFillTypedFields() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "list-unknown-elements.xml")));

        List<ComplianceException> all = client().complianceExceptions().list().stream().toList();

        ComplianceException odd = all.get(0);
        assertThat(odd.exceptionNumber()).isEqualTo(294L);
        assertThat(odd.ip()).as("HOST/IP_ADDRESS, not IP").contains("10.10.10.10");
        assertThat(odd.controlId()).as("CONTROL/CID, not CONTROL_ID").hasValue(5520L);
        assertThat(odd.criticalityValue()).as("a value that is not a number").isEmpty();
        assertThat(odd.criticalityLabel()).contains("HIGH");
        assertThat(odd.status()).hasValueSatisfying(s -> {
            assertThat(s.value()).isEqualTo("Revoked");
            assertThat(s.isKnown()).isFalse();
        });
        assertThat(odd.active()).contains(true);
        assertThat(odd.expiresAt()).as("neither EXPIRATION_DATE 'never' nor END_DATE").isEmpty();
        assertThat(odd.history()).containsExactly(
                ExceptionHistoryEntry.of("Jordan Doe (acme_jd)", "first", null),
                ExceptionHistoryEntry.of(null, "second, without user or date", null));
        assertThat(odd.history().get(1).user()).isEmpty();
        assertThat(odd.history().get(1).insertedAt()).isEmpty();
        assertThat(odd.additionalFields()).containsExactly(
                Map.entry("HOST/FUTURE_HOST_DETAIL", "WS-0010"),
                Map.entry("IP", "10.99.99.99"),
                Map.entry("CONTROL/CRITICALITY/VALUE", "high"),
                Map.entry("CONTROL_ID", "9999"),
                Map.entry("EXPIRATION_DATE", "never"),
                Map.entry("END_DATE", "12/31/2030"),
                Map.entry("FUTURE_FLAG", "yes\nno"),
                Map.entry("HISTORY_LIST/HISTORY/INSERTION_DATE", "yesterday"),
                Map.entry("HISTORY_LIST/HISTORY/FUTURE_HISTORY_DETAIL", "a"));
        assertThat(odd.additionalField("HOST/FUTURE_HOST_DETAIL")).contains("WS-0010");

        ComplianceException bare = all.get(1);
        assertThat(bare).isEqualTo(ComplianceException.builder().exceptionNumber(295).build());
        assertThat(bare.ip()).isEmpty();
        assertThat(bare.controlId()).isEmpty();
        assertThat(bare.criticalityValue()).isEmpty();
        assertThat(bare.active()).isEmpty();
        assertThat(bare.history()).isEmpty();
    }

    @Test
    void theModelEqualsARecordBuiltByHandAndItsCollectionsAreImmutable() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "list-batch-3.xml")));

        ComplianceException read = client().complianceExceptions().list().stream().findFirst().orElseThrow();

        ComplianceException expected = ComplianceException.builder().exceptionNumber(293).ip("10.10.10.9")
                .technologyId(390L).technologyName("Microsoft SQL Server 2022")
                .policyId(1366063L).policyName("CIS Benchmark for Microsoft SQL Server 2022")
                .controlId(4410L).controlStatement("Status of the 'xp_cmdshell' option")
                .criticalityValue(1).criticalityLabel("MINIMAL").assignee("Jordan Doe").status(ExceptionStatus.APPROVED)
                .active(true).reopenOnEvidenceChange(false).expiresAt(Instant.parse("2026-06-30T00:00:00Z"))
                .modifiedAt(Instant.parse("2025-10-07T16:45:00Z"))
                .addHistory(ExceptionHistoryEntry.of("Casey Ito (acme_ciso)", "Needed by the nightly export job",
                        Instant.parse("2025-10-07T16:45:00Z")))
                .build();
        assertThat(read).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(read.toString()).isEqualTo(
                "ComplianceException{number=293, status=Approved, ip=10.10.10.9, controlId=4410, policyId=1366063}");
        assertThatThrownBy(() -> read.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> read.additionalFields().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pagesAreFetchedLazilyOneAtATime() {
        stubThreeBatches();

        PagedIterable<ComplianceException> list = client().complianceExceptions().list(f -> f.truncationLimit(2));
        assertThat(requestCount()).isZero();

        Iterator<ComplianceException> it = list.iterator();
        assertThat(it.next().exceptionNumber()).isEqualTo(289L);
        assertThat(it.next().exceptionNumber()).isEqualTo(290L);
        assertThat(requestCount()).isEqualTo(1);
        assertThat(it.next().exceptionNumber()).isEqualTo(291L);
        assertThat(requestCount()).isEqualTo(2);

        List<Page<ComplianceException>> pages = new ArrayList<>();
        list.byPage().forEach(pages::add);
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 2, 1);
        assertThat(pages).extracting(Page::isLast).containsExactly(false, false, true);
    }

    @Test
    void everyFilterIsEncodedTheWayQualysExpects() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "list-batch-3.xml")));

        List<ComplianceException> result = client().complianceExceptions().list(ListExceptionsRequest.builder()
                .echoRequest(false)
                .exceptionNumber(7)
                .exceptionNumbers(ExceptionNumbers.builder().add(12).addRange(289, 292).build())
                .exceptionNumberMin(10).exceptionNumberMax(900)
                .ip("10.10.10.1-10.10.10.20")
                .assigneeId(996765)
                .networkName("Global Default Network")
                .status(ExceptionStatus.APPROVED)
                .active(true)
                .truncationLimit(1_000_000)
                .controlId(23)
                .controlStatement("Minimum password length & more")
                .policyId(1366063)
                .technologyName("Windows 2019")
                .createdBy(11).modifiedBy(12)
                .details(ExceptionDetailLevel.ALL)
                .createdAfter(LocalDate.of(2025, 1, 2))
                .updatedAfter(LocalDate.of(2025, 3, 4))
                .expiredBefore(LocalDate.of(2026, 12, 31))
                .expiredAfter(LocalDate.of(2025, 11, 30))
                .build()).stream().toList();

        assertThat(result).extracting(ComplianceException::exceptionNumber).containsExactly(293L);
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo("action=list&echo_request=0"
                + "&exception_number=7&exception_numbers=12%2C289-292&exception_number_min=10&exception_number_max=900"
                + "&ip=10.10.10.1-10.10.10.20&assignee_id=996765&network_name=Global+Default+Network&status=approved"
                + "&is_active=1&truncation_limit=1000000&control_id=23"
                + "&control_statement=Minimum+password+length+%26+more&policy_id=1366063&technology_name=Windows+2019"
                + "&created_by=11&modified_by=12&details=All&created_after_date=01%2F02%2F2025"
                + "&updated_after_date=03%2F04%2F2025&expired_before_date=12%2F31%2F2026"
                + "&expired_after_date=11%2F30%2F2025")));
    }

    @Test
    void listWithoutFiltersSendsOnlyTheAction() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "list-batch-3.xml")));
        assertThat(client().complianceExceptions().list().stream().count()).isEqualTo(1);
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo("action=list")));
    }

    @Test
    void aNextBatchUrlOnAnotherHostIsRefusedAfterTheRecordsBeforeIt() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(200, fixture("list-batch-1.xml")
                .replace(wm.baseUrl(), "https://attacker.example"))));

        Iterator<ComplianceException> it = client().complianceExceptions().list().iterator();
        assertThat(it.next().exceptionNumber()).isEqualTo(289L);
        assertThat(it.next().exceptionNumber()).isEqualTo(290L);
        assertThatThrownBy(it::hasNext).isInstanceOf(TransportException.class)
                .hasMessage("refusing to follow Qualys' next-batch URL to https://attacker.example: the client only "
                        + "sends its credentials to " + wm.baseUrl());
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void aNextBatchUrlOnAnotherPortOfTheSameHostIsRefusedToo() {
        String otherPort = wm.baseUrl().replace(":" + wm.getPort(), ":" + (wm.getPort() == 1 ? 2 : wm.getPort() - 1));
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(200, fixture("list-batch-1.xml")
                .replace(wm.baseUrl(), otherPort))));
        assertThatThrownBy(() -> client().complianceExceptions().list().stream().count())
                .isInstanceOf(TransportException.class).hasMessageContaining("refusing to follow");
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void aRelativeNextBatchUrlIsResolvedAgainstTheEndpoint() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(200, fixture("list-batch-1.xml")
                .replace(wm.baseUrl(), ""))));
        wm.stubFor(get(urlEqualTo(NEXT_2)).willReturn(xmlFixture(200, "list-batch-3.xml")));
        assertThat(client().complianceExceptions().list().stream().map(ComplianceException::exceptionNumber))
                .containsExactly(289L, 290L, 293L);
    }

    @Test
    void aNextBatchUrlWithoutCdataHasItsEscapedAmpersandsRead() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(200, fixture("list-batch-1.xml")
                .replace("<URL><![CDATA[", "<URL>").replace("]]></URL>", "</URL>").replace("&truncation_limit", "&amp;truncation_limit")
                .replace("&details", "&amp;details").replace("&id_min", "&amp;id_min"))));
        wm.stubFor(get(urlEqualTo(NEXT_2)).willReturn(xmlFixture(200, "list-batch-3.xml")));
        assertThat(client().complianceExceptions().list().stream().map(ComplianceException::exceptionNumber))
                .containsExactly(289L, 290L, 293L);
        wm.verify(1, getRequestedFor(urlEqualTo(NEXT_2)));
    }

    @Test
    void aListErrorWithHttp200IsThrownAndNotRetried() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "error-2001-account-expired.xml")));
        assertThatThrownBy(() -> client().complianceExceptions().list().iterator().hasNext())
                .isInstanceOfSatisfying(dev.waiver.core.PermissionDeniedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.vendorCode()).contains("2001");
                    assertThat(e.vendorMessage()).contains("This account has expired.");
                    assertThat(e.error().detail("datetime")).contains("2025-11-03T10:00:00Z");
                    assertThat(e.error().rawBody()).contains("<CODE>2001</CODE>");
                });
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void listIsIdempotentSoItsServerErrorsAreRetried() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(xmlFixture(200, "list-batch-3.xml")));
        assertThat(client().complianceExceptions().list().stream().count()).isEqualTo(1);
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void badLoginOnAListIsNeverRetried() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(401, simpleReturnError("2000", "Bad Login/Password"))));
        assertThatThrownBy(() -> client().complianceExceptions().list().stream().count())
                .isInstanceOf(AuthenticationException.class);
        assertThat(requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/xml;charset=UTF-8", "text/xml; charset=\"utf-8\"", "text/xml"})
    void everySeenContentTypeParses(String contentType) {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType)
                .withBody(fixture("list-batch-2.xml").replaceAll("(?s)<WARNING>.*</WARNING>", ""))));
        assertThat(client().complianceExceptions().list().stream().map(ComplianceException::exceptionNumber))
                .containsExactly(291L, 292L);
    }

    @Test
    void theContentTypeCharsetDecodesAnAnswerWithoutDeclaration() {
        String body = "<EXCEPTION_LIST_OUTPUT><RESPONSE><EXCEPTION_LIST><EXCEPTION><EXCEPTION_NUMBER>5</EXCEPTION_NUMBER>"
                + "<CONTROL><STATEMENT>Paramètre é</STATEMENT></CONTROL></EXCEPTION></EXCEPTION_LIST></RESPONSE>"
                + "</EXCEPTION_LIST_OUTPUT>";
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml;charset=ISO-8859-1")
                .withBody(body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
        assertThat(client().complianceExceptions().list().stream().findFirst().orElseThrow().controlStatement())
                .contains("Paramètre é");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<CONTROL><STATEMENT>&xxe;</STATEMENT></CONTROL>",
            "<HISTORY_LIST><HISTORY><COMMENT>&xxe;</COMMENT></HISTORY></HISTORY_LIST>",
            "<HISTORY_LIST>&xxe;<HISTORY><COMMENT>a</COMMENT></HISTORY></HISTORY_LIST>"})
    void anEntityDeclaredInAnInternalSubsetIsNeverExpanded(String element) {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE EXCEPTION_LIST_OUTPUT SYSTEM \"" + wm.baseUrl() + "/x.dtd\" ["
                + "<!ENTITY xxe SYSTEM \"" + wm.baseUrl() + "/secret.dtd\">]>\n"
                + "<EXCEPTION_LIST_OUTPUT><RESPONSE><EXCEPTION_LIST><EXCEPTION><EXCEPTION_NUMBER>5</EXCEPTION_NUMBER>"
                + element + "</EXCEPTION></EXCEPTION_LIST></RESPONSE></EXCEPTION_LIST_OUTPUT>";
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(200, body)));
        assertThatThrownBy(() -> client().complianceExceptions().list().stream().count())
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("entity references are not resolved: &xxe;");
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void closingTheStreamEarlyStopsTheWalk() {
        stubThreeBatches();
        try (Stream<ComplianceException> s = client().complianceExceptions().list().stream()) {
            assertThat(s.limit(1).map(ComplianceException::exceptionNumber)).containsExactly(289L);
        }
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void aCutAnswerFailsAsATransportErrorAfterTheRecordsRead() {
        String full = fixture("list-batch-1.xml");
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(200, full.substring(0, full.indexOf("<EXCEPTION_NUMBER>290")))));
        Iterator<ComplianceException> it = client().complianceExceptions().list().iterator();
        assertThat(it.next().exceptionNumber()).isEqualTo(289L);
        assertThatThrownBy(it::hasNext).isInstanceOf(TransportException.class)
                .hasMessageContaining("could not read Qualys' answer to list (while streaming its records)");
    }

    @Test
    void onlyTheDocumentedTruncationRangeIsCheckedBeforeSending() {
        assertThatThrownBy(() -> client().complianceExceptions().list(f -> f.truncationLimit(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ListExceptionsRequest.truncationLimit must be between 1 and 1000000, was 0");
        assertThatThrownBy(() -> client().complianceExceptions().list(f -> f.truncationLimit(1_000_001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ListExceptionsRequest.truncationLimit must be between 1 and 1000000, was 1000001");
        assertThat(requestCount()).isZero();

        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "list-batch-3.xml")));
        client().complianceExceptions().list(f -> f.exceptionNumberMin(10).exceptionNumberMax(9).assigneeId(0)
                .networkName(" ")).stream().count();
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo("action=list"
                + "&exception_number_min=10&exception_number_max=9&assignee_id=0&network_name=+")));
    }

    @Test
    void theFiltersAreAValueWithACopyingBuilder() {
        ListExceptionsRequest filters = ListExceptionsRequest.builder().status(ExceptionStatus.PENDING)
                .truncationLimit(50).policyId(1366063).createdAfter(LocalDate.of(2025, 1, 2)).build();

        assertThat(filters.status()).contains(ExceptionStatus.PENDING);
        assertThat(filters.truncationLimit()).hasValue(50);
        assertThat(filters.policyId()).hasValue(1366063);
        assertThat(filters.createdAfter()).contains(LocalDate.of(2025, 1, 2));
        assertThat(filters.exceptionNumber()).isEmpty();
        assertThat(filters.exceptionNumbers()).isEmpty();
        assertThat(filters.ip()).isEmpty();
        assertThat(filters.active()).isEmpty();
        assertThat(filters.details()).isEmpty();
        assertThat(filters.echoRequest()).isEmpty();
        assertThat(filters.toBuilder().build()).isEqualTo(filters).hasSameHashCodeAs(filters);
        assertThat(filters).hasToString("ListExceptionsRequest{status=Pending, truncationLimit=50, policyId=1366063, "
                + "createdAfter=2025-01-02}");
        ListExceptionsRequest widened = filters.toBuilder().status(null).build();
        assertThat(widened.status()).isEmpty();
        assertThat(widened).isNotEqualTo(filters);
        assertThat(ListExceptionsRequest.all()).hasToString("ListExceptionsRequest{}")
                .isEqualTo(ListExceptionsRequest.builder().build());
    }
}
