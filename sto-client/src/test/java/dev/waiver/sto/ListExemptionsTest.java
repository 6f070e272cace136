package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.core.Page;
import dev.waiver.core.PagedIterable;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListExemptionsTest extends StoTestSupport {

    private static final List<String> ALL_FIVE = List.of("exm0000000000000000001", "exm0000000000000000002",
            "exm0000000000000000003", "exm0000000000000000004", "exm0000000000000000005");

    private void stubThreePages() {
        for (int page = 0; page < 3; page++) {
            wm.stubFor(get(urlPathEqualTo(BASE)).withQueryParam("page", equalTo(String.valueOf(page)))
                    .willReturn(okFixture("list-page-" + page + ".json")));
        }
    }

    @Test
    void walksEveryPageAndStopsAtTheLastOne() {
        stubThreePages();

        List<String> ids = ids(sto.exemptions().list(r -> r.pageSize(2)));

        assertThat(ids).containsExactlyElementsOf(ALL_FIVE);
        wm.verify(3, getRequestedFor(urlPathEqualTo(BASE)));
        for (int page = 0; page < 3; page++) {
            wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(BASE)))
                    .withQueryParam("page", equalTo(String.valueOf(page)))
                    .withQueryParam("pageSize", equalTo("2"))
                    .withQueryParam("orgId", equalTo(ORG))
                    .withQueryParam("projectId", equalTo(PROJECT)));
        }
    }

    @Test
    void keepsTheAskedPageSizeWhenTheServiceServesSmallerPages() {
        stubThreePages(); // each page holds 2 items although 100 are asked for; totalPages says 3

        List<String> ids = ids(sto.exemptions().list(r -> r.pageSize(100)));

        assertThat(ids).containsExactlyElementsOf(ALL_FIVE);
        wm.verify(3, getRequestedFor(urlPathEqualTo(BASE)));
        wm.verify(3, getRequestedFor(urlPathEqualTo(BASE)).withQueryParam("pageSize", equalTo("100")));
    }

    @Test
    void readsEveryFieldOfListedExemptions() {
        wm.stubFor(get(urlPathEqualTo(BASE)).willReturn(okFixture("list-page-2.json")));

        Exemption e = sto.exemptions().list(r -> r.firstPage(2)).iterator().next();

        assertThat(e.id()).isEqualTo("exm0000000000000000005");
        assertThat(e.issueId()).isEqualTo("iss0000000000000000005");
        assertThat(e.type()).isSameAs(ExemptionType.ACCEPTABLE_RISK);
        assertThat(e.reason()).isEqualTo("Risk accepted for release 5");
        assertThat(e.status()).isSameAs(ExemptionStatus.PENDING);
        assertThat(e.pendingChanges().durationDays()).hasValue(30L);
        assertThat(e.created()).isEqualTo(Instant.ofEpochSecond(1651578245L));
        assertThat(e.lastModified()).isEqualTo(Instant.ofEpochSecond(1651578245L));
        assertThat(e.expiration()).isEmpty();
        wm.verify(1, getRequestedFor(urlPathEqualTo(BASE)).withQueryParam("page", equalTo("2"))
                .withQueryParam("pageSize", absent()));
    }

    @Test
    void fetchesNothingUntilIteratedAndOnlyAsFarAsNeeded() {
        stubThreePages();

        PagedIterable<Exemption> list = sto.exemptions().list(r -> r.pageSize(2));
        assertNothingSent();

        assertThat(list.stream().limit(3).map(Exemption::id)).containsExactly("exm0000000000000000001",
                "exm0000000000000000002", "exm0000000000000000003");
        wm.verify(2, getRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void pagesCarryTheServiceTotals() {
        stubThreePages();

        List<Page<Exemption>> pages = new ArrayList<>();
        sto.exemptions().list(r -> r.pageSize(2)).byPage().forEach(pages::add);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).items()).hasSize(2);
        assertThat(pages.get(0).totalItems()).hasValue(5L);
        assertThat(pages.get(0).totalPages()).hasValue(3);
        assertThat(pages.get(0).isLast()).isFalse();
        assertThat(pages.get(2).items()).hasSize(1);
        assertThat(pages.get(2).isLast()).isTrue();
        wm.verify(3, getRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void anEmptyListMakesOneCall() {
        wm.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson("""
                {"results": [], "pagination": {"link": "", "page": 0, "pageSize": 30, "totalItems": 0, "totalPages": 0}}""")));

        assertThat(sto.exemptions().list()).isEmpty();

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(BASE))).withQueryParam("page", equalTo("0"))
                .withQueryParam("pageSize", absent()));
    }

    @Test
    void withoutTotalsWalksUntilAnEmptyPage() {
        wm.stubFor(get(urlPathEqualTo(BASE)).withQueryParam("page", equalTo("0"))
                .willReturn(okJson("{\"results\": " + resultsOf("list-page-0.json") + "}")));
        wm.stubFor(get(urlPathEqualTo(BASE)).withQueryParam("page", equalTo("1"))
                .willReturn(okJson("{\"results\": []}")));

        assertThat(ids(sto.exemptions().list(r -> r.pageSize(50)))).containsExactly("exm0000000000000000001",
                "exm0000000000000000002");
        wm.verify(2, getRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void eachIterationStartsAFreshWalk() {
        stubThreePages();
        PagedIterable<Exemption> list = sto.exemptions().list(r -> r.pageSize(2));

        assertThat(ids(list)).hasSize(5);
        assertThat(ids(list)).hasSize(5);

        wm.verify(6, getRequestedFor(urlPathEqualTo(BASE)));
        wm.verify(2, getRequestedFor(urlPathEqualTo(BASE)).withQueryParam("page", equalTo("0")));
    }

    @Test
    void listsAtAccountScope() {
        wm.stubFor(get(urlPathEqualTo(BASE)).willReturn(okFixture("list-page-2.json")));

        sto.exemptions().list(r -> r.scope(HarnessScope.account()).firstPage(2)).forEach(e -> { });

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo(BASE))).withQueryParam("orgId", absent())
                .withQueryParam("projectId", absent()));
    }

    private static String resultsOf(String fixture) {
        String text = fixture(fixture);
        return text.substring(text.indexOf('['), text.lastIndexOf(']') + 1);
    }
}
