package dev.waiver.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.benchmarks.support.GeneratedCalls;
import dev.waiver.benchmarks.support.RawCalls;
import dev.waiver.benchmarks.support.Rig;
import dev.waiver.benchmarks.support.WaiverCalls;
import dev.waiver.har.model.FirewallException;
import dev.waiver.sto.model.Exemption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three contenders send one request each per call and decode the same answer to the same values. */
class ContendersAgreeTest {

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void stoGetDecodesTheSameExemption(Rig.Setting setting) {
        try (Rig rig = new Rig(setting); WaiverCalls waiver = new WaiverCalls(rig)) {
            RawCalls raw = new RawCalls(rig);
            GeneratedCalls generated = new GeneratedCalls(rig);

            Exemption w = waiver.stoGet();
            String waiverLine = rig.lastRequestLine();
            Exemption r = raw.stoGet();
            String rawLine = rig.lastRequestLine();
            dev.waiver.benchmarks.generated.sto.model.Exemption g = generated.stoGet();
            String generatedLine = rig.lastRequestLine();

            assertThat(rig.requestCount()).isEqualTo(3);
            assertThat(w).isEqualTo(r);
            assertThat(w.getId()).isEqualTo("Xb3kQ9rTz1LmN0pS7vWc4d");
            assertThat(w.getCreated()).isEqualTo(Instant.ofEpochSecond(1651578240L));
            assertThat(g.getId()).isEqualTo(w.getId());
            assertThat(g.getStatus()).isEqualTo(w.getStatus().value());
            assertThat(g.getCreated()).isEqualTo(w.getCreated().getEpochSecond());
            if (setting == Rig.Setting.LOOPBACK) {
                assertThat(sorted(waiverLine)).isEqualTo(sorted(rawLine)).isEqualTo(sorted(generatedLine))
                        .startsWith("GET /sto/api/v2/exemptions/Xb3kQ9rTz1LmN0pS7vWc4d ");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void harUpdateDecodesTheSameException(Rig.Setting setting) {
        try (Rig rig = new Rig(setting); WaiverCalls waiver = new WaiverCalls(rig)) {
            RawCalls raw = new RawCalls(rig);
            GeneratedCalls generated = new GeneratedCalls(rig);

            FirewallException w = waiver.harUpdate();
            String waiverLine = rig.lastRequestLine();
            FirewallException r = raw.harUpdate();
            String rawLine = rig.lastRequestLine();
            dev.waiver.benchmarks.generated.har.model.FirewallException g = generated.harUpdate();

            assertThat(rig.requestCount()).isEqualTo(3);
            assertThat(w).isEqualTo(r);
            assertThat(w.getCreatedAt()).isEqualTo(Instant.ofEpochMilli(1732581234567L));
            assertThat(w.getExpireAfter()).isEqualTo(30);
            // Harness declares exceptionId format uuid: a generated client reads a java.util.UUID, Waiver keeps the text.
            assertThat(g.getExceptionId()).hasToString(w.getExceptionId());
            assertThat(g.getCreatedAt()).isEqualTo(w.getCreatedAt().toEpochMilli());
            assertThat(g.getVersionList()).isEqualTo(w.getVersionList());
            if (setting == Rig.Setting.LOOPBACK) {
                assertThat(sorted(waiverLine)).isEqualTo(sorted(rawLine))
                        .startsWith("PUT /har/api/v3/scans/exceptions/8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01 ");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void qualysRequestReadsTheSameNumber(Rig.Setting setting) {
        try (Rig rig = new Rig(setting); WaiverCalls waiver = new WaiverCalls(rig)) {
            RawCalls raw = new RawCalls(rig);

            assertThat(waiver.qualysRequest()).isEqualTo(59L);
            assertThat(raw.qualysRequest()).isEqualTo(59L);
            assertThat(rig.requestCount()).isEqualTo(2);
        }
    }

    /** The request line with its query parameters sorted, since contenders order them differently. */
    private static String sorted(String requestLine) {
        String[] parts = requestLine.split(" ");
        String target = parts[1];
        int q = target.indexOf('?');
        if (q < 0) {
            return requestLine;
        }
        List<String> params = Arrays.asList(target.substring(q + 1).split("&"));
        params.sort(null);
        return parts[0] + " " + target.substring(0, q) + " ?" + String.join("&", params) + " " + parts[2];
    }
}
