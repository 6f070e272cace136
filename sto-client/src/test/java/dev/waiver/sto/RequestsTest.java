package dev.waiver.sto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Requests are immutable values: equality, hashing, printing, toBuilder and Optional accessors. */
class RequestsTest {

    private static final String ISSUE = "iss7Hq2LmZ0pX4rT9vBn1c";

    private static CreateExemptionRequest full() {
        return CreateExemptionRequest.builder().issueId(ISSUE).type(ExemptionType.FALSE_POSITIVE).reason("Fixture")
                .durationDays(30).expiration(Instant.parse("2030-01-01T00:00:00Z")).link("https://example.com/T-1")
                .requesterName("Priya Nair").occurrences(42L, 666L).targetId("tgt4Rk8sPq1Wn6Yz0Lm3Jd")
                .scope(HarnessScope.project("default", "payments")).build();
    }

    @Test
    void equalWhenTheSameFieldsAreSet() {
        assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
        assertThat(full()).isNotEqualTo(full().toBuilder().link(null).build());
        assertThat(ReviewExemptionRequest.builder().comment("ok").build())
                .isEqualTo(ReviewExemptionRequest.builder().comment("ok").build())
                .isNotEqualTo(ReviewExemptionRequest.builder().comment("ok").durationDaysOverride(7).build());
    }

    @Test
    void printsItsTypeAndTheFieldsSet() {
        assertThat(GetExemptionRequest.builder().ignoreScope(true).executionId("exec_1").build())
                .hasToString("GetExemptionRequest{ignoreScope=true, executionId=exec_1}");
        assertThat(BulkCreateExemptionsRequest.Item.of(ISSUE))
                .hasToString("BulkCreateExemptionsRequest.Item{issueId=" + ISSUE + "}");
    }

    @Test
    void toBuilderCopiesAndLeavesTheOriginalUnchanged() {
        CreateExemptionRequest original = full();
        CreateExemptionRequest changed = original.toBuilder().reason("Changed").targetId(null).build();

        assertThat(original.reason()).isEqualTo("Fixture");
        assertThat(original.targetId()).hasValue("tgt4Rk8sPq1Wn6Yz0Lm3Jd");
        assertThat(changed.reason()).isEqualTo("Changed");
        assertThat(changed.targetId()).isEmpty();
        assertThat(changed.issueId()).isEqualTo(ISSUE);
        assertThat(changed.scope()).hasValue(HarnessScope.project("default", "payments"));

        BulkCreateExemptionsRequest bulk = BulkCreateExemptionsRequest.builder().type(ExemptionType.OTHER)
                .reason("r").issueIds(ISSUE).build();
        BulkCreateExemptionsRequest more = bulk.toBuilder().issueIds("iss0Zy9Xw8Vu7Ts6Rq5Po4").build();
        assertThat(bulk.items()).hasSize(1);
        assertThat(more.items()).extracting(BulkCreateExemptionsRequest.Item::issueId)
                .containsExactly(ISSUE, "iss0Zy9Xw8Vu7Ts6Rq5Po4");
    }

    @Test
    void absentValuesAreEmptyNeverNull() {
        CreateExemptionRequest minimal = CreateExemptionRequest.builder().issueId(ISSUE).type(ExemptionType.OTHER)
                .reason("r").build();

        assertThat(minimal.durationDays()).isEqualTo(OptionalLong.empty());
        assertThat(minimal.expiration()).isEmpty();
        assertThat(minimal.link()).isEmpty();
        assertThat(minimal.requesterId()).isEmpty();
        assertThat(minimal.requesterName()).isEmpty();
        assertThat(minimal.requesterEmail()).isEmpty();
        assertThat(minimal.exemptFutureOccurrences()).isEmpty();
        assertThat(minimal.occurrences()).isEmpty();
        assertThat(minimal.pipelineId()).isEmpty();
        assertThat(minimal.targetId()).isEmpty();
        assertThat(minimal.scanId()).isEmpty();
        assertThat(minimal.search()).isEmpty();
        assertThat(minimal.scope()).isEmpty();
        assertThat(minimal.orgId()).isEmpty();
        assertThat(minimal.projectId()).isEmpty();
        ListExemptionsRequest list = ListExemptionsRequest.builder().build();
        assertThat(list.pageSize()).isEqualTo(OptionalInt.empty());
        assertThat(list.firstPage()).isZero();
        assertThat(PromoteExemptionRequest.builder().build().durationDaysOverride()).isEmpty();
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<Long> occurrences = new ArrayList<>(List.of(1L, 2L));
        CreateExemptionRequest request = CreateExemptionRequest.builder().issueId(ISSUE).type(ExemptionType.OTHER)
                .reason("r").occurrences(occurrences).build();
        occurrences.add(3L);

        assertThat(request.occurrences()).containsExactly(1L, 2L);
        assertThatThrownBy(() -> request.occurrences().add(4L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CreateExemptionRequest.builder().occurrences(java.util.Arrays.asList(1L, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CreateExemptionRequest.occurrences[1] must not be null");
    }
}
