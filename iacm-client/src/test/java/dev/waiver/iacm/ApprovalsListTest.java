package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.Page;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.TransportException;
import dev.waiver.iacm.model.Approval;
import dev.waiver.iacm.model.ApprovalStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ApprovalsListTest extends WireMockTestBase {

    private static final String PAGE_IDS_PREFIX = "0b1f6c1e-7a43-4d8e-9f3a-1c2d3e4f5a6";

    @Test
    void listsEveryFieldWithTheExactRequest() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "?page=1&limit=30"))
                .willReturn(okJson(fixture("list-one-page.json"))
                        .withHeader("x-page-size", "30").withHeader("x-total-items", "2").withHeader("x-total-pages", "1")));

        List<Approval> all = approvals.list().stream().toList();

        assertThat(all).hasSize(2);
        Approval first = all.get(0);
        assertThat(first.account()).isEqualTo(ACCOUNT);
        assertThat(first.org()).isEqualTo("default");
        assertThat(first.project()).isEqualTo("payments");
        assertThat(first.id()).isEqualTo("6f66d9a7-9f45-40f2-8af5-6516000d8b98");
        assertThat(first.pipelineExecutionId()).isEqualTo("kS3tY8bWQe2b5cXx1P0yzA");
        assertThat(first.pipelineStageId()).isEqualTo("apply_prod");
        assertThat(first.workspaceId()).isEqualTo("payments_prod");
        assertThat(first.status()).isSameAs(ApprovalStatus.APPROVED);
        assertThat(first.actionedBy()).contains("Jane Doe");
        assertThat(first.actionedByEmail()).contains("jane.doe@example.com");
        assertThat(first.created()).isEqualTo(Instant.parse("2024-06-10T15:00:00.123Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2024-06-10T16:00:00.456Z"));

        Approval second = all.get(1);
        assertThat(second.account()).isEqualTo(ACCOUNT);
        assertThat(second.org()).isEqualTo("default");
        assertThat(second.project()).isEqualTo("payments");
        assertThat(second.id()).isEqualTo("337f16ff-cec4-45f5-92fc-4710f4b942c0");
        assertThat(second.pipelineExecutionId()).isEqualTo("Qm9v2nTgRZy1dE7uLw3H8g");
        assertThat(second.pipelineStageId()).isEqualTo("apply_staging");
        assertThat(second.workspaceId()).isEqualTo("payments_staging");
        assertThat(second.status()).isSameAs(ApprovalStatus.PENDING);
        assertThat(second.actionedBy()).isEmpty();
        assertThat(second.actionedByEmail()).isEmpty();
        assertThat(second.created()).isEqualTo(Instant.ofEpochMilli(1718122000789L));
        assertThat(second.updated()).isEqualTo(Instant.ofEpochMilli(1718122000789L));

        wm.verify(1, getRequestedFor(urlEqualTo(COLLECTION + "?page=1&limit=30"))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Harness-Account", equalTo(ACCOUNT))
                .withHeader("Accept", equalTo("application/json, application/vnd.goa.error"))
                .withoutHeader("Content-Type"));
    }

    @Test
    void sendsEveryFilterEncoded() {
        String url = COLLECTION + "?page=2&limit=1000&workspace=team%20a%2Fprod&pipeline_execution_id=exec%261"
                + "&pipeline_stage_id=apply_prod&status_type=pending";
        wm.stubFor(get(urlEqualTo(url)).willReturn(okJson("[]")));

        List<Approval> all = approvals.list(r -> r.workspace("team a/prod").pipelineExecutionId("exec&1")
                .pipelineStageId("apply_prod").statusType(ApprovalStatus.PENDING).limit(1000).page(2)).stream().toList();

        assertThat(all).isEmpty();
        wm.verify(1, getRequestedFor(urlEqualTo(url))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Harness-Account", equalTo(ACCOUNT)));
    }

    @Test
    void sendsAStatusFilterThisVersionDoesNotKnow() {
        String url = COLLECTION + "?page=1&limit=30&status_type=expired";
        wm.stubFor(get(urlEqualTo(url)).willReturn(okJson("[]")));

        assertThat(approvals.list(r -> r.statusType(ApprovalStatus.of("expired")))).isEmpty();

        wm.verify(1, getRequestedFor(urlEqualTo(url)));
    }

    @Test
    void walksPagesUntilTheTotalPagesHeaderSaysStop() {
        stubPages("x-total-pages", "3", true);

        List<String> ids = new ArrayList<>();
        approvals.list(r -> r.limit(2)).forEach(a -> ids.add(a.id()));

        assertThat(ids).containsExactly(PAGE_IDS_PREFIX + "1", PAGE_IDS_PREFIX + "2", PAGE_IDS_PREFIX + "3",
                PAGE_IDS_PREFIX + "4", PAGE_IDS_PREFIX + "5");
        verifyPagesRequested(3);
    }

    @Test
    void walksPagesUntilTheTotalItemsHeaderIsReached() {
        stubPages("x-total-items", "5", true);

        assertThat(approvals.list(r -> r.limit(2)).stream().map(Approval::pipelineExecutionId))
                .containsExactly("exec_1", "exec_2", "exec_3", "exec_4", "exec_5");
        verifyPagesRequested(3);
    }

    @Test
    void aShortPageEndsTheWalkWhenHeadersTellNothing() {
        stubPages(null, null, true);

        assertThat(approvals.list(r -> r.limit(2))).hasSize(5);
        verifyPagesRequested(3);
    }

    @Test
    void aFullLastPageWithoutHeadersEndsOnTheEmptyPageAfterIt() {
        stubPages(null, null, false);
        wm.stubFor(get(urlEqualTo(COLLECTION + "?page=3&limit=2")).willReturn(okJson("[]")));

        assertThat(approvals.list(r -> r.limit(2))).hasSize(4);
        verifyPagesRequested(3);
    }

    @Test
    void thePageSizeHeaderWinsOverTheLimitAskedFor() {
        // The service capped the page at 2 although 1000 were asked for: the first full page of 2 is not "short".
        for (int page = 1; page <= 3; page++) {
            wm.stubFor(get(urlEqualTo(COLLECTION + "?page=" + page + "&limit=1000"))
                    .willReturn(okJson(fixture("page-" + page + "-of-3.json")).withHeader("x-page-size", "2")));
        }

        assertThat(approvals.list(r -> r.limit(1000))).hasSize(5);
        for (int page = 1; page <= 3; page++) {
            wm.verify(1, getRequestedFor(urlEqualTo(COLLECTION + "?page=" + page + "&limit=1000")));
        }
        wm.verify(3, getRequestedFor(urlPathEqualTo(COLLECTION)));
    }

    @Test
    void anEmptyPageEndsTheWalkEvenIfTheTotalsPromiseMore() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "?page=1&limit=2"))
                .willReturn(okJson(fixture("page-1-of-3.json")).withHeader("x-total-pages", "9")));
        wm.stubFor(get(urlEqualTo(COLLECTION + "?page=2&limit=2"))
                .willReturn(okJson("[]").withHeader("x-total-pages", "9")));

        assertThat(approvals.list(r -> r.limit(2))).hasSize(2);
        wm.verify(2, getRequestedFor(urlPathEqualTo(COLLECTION)));
    }

    @Test
    void pagesCarryTheTotalsFromTheHeaders() {
        for (int page = 1; page <= 3; page++) {
            wm.stubFor(get(urlEqualTo(COLLECTION + "?page=" + page + "&limit=2"))
                    .willReturn(okJson(fixture("page-" + page + "-of-3.json"))
                            .withHeader("x-page-size", "2").withHeader("x-total-items", "5")
                            .withHeader("x-total-pages", "3")));
        }

        List<Page<Approval>> pages = new ArrayList<>();
        approvals.list(r -> r.limit(2)).byPage().forEach(pages::add);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 2, 1);
        assertThat(pages).extracting(Page::index).containsExactly(0, 1, 2);
        assertThat(pages).extracting(Page::isLast).containsExactly(false, false, true);
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.totalItems()).isEqualTo(OptionalLong.of(5));
            assertThat(p.totalPages()).isEqualTo(OptionalInt.of(3));
        });
        verifyPagesRequested(3);
    }

    @Test
    void unreadableHeadersCountAsUnknown() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "?page=1&limit=2"))
                .willReturn(okJson(fixture("page-3-of-3.json"))
                        .withHeader("x-total-items", "many").withHeader("x-total-pages", "-1")));

        List<Page<Approval>> pages = new ArrayList<>();
        approvals.list(r -> r.limit(2)).byPage().forEach(pages::add);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).totalItems()).isEmpty();
        assertThat(pages.get(0).totalPages()).isEmpty();
        wm.verify(1, getRequestedFor(urlPathEqualTo(COLLECTION)));
    }

    @Test
    void nothingIsSentUntilTheListIsIterated() {
        stubPages("x-total-pages", "3", true);

        PagedIterable<Approval> list = approvals.list(r -> r.limit(2));
        verifyNothingSent();

        assertThat(list.iterator().next().id()).isEqualTo(PAGE_IDS_PREFIX + "1");
        wm.verify(1, getRequestedFor(urlPathEqualTo(COLLECTION)));
    }

    @Test
    void startsFromTheGivenPage() {
        stubPages("x-total-pages", "3", true);

        assertThat(approvals.list(r -> r.limit(2).page(3)).stream().map(Approval::id))
                .containsExactly(PAGE_IDS_PREFIX + "5");
        wm.verify(1, getRequestedFor(urlEqualTo(COLLECTION + "?page=3&limit=2")));
        wm.verify(1, getRequestedFor(urlPathEqualTo(COLLECTION)));
    }

    @Test
    void aStatusThisVersionDoesNotKnowIsKept() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "?page=1&limit=30")).willReturn(okJson(
                "[{\"account\":\"a\",\"org\":\"default\",\"project\":\"payments\",\"id\":\"" + ID + "\","
                        + "\"pipeline_execution_id\":\"e\",\"pipeline_stage_id\":\"s\",\"workspace_id\":\"w\","
                        + "\"status\":\"expired\",\"created\":1718031600123,\"updated\":1718031600123}]")));

        Approval only = approvals.list().iterator().next();

        assertThat(only.status().value()).isEqualTo("expired");
        assertThat(only.status().isKnown()).isFalse();
        assertThat(only.status()).isEqualTo(ApprovalStatus.of("expired"));
    }

    @Test
    void anAnswerThatIsNotAnArrayIsATransportFailure() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "?page=1&limit=30"))
                .willReturn(okJson("{\"approvals\":[]}")));

        assertThatThrownBy(() -> approvals.list().iterator().hasNext())
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("could not decode the answer");
    }

    @Test
    void aPageWithAnHtmlBodyIsATransportFailure() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "?page=1&limit=30"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Sign in</body></html>")));

        assertThatThrownBy(() -> approvals.list().stream().toList()).isInstanceOf(TransportException.class);
    }

    /** Pages of 2, 2 and 1 approvals (or 2 and 2 when {@code shortLast} is false) for limit 2. */
    private static void stubPages(String header, String value, boolean shortLast) {
        int pages = shortLast ? 3 : 2;
        for (int page = 1; page <= pages; page++) {
            var response = okJson(fixture("page-" + page + "-of-3.json"));
            if (header != null) {
                response = response.withHeader(header, value);
            }
            wm.stubFor(get(urlEqualTo(COLLECTION + "?page=" + page + "&limit=2")).willReturn(response));
        }
    }

    private static void verifyPagesRequested(int count) {
        for (int page = 1; page <= count; page++) {
            wm.verify(1, getRequestedFor(urlEqualTo(COLLECTION + "?page=" + page + "&limit=2"))
                    .withHeader("x-api-key", equalTo(API_KEY))
                    .withHeader("Harness-Account", equalTo(ACCOUNT)));
        }
        wm.verify(count, getRequestedFor(urlPathEqualTo(COLLECTION)));
    }
}
