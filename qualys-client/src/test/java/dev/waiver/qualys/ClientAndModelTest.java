package dev.waiver.qualys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.Secret;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientAndModelTest {

    @Test
    void everyPlatformOfTheReferenceHasItsHost() {
        Map<String, String> hosts = new LinkedHashMap<>();
        Arrays.stream(QualysPlatform.values()).forEach(p -> hosts.put(p.name(), p.host()));
        assertThat(hosts).containsExactly(
                Map.entry("US1", "qualysapi.qualys.com"),
                Map.entry("US2", "qualysapi.qg2.apps.qualys.com"),
                Map.entry("US3", "qualysapi.qg3.apps.qualys.com"),
                Map.entry("US4", "qualysapi.qg4.apps.qualys.com"),
                Map.entry("EU1", "qualysapi.qualys.eu"),
                Map.entry("EU2", "qualysapi.qg2.apps.qualys.eu"),
                Map.entry("EU3", "qualysapi.qg3.apps.qualys.it"),
                Map.entry("IN1", "qualysapi.qg1.apps.qualys.in"),
                Map.entry("CA1", "qualysapi.qg1.apps.qualys.ca"),
                Map.entry("AE1", "qualysapi.qg1.apps.qualys.ae"),
                Map.entry("UK1", "qualysapi.qg1.apps.qualys.co.uk"),
                Map.entry("AU1", "qualysapi.qg1.apps.qualys.com.au"),
                Map.entry("KSA1", "qualysapi.qg1.apps.qualysksa.com"));
        assertThat(QualysPlatform.US2.baseUrl()).isEqualTo("https://qualysapi.qg2.apps.qualys.com");
    }

    @Test
    void builderDefaultsToV3AndBuildsForAPlatform() {
        try (QualysClient c = QualysClient.builder().platform(QualysPlatform.EU1).username("u").password("p").build()) {
            assertThat(c.apiVersion()).isEqualTo(QualysApiVersion.V3_0);
            assertThat(c.lastRateLimit()).isEmpty();
        }
        assertThat(QualysApiVersion.V2_0.exceptionPath()).isEqualTo("/api/2.0/fo/compliance/exception/");
        assertThat(QualysApiVersion.V3_0.exceptionPath()).isEqualTo("/api/3.0/fo/compliance/exception/");
    }

    @Test
    void builderNamesWhatIsMissing() {
        assertThatThrownBy(() -> QualysClient.builder().username("u").password("p").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("platform is required: call .platform(QualysPlatform.US1) (the platform of your Qualys UI "
                        + "address) or .baseUrl(...) for a private cloud platform");
        assertThatThrownBy(() -> QualysClient.builder().platform(QualysPlatform.US1).password("p").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("username is required: call .username(...) on the builder");
        assertThatThrownBy(() -> QualysClient.builder().platform(QualysPlatform.US1).username("u").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("password is required: call .password(...) on the builder");
        assertThatThrownBy(() -> QualysClient.builder().password(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("password must not be null or blank");
        assertThatThrownBy(() -> QualysClient.builder().baseUrl("http://qualys.example").username("u").password("p").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain http");
        assertThat(Secret.of("pw", "password")).hasToString("****");
    }

    @Test
    void exceptionNumbersWriteAndReadQualysNotation() {
        ExceptionNumbers n = ExceptionNumbers.builder().add(12).addRange(289, 292).add(7).build();
        assertThat(n.toParameter()).isEqualTo("12,289-292,7");
        assertThat(n.count()).isEqualTo(6);
        assertThat(n.contains(290)).isTrue();
        assertThat(n.contains(293)).isFalse();
        assertThat(ExceptionNumbers.parse(" 12 , 289-292,7")).isEqualTo(n);
        assertThat(ExceptionNumbers.of(5, 6).toParameter()).isEqualTo("5,6");
        assertThat(ExceptionNumbers.range(3, 3).spans().get(0).isRange()).isFalse();
        assertThatThrownBy(() -> ExceptionNumbers.range(5, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an exception number range must not be reversed, was 5-4");
        assertThatThrownBy(() -> ExceptionNumbers.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exception numbers must be positive, was 0");
        assertThatThrownBy(() -> ExceptionNumbers.parse("1,,2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exception numbers must be numbers or ranges such as 289-292, separated by commas; '' is neither");
        assertThatThrownBy(() -> ExceptionNumbers.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exception numbers must name at least one exception");
    }

    @Test
    void statusReadsEitherCaseAndKeepsUnknownValues() {
        assertThat(ExceptionStatus.of("approved")).isSameAs(ExceptionStatus.APPROVED);
        assertThat(ExceptionStatus.of("Expired")).isSameAs(ExceptionStatus.EXPIRED);
        assertThat(ExceptionStatus.APPROVED.filterValue()).isEqualTo("approved");
        ExceptionStatus odd = ExceptionStatus.of("Revoked");
        assertThat(odd.isKnown()).isFalse();
        assertThat(odd.value()).isEqualTo("Revoked");
        assertThat(ExceptionStatus.values()).containsExactly(ExceptionStatus.PENDING, ExceptionStatus.APPROVED,
                ExceptionStatus.REJECTED, ExceptionStatus.EXPIRED);
    }
}
