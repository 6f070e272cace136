package dev.waiver.testkit.qualys;

import dev.waiver.core.PagedIterable;
import dev.waiver.qualys.ComplianceExceptions;
import dev.waiver.qualys.ListExceptionsRequest;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionDetailLevel;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import dev.waiver.testkit.QualysExceptionRecord;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The list action on the fake: truncation and next-batch URLs, details levels, every filter the client sends. */
class QualysListTest extends QualysFakeTestSupport {

    @Test
    void aTruncatedListIsWalkedBatchByBatchWithExactlyTheExpectedRequests() {
        fakes.qualys().seed().pending(7).create();

        List<Long> numbers = fakes.qualysClient().complianceExceptions()
                .list(l -> l.truncationLimit(3).details(ExceptionDetailLevel.NONE)).stream()
                .map(ComplianceException::exceptionNumber).toList();

        assertThat(numbers).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(fakes.qualys().requests()).hasSize(3);
        assertThat(fakes.qualys().requests().get(0).getMethod().getName()).isEqualTo("POST");
        assertThat(fakes.qualys().requests().get(1).getMethod().getName()).isEqualTo("GET");
        assertThat(fakes.qualys().requests().get(1).getUrl())
                .isEqualTo(PATH + "?action=list&truncation_limit=3&details=None&id_min=4");
        assertThat(fakes.qualys().requests().get(2).getUrl())
                .isEqualTo(PATH + "?action=list&truncation_limit=3&details=None&id_min=7");
    }

    @Test
    void theTruncationWarningCarriesCode1980AndTheNextBatchUrlInCdata() throws Exception {
        fakes.qualys().seed().pending(2).create();

        HttpResponse<String> first = post("action=list&truncation_limit=1&status=pending");

        assertThat(first.body()).contains("<WARNING>\n      <CODE>1980</CODE>\n"
                + "      <TEXT>1 record limit exceeded. Use URL to get next batch of results.</TEXT>\n"
                + "      <URL><![CDATA[" + fakes.qualys().baseUrl() + PATH
                + "?action=list&truncation_limit=1&status=pending&id_min=2]]></URL>\n    </WARNING>\n  </RESPONSE>");
        HttpResponse<String> last = get("action=list&truncation_limit=1&status=pending&id_min=2");
        assertThat(last.body()).contains("<EXCEPTION_NUMBER>2</EXCEPTION_NUMBER>").doesNotContain("<WARNING>");
    }

    @Test
    void tenThousandSeededRecordsAreWalkedInTenBatchesOfTheDefaultThousand() {
        List<QualysExceptionRecord> seeded = fakes.qualys().seed().approved(10_000)
                .expiringIn(Duration.ofDays(90)).create();

        long[] count = {0};
        long[] last = {0};
        fakes.qualysClient().complianceExceptions().list().forEach(e -> {
            count[0]++;
            assertThat(e.exceptionNumber()).isGreaterThan(last[0]);
            last[0] = e.exceptionNumber();
            assertThat(e.status()).hasValue(ExceptionStatus.APPROVED);
        });

        assertThat(seeded).hasSize(10_000);
        assertThat(seeded.get(0).endDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(count[0]).isEqualTo(10_000);
        assertThat(last[0]).isEqualTo(10_000);
        assertThat(fakes.qualys().requests()).hasSize(10);
        PagedIterable<ComplianceException> pages = fakes.qualysClient().complianceExceptions()
                .list(l -> l.truncationLimit(2_500).details(ExceptionDetailLevel.NONE));
        List<Integer> sizes = new java.util.ArrayList<>();
        pages.byPage().forEach(p -> sizes.add(p.items().size()));
        assertThat(sizes).containsExactly(2_500, 2_500, 2_500, 2_500);
    }

    @Test
    void detailLevelsShowNumbersOnlyEverythingButHistoryOrEverything() {
        fakes.qualys().seed().approved(1).endDate(LocalDate.of(2026, 6, 30)).comment("why").create();
        ComplianceExceptions api = fakes.qualysClient().complianceExceptions();

        ComplianceException none = api.list(l -> l.details(ExceptionDetailLevel.NONE)).stream().findFirst().orElseThrow();
        ComplianceException basic = api.list(l -> l.details(ExceptionDetailLevel.BASIC)).stream().findFirst().orElseThrow();
        ComplianceException byDefault = api.list().stream().findFirst().orElseThrow();
        ComplianceException all = api.list(l -> l.details(ExceptionDetailLevel.ALL)).stream().findFirst().orElseThrow();

        assertThat(none.exceptionNumber()).isEqualTo(1);
        assertThat(none.ip()).isEmpty();
        assertThat(none.status()).isEmpty();
        assertThat(basic.ip()).hasValue("10.15.66.64");
        assertThat(basic.status()).hasValue(ExceptionStatus.APPROVED);
        assertThat(basic.expiresAt()).hasValueSatisfying(i -> assertThat(i.toString()).isEqualTo("2026-06-30T00:00:00Z"));
        assertThat(basic.history()).isEmpty();
        assertThat(byDefault).isEqualTo(basic);
        assertThat(all.history()).extracting(h -> h.comment()).containsExactly("why", "Approved");
        assertThat(all.history().get(0).user()).hasValue("Waiver Testkit (waiver_tk)");
    }

    @Test
    void everyFilterTheClientSendsSelectsOnTheState() {
        fakes.qualys().user(7, "Jordan Doe", "acme_jd");
        fakes.qualys().add(r -> r.host(11, "10.0.0.1").networkName("Lab").control(2343, "Audit Logon", 2, "MEDIUM")
                .policy(5, "Windows hardening").technology(45, "Windows 2019").assigneeId(7).createdBy(7).modifiedBy(7));
        fakes.qualys().add(r -> r.host(12, "10.0.0.9").control(234, "Status of the Guest account", 3, "SERIOUS")
                .policy(6, "Linux hardening").technology(88, "Ubuntu 22.04").status(ExceptionStatus.APPROVED)
                .endDate(LocalDate.of(2026, 2, 1)));
        fakes.qualys().add(r -> r.host(13, "192.168.1.4").control(1113, "Password length", 5, "URGENT")
                .status(ExceptionStatus.REJECTED).createdAt(START.plus(Duration.ofDays(2))));
        fakes.qualys().add(r -> r.host(14, "10.0.0.5").control(23, "Audit policy", 4, "CRITICAL")
                .status(ExceptionStatus.APPROVED).endDate(LocalDate.of(2026, 9, 30)));

        assertThat(numbers(l -> l.exceptionNumber(3))).containsExactly(3L);
        assertThat(numbers(l -> l.exceptionNumbers(ExceptionNumbers.parse("1,3-4")))).containsExactly(1L, 3L, 4L);
        assertThat(numbers(l -> l.exceptionNumberMin(2).exceptionNumberMax(3))).containsExactly(2L, 3L);
        assertThat(numbers(l -> l.ip("10.0.0.1-10.0.0.5"))).containsExactly(1L, 4L);
        assertThat(numbers(l -> l.ip("192.168.1.4,10.0.0.9"))).containsExactly(2L, 3L);
        assertThat(numbers(l -> l.assigneeId(7))).containsExactly(1L);
        assertThat(numbers(l -> l.networkName("Lab"))).containsExactly(1L);
        assertThat(numbers(l -> l.status(ExceptionStatus.EXPIRED))).containsExactly(2L);
        assertThat(numbers(l -> l.status(ExceptionStatus.APPROVED))).containsExactly(4L);
        assertThat(numbers(l -> l.status(ExceptionStatus.REJECTED))).containsExactly(3L);
        assertThat(numbers(l -> l.active(true))).containsExactly(1L, 4L);
        assertThat(numbers(l -> l.active(false))).containsExactly(2L, 3L);
        assertThat(numbers(l -> l.controlId(23))).as("prefix match").containsExactly(1L, 2L, 4L);
        assertThat(numbers(l -> l.controlStatement("audit"))).containsExactly(1L, 4L);
        assertThat(numbers(l -> l.policyId(6))).containsExactly(2L);
        assertThat(numbers(l -> l.technologyName("Ubuntu 22.04"))).containsExactly(2L);
        assertThat(numbers(l -> l.createdBy(7))).containsExactly(1L);
        assertThat(numbers(l -> l.modifiedBy(7))).containsExactly(1L);
        assertThat(numbers(l -> l.createdAfter(LocalDate.of(2026, 3, 3)))).containsExactly(3L);
        assertThat(numbers(l -> l.updatedAfter(LocalDate.of(2026, 3, 4)))).containsExactly(3L);
        assertThat(numbers(l -> l.expiredBefore(LocalDate.of(2026, 3, 1)))).containsExactly(2L);
        assertThat(numbers(l -> l.expiredAfter(LocalDate.of(2026, 3, 3)))).as("not approved: expiry = creation date")
                .containsExactly(3L, 4L);
        assertThat(numbers(l -> l.expiredBefore(LocalDate.of(2026, 3, 3)))).containsExactly(1L, 2L);
        assertThat(numbers(l -> l.status(ExceptionStatus.PENDING).controlId(2343).ip("10.0.0.1"))).containsExactly(1L);
        assertThat(fakes.qualys().requests().get(3).getBodyAsString()).isEqualTo("action=list&ip=10.0.0.1-10.0.0.5");
    }

    @Test
    void invalidFilterValuesAreRefusedWith1905() throws Exception {
        assertThat(post("action=list&truncation_limit=0").body()).contains("<CODE>1905</CODE>", "truncation_limit");
        assertThat(post("action=list&truncation_limit=1000001").body()).contains("<CODE>1905</CODE>");
        assertThat(post("action=list&details=all").body()).contains("<CODE>1905</CODE>", "details");
        assertThat(post("action=list&created_after_date=2026-03-01").body()).contains("<CODE>1905</CODE>");
        assertThat(post("action=list&exception_numbers=5-2").body()).contains("<CODE>1905</CODE>");
        assertThat(post("action=list&is_active=yes").body()).contains("<CODE>1905</CODE>");
    }

    private List<Long> numbers(Consumer<ListExceptionsRequest.Builder> filters) {
        return fakes.qualysClient().complianceExceptions().list(l -> {
            filters.accept(l);
        }).stream().map(ComplianceException::exceptionNumber).toList();
    }
}
