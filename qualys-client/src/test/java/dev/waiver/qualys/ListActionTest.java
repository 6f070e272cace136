package dev.waiver.qualys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import dev.waiver.qualys.model.ExceptionComment;
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

    private static final String NEXT_2 = V3_PATH + "?action=list&truncation_limit=2&id_min=291&sort_token=Zx9%2Fq";
    private static final String NEXT_3 = V3_PATH + "?action=list&truncation_limit=2&id_min=293&sort_token=Ab%2Bc";

    private void stubThreeBatches() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "list-batch-1.xml")));
        wm.stubFor(get(urlEqualTo(NEXT_2)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(fixture("list-batch-2.xml"))));
        wm.stubFor(get(urlEqualTo(NEXT_3)).willReturn(xmlFixture(200, "list-batch-3.xml")));
    }

    @Test
    void listFollowsThreeTruncatedBatchesVerbatimAndMapsEveryField() {
        stubThreeBatches();

        List<ComplianceException> all = new ArrayList<>();
        client().complianceExceptions().list(f -> f.truncationLimit(2)).forEach(all::add);

        assertThat(all).extracting(ComplianceException::exceptionNumber).containsExactly(289L, 290L, 291L, 292L, 293L);
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java"))
                .withRequestBody(equalTo("action=list&truncation_limit=2")));
        // the cursor parameters (id_min, sort_token) are unknown to the SDK: the URL is taken as given
        wm.verify(1, getRequestedFor(urlEqualTo(NEXT_2)).withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java")));
        wm.verify(1, getRequestedFor(urlEqualTo(NEXT_3)).withHeader("Authorization", equalTo(BASIC)));
        assertThat(requestCount()).isEqualTo(3);

        ComplianceException first = all.get(0);
        assertThat(first.hostId()).hasValue(3753479L);
        assertThat(first.ip()).contains("10.10.10.5");
        assertThat(first.controlId()).hasValue(16832L);
        assertThat(first.controlStatement()).contains("Status of the 'Minimum password length' setting & <complexity>");
        assertThat(first.policyId()).hasValue(1366063L);
        assertThat(first.policyTitle()).contains("CIS Benchmark for Microsoft SQL Server 2022");
        assertThat(first.technologyId()).hasValue(390L);
        assertThat(first.technologyName()).contains("Microsoft SQL Server 2022");
        assertThat(first.instance()).contains("MSSQL 2022:1:1433:MSSQLSERVER:master");
        assertThat(first.status()).contains(ExceptionStatus.APPROVED);
        assertThat(first.assigneeId()).hasValue(996765L);
        assertThat(first.assignee()).contains("acme_jd");
        assertThat(first.createdAt()).contains(Instant.parse("2025-10-01T08:30:00Z"));
        assertThat(first.modifiedAt()).contains(Instant.parse("2025-10-02T12:00:05Z"));
        assertThat(first.endDate()).contains(Instant.parse("2026-12-31T00:00:00Z"));
        assertThat(first.reopenOnEvidenceChange()).contains(true);
        assertThat(first.comments()).containsExactly(
                new ExceptionComment("Legacy app needs 8 characters, see ticket SEC-42", "acme_jd",
                        Instant.parse("2025-10-01T08:30:00Z")),
                new ExceptionComment("Approved until the app is retired", "acme_ciso", Instant.parse("2025-10-02T12:00:05Z")));
        assertThat(first.additionalFields()).containsExactly(Map.entry("DNS", "db01.corp.example"),
                Map.entry("NETWORK_NAME", "Global Default Network"), Map.entry("RISK_RATING", "Medium"));

        ComplianceException second = all.get(1);
        assertThat(second.hostId()).hasValue(3753480L);
        assertThat(second.ip()).contains("10.10.10.6");
        assertThat(second.controlId()).hasValue(1113L);
        assertThat(second.policyId()).hasValue(801459496L);
        assertThat(second.technologyId()).hasValue(45L);
        assertThat(second.instance()).contains("os");
        assertThat(second.status()).contains(ExceptionStatus.PENDING);
        assertThat(second.assigneeId()).hasValue(2449482824L);
        assertThat(second.assignee()).isEmpty();
        assertThat(second.createdAt()).contains(Instant.parse("2025-10-05T00:00:00Z"));
        assertThat(second.modifiedAt()).isEmpty();
        assertThat(second.endDate()).contains(Instant.parse("2025-10-05T00:00:00Z"));
        assertThat(second.reopenOnEvidenceChange()).contains(false);
        assertThat(second.comments()).containsExactly(new ExceptionComment("new exception", null, null));
        assertThat(second.additionalFields()).isEmpty();
    }

    @Test
    void unknownAndNestedElementsAreKeptAndUnknownValuesNeverFailTheRead() {
        stubThreeBatches();

        List<ComplianceException> all = client().complianceExceptions().list(f -> f.truncationLimit(2)).stream().toList();

        ComplianceException nested = all.get(2);
        assertThat(nested.exceptionNumber()).isEqualTo(291L);
        assertThat(nested.hostId()).hasValue(3753481L);
        assertThat(nested.ip()).contains("10.10.10.7");
        assertThat(nested.controlId()).hasValue(2343L);
        assertThat(nested.controlStatement()).contains("Status of the 'Audit Logon' & 'Audit Logoff' settings");
        assertThat(nested.status()).contains(ExceptionStatus.REJECTED);
        assertThat(nested.additionalFields()).containsExactly(Map.entry("HOST_NETBIOS", "WS-0007"),
                Map.entry("FUTURE_FLAG", "yes"));

        ComplianceException odd = all.get(3);
        assertThat(odd.status()).hasValueSatisfying(s -> {
            assertThat(s.value()).isEqualTo("Revoked");
            assertThat(s.isKnown()).isFalse();
        });
        assertThat(odd.endDate()).isEmpty();
        assertThat(odd.additionalField("END_DATE")).contains("never");

        assertThat(all.get(4).status()).contains(ExceptionStatus.EXPIRED);
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

        List<ComplianceException> result = client().complianceExceptions().list(ExceptionListRequest.builder()
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
                .replace("&id_min", "&amp;id_min").replace("&sort_token", "&amp;sort_token"))));
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
        String body = "<EXCEPTION_LIST_OUTPUT><RESPONSE><EXCEPTION><EXCEPTION_NUMBER>5</EXCEPTION_NUMBER>"
                + "<CONTROL_STATEMENT>Paramètre é</CONTROL_STATEMENT></EXCEPTION></RESPONSE></EXCEPTION_LIST_OUTPUT>";
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml;charset=ISO-8859-1")
                .withBody(body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
        assertThat(client().complianceExceptions().list().stream().findFirst().orElseThrow().controlStatement())
                .contains("Paramètre é");
    }

    @Test
    void anEntityDeclaredInAnInternalSubsetIsNeverExpanded() {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE EXCEPTION_LIST_OUTPUT SYSTEM \"" + wm.baseUrl() + "/x.dtd\" ["
                + "<!ENTITY xxe SYSTEM \"" + wm.baseUrl() + "/secret.dtd\">]>\n"
                + "<EXCEPTION_LIST_OUTPUT><RESPONSE><EXCEPTION><EXCEPTION_NUMBER>5</EXCEPTION_NUMBER>"
                + "<CONTROL_STATEMENT>&xxe;</CONTROL_STATEMENT></EXCEPTION></RESPONSE></EXCEPTION_LIST_OUTPUT>";
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
    void invalidFiltersAreRefusedBeforeSending() {
        assertThatThrownBy(() -> client().complianceExceptions().list(f -> f.truncationLimit(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("truncationLimit must be between 1 and 1000000, was 0");
        assertThatThrownBy(() -> client().complianceExceptions().list(f -> f.truncationLimit(1_000_001)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client().complianceExceptions().list(f -> f.exceptionNumberMin(10).exceptionNumberMax(9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exceptionNumberMin must not exceed exceptionNumberMax, was 10 > 9");
        assertThatThrownBy(() -> client().complianceExceptions().list(f -> f.assigneeId(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("assigneeId must be positive, was 0");
        assertThatThrownBy(() -> client().complianceExceptions().list(f -> f.networkName(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("networkName must not be blank");
        assertThat(requestCount()).isZero();
    }
}
