package dev.waiver.testkit.qualys;

import dev.waiver.qualys.QualysApiVersion;
import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.model.ExceptionStatus;
import dev.waiver.testkit.QualysExceptionRecord;
import dev.waiver.testkit.TestCredentials;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake's answers against the trees Qualys publishes (API User Guide v8.16, "Exceptions", sample
 * "List exception number, show all details"; the update and delete samples), element by element.
 */
class QualysAnswerShapeTest extends QualysFakeTestSupport {

    @Test
    void aListRecordWithAllDetailsIsTheDocumentedTree() throws Exception {
        fakes.qualys().user(996765, "Jordan Doe", "acme_jd");
        fakes.qualys().add(r -> r.host(3753479, "10.10.10.5")
                .technology(390, "Microsoft SQL Server 2022")
                .policy(1366063, "CIS Benchmark ]]> & more")
                .control(16832, "Status of the 'Minimum password length' setting\n(applies to <contained> users)", 5, "URGENT")
                .assigneeId(996765).status(ExceptionStatus.APPROVED).reopenOnEvidenceChange(true)
                .endDate(LocalDate.of(2026, 12, 31))
                .addHistory(new QualysExceptionRecord.History(996765, "Jordan Doe (acme_jd)", "Legacy app & <b>", START)));

        String body = get("action=list&details=All").body();

        assertThat(body).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <!DOCTYPE EXCEPTION_LIST_OUTPUT SYSTEM "%s/api/3.0/fo/compliance/exception/exception_list_output.dtd">
                <EXCEPTION_LIST_OUTPUT>
                  <RESPONSE>
                    <DATETIME>2026-03-02T09:30:00Z</DATETIME>
                    <EXCEPTION_LIST>
                      <EXCEPTION>
                        <EXCEPTION_NUMBER>1</EXCEPTION_NUMBER>
                        <HOST>
                          <IP_ADDRESS>10.10.10.5</IP_ADDRESS>
                        </HOST>
                        <TECHNOLOGY>
                          <ID>390</ID>
                          <NAME><![CDATA[Microsoft SQL Server 2022]]></NAME>
                        </TECHNOLOGY>
                        <POLICY>
                          <ID>1366063</ID>
                          <NAME><![CDATA[CIS Benchmark ]]]]><![CDATA[> & more]]></NAME>
                        </POLICY>
                        <CONTROL>
                          <CID>16832</CID>
                          <STATEMENT><![CDATA[Status of the 'Minimum password length' setting
                (applies to <contained> users)]]></STATEMENT>
                          <CRITICALITY>
                            <VALUE>5</VALUE>
                            <LABEL>URGENT</LABEL>
                          </CRITICALITY>
                        </CONTROL>
                        <ASSIGNEE><![CDATA[Jordan Doe]]></ASSIGNEE>
                        <STATUS>Approved</STATUS>
                        <ACTIVE>1</ACTIVE>
                        <REOPEN_ON_EVIDENCE_CHANGE>1</REOPEN_ON_EVIDENCE_CHANGE>
                        <EXPIRATION_DATE>12/31/2026</EXPIRATION_DATE>
                        <MODIFIED_DATE>2026-03-02T09:30:00Z</MODIFIED_DATE>
                        <HISTORY_LIST>
                          <HISTORY>
                            <USER><![CDATA[Jordan Doe (acme_jd)]]></USER>
                            <COMMENT><![CDATA[Legacy app & <b>]]></COMMENT>
                            <INSERTION_DATE>2026-03-02T09:30:00Z</INSERTION_DATE>
                          </HISTORY>
                        </HISTORY_LIST>
                      </EXCEPTION>
                    </EXCEPTION_LIST>
                  </RESPONSE>
                </EXCEPTION_LIST_OUTPUT>
                """.formatted(fakes.qualys().baseUrl()));
        assertThat(fakes.qualysClient().complianceExceptions().list().stream().findFirst().orElseThrow().policyName())
                .hasValue("CIS Benchmark ]]> & more");
    }

    @Test
    void theHostListAnswersThePublishedSampleTree() throws Exception {
        fakes.qualys().host(2872568, "10.10.25.182", null).hostWithoutIp(2872570, null).unknownHost(2872569);

        HttpResponse<String> answer = getFrom("/api/2.0/fo/asset/host/", "action=list&ids=2872568-2872570,1");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/xml;charset=UTF-8");
        // Qualys' sample "Host List API samples/Sample 2" (QualysAPI/Qualys-API-Doc-Center), as far as the fake knows a host
        assertThat(answer.body()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <!DOCTYPE HOST_LIST_OUTPUT SYSTEM "%s/api/2.0/fo/asset/host/host_list_output.dtd">
                <HOST_LIST_OUTPUT>
                  <RESPONSE>
                    <DATETIME>2026-03-02T09:30:00Z</DATETIME>
                    <HOST_LIST>
                      <HOST>
                        <ID>1</ID>
                        <IP>10.0.0.1</IP>
                        <TRACKING_METHOD>IP</TRACKING_METHOD>
                      </HOST>
                      <HOST>
                        <ID>2872568</ID>
                        <IP>10.10.25.182</IP>
                        <TRACKING_METHOD>IP</TRACKING_METHOD>
                      </HOST>
                      <HOST>
                        <ID>2872570</ID>
                        <TRACKING_METHOD>AGENT</TRACKING_METHOD>
                      </HOST>
                    </HOST_LIST>
                  </RESPONSE>
                </HOST_LIST_OUTPUT>
                """.formatted(fakes.qualys().baseUrl()));
    }

    @Test
    void theHostListWithoutKnownHostsHasNoListAndRefusesWhatTheFakeDoesNotImplement() throws Exception {
        fakes.qualys().unknownHost(5);

        assertThat(postTo("/api/2.0/fo/asset/host/", "action=list&ids=5").body()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <!DOCTYPE HOST_LIST_OUTPUT SYSTEM "%s/api/2.0/fo/asset/host/host_list_output.dtd">
                <HOST_LIST_OUTPUT>
                  <RESPONSE>
                    <DATETIME>2026-03-02T09:30:00Z</DATETIME>
                  </RESPONSE>
                </HOST_LIST_OUTPUT>
                """.formatted(fakes.qualys().baseUrl()));

        HttpResponse<String> details = getFrom("/api/2.0/fo/asset/host/", "action=list&ids=5&details=All");
        assertThat(details.statusCode()).isEqualTo(400);
        assertThat(details.body()).contains("<CODE>1901</CODE>", "Unrecognized parameter(s): details");
        HttpResponse<String> other = getFrom("/api/2.0/fo/asset/host/", "action=purge&ids=5");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("<CODE>1905</CODE>", "parameter action has invalid value: purge");
    }

    @Test
    void aRequestOnAnUnknownHostOrOneWithoutIpIsRefused() throws Exception {
        fakes.qualys().unknownHost(5).hostWithoutIp(6, null);

        for (long host : new long[] {5, 6}) {
            HttpResponse<String> refused = post("action=request&control_id=1&host_id=" + host
                    + "&policy_id=3&technology_id=4&assignee_id=1001&comments=c");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("<CODE>1905</CODE>", "parameter host_id has invalid value: " + host);
        }
        assertThat(fakes.qualys().exceptions()).isEmpty();
        fakes.qualys().host(5, "10.1.1.5", null);
        assertThat(post("action=request&control_id=1&host_id=5&policy_id=3&technology_id=4&assignee_id=1001&comments=c")
                .statusCode()).isEqualTo(200);
        assertThat(fakes.qualys().exceptions()).singleElement().satisfies(r -> assertThat(r.ip()).isEqualTo("10.1.1.5"));
    }

    @Test
    void updateAndDeleteAnswerTheDocumentedBatchReturn() throws Exception {
        fakes.qualys().seed().pending(5).create();

        String updated = post("action=update&exception_numbers=1,3-5&comments=c&status=Rejected").body();

        assertThat(updated).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <!DOCTYPE BATCH_RETURN SYSTEM "%s/api/3.0/exception_batch_return.dtd">
                <BATCH_RETURN>
                  <RESPONSE>
                    <DATETIME>2026-03-02T09:30:00Z</DATETIME>
                    <BATCH_LIST>
                      <BATCH>
                        <TEXT>Successfully Updated</TEXT>
                        <NUMBER_SET>
                          <NUMBER>1</NUMBER>
                          <NUMBER_RANGE>3-5</NUMBER_RANGE>
                        </NUMBER_SET>
                      </BATCH>
                    </BATCH_LIST>
                  </RESPONSE>
                </BATCH_RETURN>
                """.formatted(fakes.qualys().baseUrl()));
        assertThat(post("action=delete&exception_numbers=2").body())
                .contains("<TEXT>Exception(s) deleted successfully</TEXT>", "<NUMBER>2</NUMBER>");
        assertThat(fakes.qualys().exceptions()).extracting(QualysExceptionRecord::status).containsOnly(ExceptionStatus.REJECTED);
    }

    @Test
    void theV2EndpointAnswersTheSameStateAndRefusesV3OnlyParameters() throws Exception {
        fakes.qualys().seed().pending(2).create();

        try (QualysClient v2 = QualysClient.builder().baseUrl(fakes.qualys().baseUrl())
                .username(TestCredentials.QUALYS_USERNAME).password(TestCredentials.QUALYS_PASSWORD)
                .apiVersion(QualysApiVersion.V2_0).build()) {
            assertThat(v2.complianceExceptions().list(l -> l.truncationLimit(1)).stream().count()).isEqualTo(2);
        }
        assertThat(fakes.qualys().requests().get(1).getUrl()).startsWith("/api/2.0/fo/compliance/exception/?action=list");
        String form = "action=request&control_id=1&host_id=2&policy_id=3&technology_id=4&assignee_id=5&comments=c"
                + "&tag_set_by=name";
        assertThat(postTo("/api/2.0/fo/compliance/exception/", form).body())
                .contains("<CODE>1901</CODE>", "Unrecognized parameter(s): tag_set_by");
        assertThat(post(form).body()).contains("<TEXT>Exception created successfully</TEXT>");
    }

    @Test
    void concurrentRequestsGetDistinctAscendingNumbers() {
        List<Long> numbers = IntStream.range(0, 40).parallel()
                .mapToObj(i -> fakes.qualysClient().complianceExceptions().create(r -> r.controlId(1).hostId(i + 1)
                        .policyId(3).technologyId(4).assigneeId(5).comments("c" + i)).firstExceptionNumber())
                .toList();

        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isBetween(1L, 40L));
        assertThat(fakes.qualys().exceptions()).extracting(QualysExceptionRecord::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 40).mapToObj(i -> (long) i).toList());
        fakes.clock().advance(Duration.ofDays(1));
        assertThat(fakes.qualys().exceptions()).extracting(QualysExceptionRecord::status).containsOnly(ExceptionStatus.PENDING);
    }
}
