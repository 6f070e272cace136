package dev.waiver.acceptances;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.waiver.core.ApiException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.ServerException;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.sto.StoClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The concurrent reader: wall time of the slowest vendor, failures typed and never hiding the others. */
class AcceptanceReaderTest {

    private WireMockServer wm;
    private StoClient sto;
    private HarClient har;
    private IacmClient iacm;
    private QualysClient qualys;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().containerThreads(16));
        wm.start();
        sto = VendorStubs.sto(wm);
        har = VendorStubs.har(wm);
        iacm = VendorStubs.iacm(wm);
        qualys = VendorStubs.qualys(wm);
    }

    @AfterEach
    void stop() {
        sto.close();
        har.close();
        iacm.close();
        qualys.close();
        wm.stop();
    }

    private List<AcceptanceSource> allSources() {
        return List.of(new QualysAcceptanceSource(qualys), new StoAcceptanceSource(sto), new HarAcceptanceSource(har),
                new IacmAcceptanceSource(iacm, VendorStubs.ORG, VendorStubs.PROJECT));
    }

    @Test
    void readsTheVendorsConcurrentlySoTheWallTimeIsTheSlowestNotTheSum() {
        VendorStubs.stubList(wm, AcceptanceVendor.STO, 700);
        VendorStubs.stubList(wm, AcceptanceVendor.HAR, 700);
        VendorStubs.stubList(wm, AcceptanceVendor.IACM, 700);
        VendorStubs.stubList(wm, AcceptanceVendor.QUALYS, 1400);

        long start = System.nanoTime();
        RegisterSnapshot snapshot = AcceptanceReader.of(allSources()).read();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);

        // Sum of the delays 3.5 s; one after the other would take at least that.
        assertThat(wall).isGreaterThanOrEqualTo(Duration.ofMillis(1400)).isLessThan(Duration.ofMillis(2600));
        assertThat(snapshot.outcomes()).extracting(VendorOutcome::vendor).containsExactly(AcceptanceVendor.values());
        assertThat(snapshot.outcomes()).noneMatch(VendorOutcome::failed);
        assertThat(snapshot.outcomes()).extracting(o -> o.acceptances().size()).containsExactly(3, 2, 2, 3);
        VendorOutcome qualysOutcome = snapshot.outcomes().get(3);
        assertThat(qualysOutcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
        assertThat(snapshot.failures()).isEmpty();
        assertThat(snapshot.acceptances()).hasSize(10);
    }

    @Test
    void aFailingVendorIsReportedWithItsTypedFailureAndTheOthersAreStillReturned() {
        VendorStubs.stubFailure(wm, AcceptanceVendor.STO);
        VendorStubs.stubList(wm, AcceptanceVendor.HAR, 0);
        VendorStubs.stubList(wm, AcceptanceVendor.IACM, 0);
        VendorStubs.stubFailure(wm, AcceptanceVendor.QUALYS);

        RegisterSnapshot snapshot = AcceptanceReader.of(allSources()).read();

        assertThat(snapshot.failures()).extracting(VendorOutcome::vendor)
                .containsExactly(AcceptanceVendor.STO, AcceptanceVendor.QUALYS);
        VendorOutcome stoOutcome = snapshot.failures().get(0);
        assertThat(stoOutcome.failed()).isTrue();
        assertThat(stoOutcome.acceptances()).isEmpty();
        assertThat(stoOutcome.failure()).get().isInstanceOf(ServerException.class);
        ApiException stoFailure = (ApiException) stoOutcome.failure().orElseThrow();
        assertThat(stoFailure.statusCode()).isEqualTo(503);
        assertThat(stoFailure.requestId()).contains("req-sto-503");

        ApiException qualysFailure = (ApiException) snapshot.failures().get(1).failure().orElseThrow();
        assertThat(qualysFailure).isInstanceOf(PermissionDeniedException.class);
        assertThat(qualysFailure.vendorCode()).contains("2001");

        assertThat(snapshot.outcomes()).filteredOn(o -> !o.failed()).extracting(VendorOutcome::vendor)
                .containsExactly(AcceptanceVendor.HAR, AcceptanceVendor.IACM);
        assertThat(snapshot.acceptances()).extracting(RiskAcceptance::vendor)
                .containsOnly(AcceptanceVendor.HAR, AcceptanceVendor.IACM).hasSize(4);
    }

    @Test
    void aBugInOneSourceBecomesItsFailureNotTheReadersCrash() {
        VendorStubs.stubList(wm, AcceptanceVendor.HAR, 0);
        AcceptanceSource broken = new AcceptanceSource() {
            @Override
            public AcceptanceVendor vendor() {
                return AcceptanceVendor.STO;
            }

            @Override
            public Stream<RiskAcceptance> acceptances() {
                throw new IllegalStateException("unreadable record");
            }
        };

        RegisterSnapshot snapshot = AcceptanceReader.of(List.of(broken, new HarAcceptanceSource(har))).read();

        assertThat(snapshot.failures()).hasSize(1);
        assertThat(snapshot.failures().get(0).failure().orElseThrow())
                .hasMessage("STO: reading the acceptances failed: java.lang.IllegalStateException: unreadable record")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(snapshot.acceptances()).hasSize(2);
    }

    @Test
    void sortsBySoonestExpiryThenNeverExpiringLastAndReportsProgress() {
        VendorStubs.stubList(wm, AcceptanceVendor.STO, 0);
        VendorStubs.stubList(wm, AcceptanceVendor.HAR, 0);
        VendorStubs.stubList(wm, AcceptanceVendor.IACM, 0);
        VendorStubs.stubList(wm, AcceptanceVendor.QUALYS, 0);
        ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
        ReadProgress progress = new ReadProgress() {
            @Override
            public void read(AcceptanceVendor vendor, int count) {
                events.add(vendor.key() + ":" + count);
            }

            @Override
            public void finished(VendorOutcome outcome) {
                events.add(outcome.vendor().key() + ":done");
            }
        };

        RegisterSnapshot snapshot = new AcceptanceReader(allSources(), clock, progress).read();

        assertThat(snapshot.readAt()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(snapshot.acceptances()).extracting(a -> a.vendor().key() + " " + a.id()).containsExactly(
                "qualys 291",                                   // 2026-11-01
                "har 0b1f6a3e-0000-4000-8000-000000000002",    // 2026-11-16
                "sto exmA000000000000000001",                   // 2026-12-07
                "har 0b1f6a3e-0000-4000-8000-000000000001",    // 2026-12-07 too: vendor order, STO first
                "qualys 289",                                   // 2026-12-09
                "sto exmC000000000000000003",                   // never expires: vendor, then id
                "sto exmP000000000000000002",
                "iacm 337f16ff-cec4-45f5-92fc-4710f4b942c0",
                "iacm 4a8e2b1c-0d3f-4e5a-8b6c-7d9e0f1a2b3c",
                "qualys 290");
        assertThat(events).contains("sto:1", "sto:2", "sto:3", "sto:done", "har:2", "har:done", "iacm:done", "qualys:3",
                "qualys:done");
    }

    @Test
    void refusesTwoSourcesForOneVendor() {
        assertThatThrownBy(() -> AcceptanceReader.of(List.of(new HarAcceptanceSource(har), new HarAcceptanceSource(har))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at most one source per vendor, got [HAR, HAR]");
    }
}
