package dev.waiver.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.RateLimitedException;
import dev.waiver.core.RetryPolicy;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.StoFake;
import dev.waiver.testkit.WaiverFakes;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The README's second snippet, verbatim in {@link #seedFaultsAndTime()}. */
class MoreOfTheKitTest {

    @Test
    void seedFaultsAndTime() {
        try (WaiverFakes fakes = WaiverFakes.builder().only(FakeVendor.STO).retryPolicy(RetryPolicy.none())
                .clock(Instant.parse("2026-06-01T00:00:00Z")).start()) {
            // Seed in bulk: 10,000 approved exemptions expiring over the next 90 days
            fakes.sto().seed(10_000, (i, e) -> e.approved().expiresIn(Duration.ofDays(1 + i % 90)));

            // Faults on demand: the next call of one operation answers 429 with Retry-After
            fakes.sto().failNext(StoFake.Operation.LIST, FakeFault.rateLimited(Duration.ofSeconds(3)));
            assertThatThrownBy(() -> fakes.stoClient().exemptions().list().iterator().next())
                    .isInstanceOf(RateLimitedException.class);

            // Time under control: the fakes' clock moves only when the test moves it
            fakes.clock().advance(Duration.ofDays(30));
            assertThat(fakes.sto().exemptions().stream().filter(e -> ExemptionStatus.EXPIRED.equals(e.status())))
                    .hasSize(3340);

            // What was received: WireMock's journal, for verify(...) and inspection
            assertThat(fakes.sto().requests()).hasSize(1);
        }
    }
}
