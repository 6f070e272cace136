package dev.waiver.har;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.Page;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionCounts;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.PackageType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListFirewallExceptionsTest extends HarTestSupport {

    private void stubThreePages() {
        for (int p = 0; p < 3; p++) {
            wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).withQueryParam("page", equalTo(String.valueOf(p)))
                    .willReturn(json(200, fixture("list-page-" + p + ".json"))));
        }
    }

    @Test
    void walksEveryPageWhileHasMoreAndStopsAtTheLast() {
        stubThreePages();

        List<String> names = new ArrayList<>();
        for (FirewallException e : har.firewallExceptions().list(r -> r.size(2))) {
            names.add(e.packageName());
        }

        assertThat(names).containsExactly("pkg-1", "pkg-2", "pkg-3", "pkg-4", "pkg-5");
        wm.verify(3, getRequestedFor(urlPathEqualTo(EXCEPTIONS_PATH)));
        assertThat(requests()).extracting(r -> r.getUrl()).containsExactly(
                EXCEPTIONS_PATH + "?page=0&size=2&account_identifier=" + ACCOUNT,
                EXCEPTIONS_PATH + "?page=1&size=2&account_identifier=" + ACCOUNT,
                EXCEPTIONS_PATH + "?page=2&size=2&account_identifier=" + ACCOUNT);
        requests().forEach(HarTestSupport::assertAuthenticated);
    }

    @Test
    void itemsAreTypedWithEveryField() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(200, """
                {"page": 0, "size": 20, "hasMore": false, "items": [%s],
                 "meta": {"totalCount": 1, "pendingCount": 0, "approvedCount": 1, "rejectedCount": 0, "expiredCount": 0}}
                """.formatted(fixture("exception-approved.json")))));

        List<FirewallException> all = har.firewallExceptions().list().stream().toList();

        assertThat(all).hasSize(1);
        ExceptionAssertions.assertApproved(all.get(0));
    }

    @Test
    void countsByStatusComeFromOneCallForAFirstPageOfOneItem() {
        stubThreePages();

        FirewallExceptionCounts counts = har.firewallExceptions()
                .counts(r -> r.status(FirewallExceptionStatus.PENDING).startPage(2).size(50)).orElseThrow();

        assertThat(counts).isEqualTo(FirewallExceptionCounts.builder().totalCount(5L).pendingCount(3L)
                .approvedCount(1L).rejectedCount(1L).expiredCount(0L).build());
        assertThat(requests()).extracting(r -> r.getUrl()).containsExactly(
                EXCEPTIONS_PATH + "?status=PENDING&page=0&size=1&account_identifier=" + ACCOUNT);
        requests().forEach(HarTestSupport::assertAuthenticated);
    }

    @Test
    void countsAreEmptyWhenHarnessSendsNone() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(200, """
                {"page": 0, "size": 1, "hasMore": false, "items": []}
                """)));

        assertThat(har.firewallExceptions().counts(ListFirewallExceptionsRequest.all())).isEmpty();
    }

    @Test
    void nothingIsFetchedUntilIterated() {
        stubThreePages();

        PagedIterable<FirewallException> list = har.firewallExceptions().list(r -> r.size(2));
        wm.verify(0, anyRequestedFor(anyUrl()));

        Iterator<FirewallException> it = list.iterator();
        assertThat(it.next().packageName()).isEqualTo("pkg-1");
        assertThat(it.next().packageName()).isEqualTo("pkg-2");
        wm.verify(1, getRequestedFor(urlPathEqualTo(EXCEPTIONS_PATH)));
        assertThat(it.next().packageName()).isEqualTo("pkg-3");
        wm.verify(2, getRequestedFor(urlPathEqualTo(EXCEPTIONS_PATH)));
    }

    @Test
    void pagesCarryTheVendorsTotalCount() {
        stubThreePages();

        List<Page<FirewallException>> pages = new ArrayList<>();
        har.firewallExceptions().list(r -> r.size(2)).byPage().forEach(pages::add);

        assertThat(pages).hasSize(3);
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 2, 1);
        assertThat(pages).extracting(Page::index).containsExactly(0, 1, 2);
        assertThat(pages).extracting(Page::isLast).containsExactly(false, false, true);
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.totalItems()).hasValue(5);
            assertThat(p.totalPages()).isEmpty();
        });
        assertThat(pages.get(1).items()).extracting(FirewallException::status)
                .containsExactly(FirewallExceptionStatus.PENDING, FirewallExceptionStatus.APPROVED);
    }

    @Test
    void startsAtTheRequestedPage() {
        stubThreePages();

        List<FirewallException> rest = har.firewallExceptions().list(r -> r.startPage(1).size(2)).stream().toList();

        assertThat(rest).extracting(FirewallException::packageName).containsExactly("pkg-3", "pkg-4", "pkg-5");
        wm.verify(2, getRequestedFor(urlPathEqualTo(EXCEPTIONS_PATH)));
    }

    @Test
    void anEmptyListMakesOneCall() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(200, fixture("list-empty.json"))));

        assertThat(har.firewallExceptions().list().iterator().hasNext()).isFalse();
        assertThat(onlyRequest().getUrl()).isEqualTo(EXCEPTIONS_PATH + "?page=0&account_identifier=" + ACCOUNT);
    }

    @Test
    void anEmptyPageThatClaimsMoreEndsTheWalk() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(200,
                "{\"page\": 0, \"size\": 20, \"hasMore\": true, \"items\": []}")));

        assertThat(har.firewallExceptions().list().stream().count()).isZero();
        wm.verify(1, getRequestedFor(urlPathEqualTo(EXCEPTIONS_PATH)));
    }

    @Test
    void sendsEveryFilterInTheQuery() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(200, fixture("list-empty.json"))));
        String otherRegistry = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

        har.firewallExceptions().list(r -> r
                .orgId("engineering")
                .projectId("frontend_services")
                .status(FirewallExceptionStatus.PENDING)
                .packageName("lodash")
                .version("4.17.20")
                .packageTypes(PackageType.NPM, PackageType.of("R_UNIVERSE"))
                .registryIds(REGISTRY_ID, otherRegistry)
                .exceptionId(EXCEPTION_ID)
                .searchTerm("lo dash&co")
                .startPage(3)
                .size(50)
                .sort("createdAt:desc")).iterator().hasNext();

        assertThat(onlyRequest().getUrl()).isEqualTo(EXCEPTIONS_PATH
                + "?org_identifier=engineering&project_identifier=frontend_services&status=PENDING"
                + "&package_name=lodash&version=4.17.20&package_types=NPM&package_types=R_UNIVERSE"
                + "&registry_ids=" + REGISTRY_ID + "&registry_ids=" + otherRegistry
                + "&exception_id=" + EXCEPTION_ID + "&search_term=lo%20dash%26co&page=3&size=50&sort=createdAt%3Adesc"
                + "&account_identifier=" + ACCOUNT);
        assertAuthenticated(onlyRequest());
    }

    @Test
    void orgAndProjectDefaultToTheClientsAndCanBeOverridden() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(200, fixture("list-empty.json"))));
        try (HarClient scoped = clientBuilder().orgId("default").projectId("payments").build()) {
            scoped.firewallExceptions().list().iterator().hasNext();
            scoped.firewallExceptions().list(r -> r.projectId("checkout")).iterator().hasNext();
            scoped.firewallExceptions().list(r -> r.orgId("eng").projectId("web")).iterator().hasNext();
        }

        assertThat(requests()).extracting(r -> r.getUrl()).containsExactly(
                EXCEPTIONS_PATH + "?org_identifier=default&project_identifier=payments&page=0&account_identifier=" + ACCOUNT,
                EXCEPTIONS_PATH + "?org_identifier=default&project_identifier=checkout&page=0&account_identifier=" + ACCOUNT,
                EXCEPTIONS_PATH + "?org_identifier=eng&project_identifier=web&page=0&account_identifier=" + ACCOUNT);
    }

    @Test
    void anErrorOnALaterPageSurfacesDuringIteration() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).withQueryParam("page", equalTo("0"))
                .willReturn(json(200, fixture("list-page-0.json"))));
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).withQueryParam("page", equalTo("1"))
                .willReturn(harError(403, "PERMISSION_ERROR", null, "Missing permission artifact_registry_view", null)));

        Iterator<FirewallException> it = har.firewallExceptions().list(r -> r.size(2)).iterator();
        it.next();
        it.next();
        assertThatThrownBy(it::hasNext).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Missing permission artifact_registry_view");
    }

    @Test
    void validatesOnlyWhatTheDescriptionRequiresBeforeSending() {
        FirewallExceptions fe = har.firewallExceptions();
        assertThatThrownBy(() -> fe.list(r -> r.size(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ListFirewallExceptionsRequest.size must be between 1 and 100, was 0");
        assertThatThrownBy(() -> fe.list(r -> r.size(101))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ListFirewallExceptionsRequest.size must be between 1 and 100, was 101");
        assertThatThrownBy(() -> fe.list(r -> r.startPage(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ListFirewallExceptionsRequest.startPage must be at least 0");
        assertThatThrownBy(() -> fe.list(r -> r.registryIds(REGISTRY_ID, "not-a-uuid")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ListFirewallExceptionsRequest.registryIds[1] must be a UUID");
        assertThatThrownBy(() -> fe.list(r -> r.packageTypes((PackageType) null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ListFirewallExceptionsRequest.packageTypes[0] must not be null");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void filtersTheDescriptionDoesNotLimitAreSentAsGiven() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(200, fixture("list-empty.json"))));

        har.firewallExceptions().list(r -> r.orgId("").searchTerm(" ").sort("createdAt").exceptionId("x")
                .status(null).size(null)).iterator().hasNext();

        assertThat(onlyRequest().getUrl()).isEqualTo(EXCEPTIONS_PATH
                + "?org_identifier=&exception_id=x&search_term=%20&page=0&sort=createdAt&account_identifier=" + ACCOUNT);
    }

    @Test
    void requestsAreValuesAndRebuildFromToBuilder() {
        ListFirewallExceptionsRequest r = ListFirewallExceptionsRequest.builder().orgId("o").projectId("p")
                .status(FirewallExceptionStatus.REJECTED).packageName("n").version("v").packageTypes(PackageType.MAVEN)
                .registryIds(REGISTRY_ID).exceptionId("e").searchTerm("s").startPage(2).size(10).sort("name:asc").build();
        ListFirewallExceptionsRequest same = r.toBuilder().build();
        assertThat(same).isEqualTo(r).hasSameHashCodeAs(r).hasToString(r.toString());
        assertThat(r.toBuilder().size(11).build()).isNotEqualTo(r);
        assertThat(ListFirewallExceptionsRequest.all()).isEqualTo(ListFirewallExceptionsRequest.builder().build());
    }

    @Test
    void requestExposesItsFilters() {
        ListFirewallExceptionsRequest r = ListFirewallExceptionsRequest.builder().orgId("o").projectId("p")
                .status(FirewallExceptionStatus.REJECTED).packageName("n").version("v").packageTypes(PackageType.MAVEN)
                .registryIds(REGISTRY_ID).exceptionId("e").searchTerm("s").startPage(2).size(10).sort("name:asc").build();
        assertThat(r.orgId()).contains("o");
        assertThat(r.projectId()).contains("p");
        assertThat(r.status()).contains(FirewallExceptionStatus.REJECTED);
        assertThat(r.packageName()).contains("n");
        assertThat(r.version()).contains("v");
        assertThat(r.packageTypes()).containsExactly(PackageType.MAVEN);
        assertThat(r.registryIds()).containsExactly(REGISTRY_ID);
        assertThat(r.exceptionId()).contains("e");
        assertThat(r.searchTerm()).contains("s");
        assertThat(r.startPage()).isEqualTo(2);
        assertThat(r.size()).hasValue(10);
        assertThat(r.sort()).contains("name:asc");
        assertThat(ListFirewallExceptionsRequest.all().size()).isEmpty();
    }
}
