package dev.waiver.har;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.core.mapping.JsonMappers;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.PackageType;
import org.junit.jupiter.api.Test;

/** The generated models with the mapper configuration the HAR client uses (epoch milliseconds). */
class ModelMappingTest {

    private final ObjectMapper mapper = JsonMappers.create(EpochUnit.MILLISECONDS);

    @Test
    void millisecondTimestampsRoundTripExactly() throws Exception {
        FirewallException e = mapper.readValue(HarTestSupport.fixture("exception-approved.json"), FirewallException.class);
        ExceptionAssertions.assertApproved(e);

        JsonNode written = mapper.readTree(mapper.writeValueAsString(e));

        assertThat(written.get("createdAt").asLong()).isEqualTo(1732581234567L);
        assertThat(written.get("updatedAt").asLong()).isEqualTo(1732667634999L);
        assertThat(written.get("statusChangedAt").asLong()).isEqualTo(1732667634999L);
        assertThat(written.get("expirationAt").asLong()).isEqualTo(1735259634999L);
        assertThat(written.get("createdAt").isIntegralNumber()).isTrue();
        FirewallException again = mapper.treeToValue(written, FirewallException.class);
        assertThat(again).isEqualTo(e);
    }

    @Test
    void unknownEnumValuesRoundTripUnchanged() throws Exception {
        FirewallException e = mapper.readValue(HarTestSupport.fixture("exception-future-values.json"),
                FirewallException.class);

        JsonNode written = mapper.readTree(mapper.writeValueAsString(e));

        assertThat(written.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(written.get("packageType").asText()).isEqualTo("R_UNIVERSE");
        assertThat(written.get("createdBy").get("type").asText()).isEqualTo("workload_identity");
        assertThat(written.has("riskScore")).isFalse();
    }

    @Test
    void knownValuesAreTheConstants() {
        assertThat(FirewallExceptionStatus.of("PENDING")).isSameAs(FirewallExceptionStatus.PENDING);
        assertThat(FirewallExceptionStatus.values()).containsExactly(FirewallExceptionStatus.PENDING,
                FirewallExceptionStatus.APPROVED, FirewallExceptionStatus.REJECTED, FirewallExceptionStatus.EXPIRED);
        assertThat(PackageType.of("CRAN")).isSameAs(PackageType.CRAN);
        assertThat(PackageType.values()).hasSize(23).contains(PackageType.HELM_HTTP, PackageType.HUGGINGFACE);
        assertThat(FirewallExceptionStatus.of(null)).isNull();
    }
}
