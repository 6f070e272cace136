package dev.waiver.sto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.core.mapping.JsonMappers;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionScopeLevel;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import org.junit.jupiter.api.Test;

class OpenEnumsTest {

    @Test
    void knownValuesAreTheHarnessLabels() {
        assertThat(ExemptionType.values()).extracting(ExemptionType::value).containsExactly("Compensating Controls",
                "Acceptable Use", "Acceptable Risk", "False Positive", "Fix Unavailable", "Other");
        assertThat(ExemptionStatus.values()).extracting(ExemptionStatus::value)
                .containsExactly("Pending", "Approved", "Rejected", "Expired", "Canceled");
        assertThat(ExemptionScopeLevel.values()).extracting(ExemptionScopeLevel::value)
                .containsExactly("ACCOUNT", "ORG", "PROJECT", "PIPELINE", "TARGET");
    }

    @Test
    void unknownValuesRoundTripUnchanged() throws Exception {
        ObjectMapper json = JsonMappers.create(EpochUnit.SECONDS);
        Exemption e = json.readValue("{\"id\":\"x\",\"type\":\"Vendor Accepted\",\"status\":\"Escalated\","
                + "\"scope\":\"REPOSITORY\",\"canApproveFor\":[\"REPOSITORY\"],\"created\":1651578240}", Exemption.class);

        String written = json.writeValueAsString(e);

        assertThat(written).contains("\"type\":\"Vendor Accepted\"").contains("\"status\":\"Escalated\"")
                .contains("\"scope\":\"REPOSITORY\"").contains("\"canApproveFor\":[\"REPOSITORY\"]")
                .contains("\"created\":1651578240");
        assertThat(ExemptionType.of("False Positive")).isSameAs(ExemptionType.FALSE_POSITIVE);
        assertThat(ExemptionType.of(null)).isNull();
    }
}
