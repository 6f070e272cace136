package dev.waiver.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.sto.StoClient;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import dev.waiver.testkit.WaiverFakesExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WaiverFakesExtension.class)
class ExemptionFlowTest {

    @Test
    void anApprovedExemptionIsListedAsApproved(StoClient sto) { // pre-wired: no URL, no key
        String id = sto.exemptions().create(r -> r.issueId("iss7Hq2LmZ0pX4rT9vBn1c")
                .type(ExemptionType.FALSE_POSITIVE).reason("Only reachable behind SSO").durationDays(30)).id();

        sto.exemptions().approve(id, r -> r.comment("Reviewed by security"));

        assertThat(sto.exemptions().list().stream().filter(e -> e.id().equals(id)))
                .singleElement().extracting(Exemption::status).isEqualTo(ExemptionStatus.APPROVED);
    }
}
