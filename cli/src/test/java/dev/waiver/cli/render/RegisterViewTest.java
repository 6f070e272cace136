package dev.waiver.cli.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.acceptances.AcceptanceState;
import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.RegisterSnapshot;
import dev.waiver.acceptances.RiskAcceptance;
import dev.waiver.acceptances.VendorOutcome;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flags of the view, and the CSV quoting of awkward cells. */
class RegisterViewTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static RiskAcceptance acceptance(String id, AcceptanceState state, Instant expires) {
        return RiskAcceptance.builder().vendor(AcceptanceVendor.STO).id(id).state(state).expires(expires)
                .covers("scope, \"quoted\"\nsecond line").vendorRecord(id).build();
    }

    private static RegisterView view(int days, RiskAcceptance... acceptances) {
        return new RegisterView(new RegisterSnapshot(NOW, List.of(VendorOutcome.success(AcceptanceVendor.STO,
                List.of(acceptances), Duration.ZERO))), NOW, days);
    }

    @Test
    void flagsEachActiveAcceptanceAgainstNowAndTheWindowAndLeavesTheOthersOut() {
        RegisterView view = view(10,
                acceptance("past", AcceptanceState.ACTIVE, NOW.minusSeconds(1)),
                acceptance("now", AcceptanceState.ACTIVE, NOW),
                acceptance("edge", AcceptanceState.ACTIVE, NOW.plus(Duration.ofDays(10))),
                acceptance("later", AcceptanceState.ACTIVE, NOW.plus(Duration.ofDays(10)).plusSeconds(1)),
                acceptance("never", AcceptanceState.ACTIVE, null),
                acceptance("pending", AcceptanceState.PENDING, NOW.plus(Duration.ofDays(1))),
                acceptance("rejected", AcceptanceState.REJECTED, null),
                acceptance("expired", AcceptanceState.EXPIRED, NOW.minusSeconds(100)));

        assertThat(view.rows()).extracting(r -> r.acceptance().id() + ":" + r.flag()).containsExactly(
                "past:EXPIRED_BUT_ACTIVE", "now:EXPIRED_BUT_ACTIVE", "edge:EXPIRING_SOON", "later:NONE",
                "never:NEVER_EXPIRES");
        assertThat(view.needsAttention()).isTrue();
        assertThat(view.today()).hasToString("2026-11-30");
        assertThat(view(10, acceptance("never", AcceptanceState.ACTIVE, null)).needsAttention()).isFalse();
        assertThatThrownBy(() -> view(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the window must be 0 days or more, was -1");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
        StringWriter out = new StringWriter();
        new CsvRenderer().render(view(10, acceptance("x", AcceptanceState.ACTIVE, null)), out);

        assertThat(out.toString()).isEqualTo("expires,flag,vendor,id,covers,kind,vendorStatus,requestedBy,approvedBy,created\r\n"
                + "never,NEVER-EXPIRES,STO,x,\"scope, \"\"quoted\"\"\nsecond line\",,,,,\r\n");
    }

    @Test
    void markdownEscapesPipesAndLineBreaks() throws Exception {
        StringWriter out = new StringWriter();
        RiskAcceptance piped = RiskAcceptance.builder().vendor(AcceptanceVendor.HAR).id("a|b").state(AcceptanceState.ACTIVE)
                .covers("one\ntwo").vendorRecord("r").build();
        new MarkdownRenderer().render(view(10, piped), out);

        assertThat(out.toString()).contains("| never | NEVER-EXPIRES | HAR | a\\|b | one two |  |  |  |  |  |\n");
    }
}
