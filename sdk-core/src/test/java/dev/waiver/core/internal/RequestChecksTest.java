package dev.waiver.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequestChecksTest {

    /** A request type as the vendor modules have them; only its name matters. */
    private static final class CreateThingRequest {
    }

    private final RequestChecks check = RequestChecks.of(CreateThingRequest.class);

    private void refused(Runnable call, String message) {
        assertThatThrownBy(call::run).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void everyViolationNamesTheRequestTheFieldAndTheRule() {
        refused(() -> check.required(null, "reason"), "CreateThingRequest.reason is required: set .reason(...)");
        refused(() -> check.requiredText(null, "name"), "CreateThingRequest.name is required: set .name(...)");
        refused(() -> check.requiredText(" ", "name"),
                "CreateThingRequest.name must not be blank: leave it unset instead");
        refused(() -> check.notBlank("\t", "note"), "CreateThingRequest.note must not be blank: leave it unset instead");
        refused(() -> check.length("", "org", 1, 128), "CreateThingRequest.org must be 1 to 128 characters long, was 0");
        refused(() -> check.uuid("../x", "id"), "CreateThingRequest.id must be a UUID (8-4-4-4-12 hexadecimal digits, "
                + "for example 6f66d9a7-9f45-40f2-8af5-6516000d8b98), was '../x'");
        refused(() -> check.matches("2025/01/01", "day", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), "a date as YYYY-MM-DD"),
                "CreateThingRequest.day must be a date as YYYY-MM-DD, was '2025/01/01'");
        refused(() -> check.range(101, "pageSize", 1, 100), "CreateThingRequest.pageSize must be between 1 and 100, was 101");
        refused(() -> check.range(Integer.valueOf(0), "pageSize", 1, 100),
                "CreateThingRequest.pageSize must be between 1 and 100, was 0");
        refused(() -> check.atLeast(-1, "page", 0, "pages are numbered from 0"),
                "CreateThingRequest.page must be at least 0 (pages are numbered from 0), was -1");
        refused(() -> check.positive(0, "hostId"), "CreateThingRequest.hostId must be positive, was 0");
        refused(() -> check.noNulls(Arrays.asList("a", null), "ids"), "CreateThingRequest.ids[1] must not be null");
        refused(() -> check.noBlanks(List.of("a", " "), "tags"), "CreateThingRequest.tags[1] must not be null or blank");
        refused(() -> check.notEmpty(List.of(), "tags"),
                "CreateThingRequest.tags must hold at least one entry: leave it unset instead");
        refused(() -> check.noneContains(List.of("a", "b,c"), "tags", ',', "Qualys separates tags with commas"),
                "CreateThingRequest.tags[1] must not contain ',' (Qualys separates tags with commas), was 'b,c'");
        assertThat(check.violation("end", "must be after start")).hasMessage("CreateThingRequest.end must be after start");
        assertThat(RequestChecks.named("Approvals.get").violation("id", "is required"))
                .hasMessage("Approvals.get.id is required");
    }

    @Test
    void validAndUnsetValuesPassThroughUnchanged() {
        assertThat(check.required("x", "f")).isEqualTo("x");
        assertThat(check.requiredText("x", "f")).isEqualTo("x");
        assertThat(check.notBlank(null, "f")).isNull();
        assertThat(check.length(null, "f", 1, 2)).isNull();
        assertThat(check.uuid("6f66d9a7-9f45-40f2-8af5-6516000d8b98", "f")).isEqualTo("6f66d9a7-9f45-40f2-8af5-6516000d8b98");
        assertThat(check.uuid(null, "f")).isNull();
        assertThat(check.range(100, "f", 1, 100)).isEqualTo(100);
        Integer unset = check.range((Integer) null, "f", 1, 100);
        assertThat(unset).isNull();
        assertThat(check.atLeast(0, "f", 0, "why")).isZero();
        assertThat(check.positive(1, "f")).isEqualTo(1);
        assertThat(check.noNulls(List.of("a"), "f")).containsExactly("a");
        assertThat(check.noBlanks(null, "f")).isNull();
        assertThat(check.noBlanks(List.of("a"), "f")).containsExactly("a");
        assertThat(check.notEmpty((List<String>) null, "f")).isNull();
        assertThat(check.noneContains(List.of("a"), "f", ',', "why")).containsExactly("a");
    }

    @Test
    void aLongValueIsQuotedOnlyAsAnExcerpt() {
        String huge = "x".repeat(10_000);
        assertThatThrownBy(() -> check.uuid(huge, "id")).hasMessageEndingWith("...'")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }
}
