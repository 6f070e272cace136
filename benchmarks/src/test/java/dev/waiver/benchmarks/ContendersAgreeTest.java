package dev.waiver.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.benchmarks.support.Credentials;
import dev.waiver.benchmarks.support.GeneratedCalls;
import dev.waiver.benchmarks.support.RawCalls;
import dev.waiver.benchmarks.support.Rig;
import dev.waiver.benchmarks.support.VendorAnswers;
import dev.waiver.benchmarks.support.WaiverCalls;
import dev.waiver.benchmarks.support.WireRequest.Recorded;
import dev.waiver.har.model.FirewallException;
import dev.waiver.sto.model.Exemption;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contenders do the same work: in both settings each sends exactly one request per call, the
 * requests agree on method, path, query, credentials, content type and body (byte for byte, and
 * equal to the contract's), and they decode the same answer to the same values.
 */
class ContendersAgreeTest {

    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (Credentials.QUALYS_USER + ":" + Credentials.QUALYS_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void stoGetSendsTheSameRequestAndDecodesTheSameExemption(Rig.Setting setting) {
        try (Rig rig = new Rig(setting); WaiverCalls waiver = new WaiverCalls(rig)) {
            RawCalls raw = new RawCalls(rig);
            GeneratedCalls generated = new GeneratedCalls(rig);
            rig.exchange().recording(true);

            Exemption w = waiver.stoGet();
            Exemption r = raw.stoGet();
            dev.waiver.benchmarks.generated.sto.model.Exemption g = generated.stoGet();

            List<Recorded> sent = rig.exchange().takeRecorded();
            assertThat(sent).hasSize(3);
            for (Recorded req : sent) {
                assertThat(req.method()).isEqualTo("GET");
                assertThat(req.path()).isEqualTo(VendorAnswers.STO_EXEMPTION);
                assertThat(req.query()).containsExactly("accountId=" + Credentials.HARNESS_ACCOUNT,
                        "orgId=" + Credentials.ORG, "projectId=" + Credentials.PROJECT);
                assertThat(req.header("x-api-key")).isEqualTo(Credentials.HARNESS_API_KEY);
                assertThat(req.header("accept")).isEqualTo("application/json");
                assertThat(req.header("content-type")).isNull();
                assertThat(req.body()).isEmpty();
            }
            assertThat(sent.get(0).header("user-agent")).startsWith("waiver-java/");

            assertThat(w).isEqualTo(r);
            assertThat(w.id()).isEqualTo("Xb3kQ9rTz1LmN0pS7vWc4d");
            assertThat(w.created()).isEqualTo(Instant.ofEpochSecond(1651578240L));
            assertThat(g.getId()).isEqualTo(w.id());
            assertThat(g.getStatus()).isEqualTo(w.status().value());
            assertThat(g.getCreated()).isEqualTo(w.created().getEpochSecond());
        }
    }

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void harUpdateSendsTheSameBodyAndDecodesTheSameException(Rig.Setting setting) {
        try (Rig rig = new Rig(setting); WaiverCalls waiver = new WaiverCalls(rig)) {
            RawCalls raw = new RawCalls(rig);
            GeneratedCalls generated = new GeneratedCalls(rig);
            rig.exchange().recording(true);

            FirewallException w = waiver.harUpdate();
            FirewallException r = raw.harUpdate();
            dev.waiver.benchmarks.generated.har.model.FirewallException g = generated.harUpdate();

            List<Recorded> sent = rig.exchange().takeRecorded();
            assertThat(sent).hasSize(3);
            for (Recorded req : sent) {
                assertThat(req.method()).isEqualTo("PUT");
                assertThat(req.path()).isEqualTo(VendorAnswers.HAR_EXCEPTION);
                assertThat(req.query()).containsExactly("account_identifier=" + Credentials.HARNESS_ACCOUNT);
                assertThat(req.header("x-api-key")).isEqualTo(Credentials.HARNESS_API_KEY);
                assertThat(req.header("content-type")).startsWith("application/json");
                assertThat(req.header("content-length"))
                        .isEqualTo(Integer.toString(VendorAnswers.HAR_UPDATE_JSON.getBytes(StandardCharsets.UTF_8).length));
                assertThat(req.body()).isEqualTo(VendorAnswers.HAR_UPDATE_JSON);
            }
            assertThat(sent.get(0).header("user-agent")).startsWith("waiver-java/");

            assertThat(w).isEqualTo(r);
            assertThat(w.createdAt()).isEqualTo(Instant.ofEpochMilli(1732581234567L));
            assertThat(w.expireAfter()).contains(30);
            // Harness declares exceptionId format uuid: a generated client reads a java.util.UUID, Waiver keeps the text.
            assertThat(g.getExceptionId()).hasToString(w.exceptionId());
            assertThat(g.getCreatedAt()).isEqualTo(w.createdAt().toEpochMilli());
            assertThat(g.getVersionList()).isEqualTo(w.versionList());
        }
    }

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void qualysRequestSendsTheSameFormAndReadsTheSameNumber(Rig.Setting setting) {
        try (Rig rig = new Rig(setting); WaiverCalls waiver = new WaiverCalls(rig)) {
            RawCalls raw = new RawCalls(rig);
            rig.exchange().recording(true);

            assertThat(waiver.qualysRequest()).isEqualTo(59L);
            assertThat(raw.qualysRequest()).isEqualTo(59L);

            List<Recorded> sent = rig.exchange().takeRecorded();
            assertThat(sent).hasSize(2);
            for (Recorded req : sent) {
                assertThat(req.method()).isEqualTo("POST");
                assertThat(req.path()).isEqualTo(VendorAnswers.QUALYS_EXCEPTIONS);
                assertThat(req.query()).isEmpty();
                assertThat(req.header("authorization")).isEqualTo(BASIC);
                // Qualys wants the header, whatever its value (each client names itself).
                assertThat(req.header("x-requested-with")).isNotBlank();
                assertThat(req.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
                assertThat(req.header("accept")).isEqualTo("application/xml, text/xml");
                assertThat(req.body()).isEqualTo(VendorAnswers.QUALYS_REQUEST_FORM);
            }
            assertThat(sent.get(0).header("user-agent")).startsWith("waiver-java/");
        }
    }

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void pagingWalksSendTheSameRequests(Rig.Setting setting) {
        try (Rig rig = new Rig(setting); WaiverCalls waiver = new WaiverCalls(rig)) {
            RawCalls raw = new RawCalls(rig);
            rig.exchange().recording(true);
            assertThat(waiver.stoListAll()).isEqualTo((long) VendorAnswers.PAGES * VendorAnswers.PAGE_SIZE);
            List<Recorded> fromWaiver = rig.exchange().takeRecorded();
            assertThat(raw.stoListAll()).isEqualTo((long) VendorAnswers.PAGES * VendorAnswers.PAGE_SIZE);
            List<Recorded> fromRaw = rig.exchange().takeRecorded();

            assertThat(fromWaiver).hasSize(VendorAnswers.PAGES);
            assertThat(fromRaw).hasSize(VendorAnswers.PAGES);
            for (int i = 0; i < VendorAnswers.PAGES; i++) {
                assertThat(fromWaiver.get(i).query()).isEqualTo(fromRaw.get(i).query()).contains("page=" + i);
                assertThat(fromWaiver.get(i).header("x-api-key")).isEqualTo(fromRaw.get(i).header("x-api-key"))
                        .isEqualTo(Credentials.HARNESS_API_KEY);
            }
        }
    }
}
