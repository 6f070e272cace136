package dev.waiver.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.sto.StoClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension: per class, per test, and what it injects. */
class WaiverFakesExtensionTest {

    @Nested
    @ExtendWith(WaiverFakesExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class ExtendWithStartsOncePerClass {

        private static final List<Integer> PORTS = new ArrayList<>();

        @BeforeAll
        static void seed(WaiverFakes fakes) {
            fakes.sto().seed(e -> { });
        }

        @Test
        @Order(1)
        void injectsEverything(WaiverFakes fakes, StoFake sto, HarFake har, IacmFake iacm, QualysFake qualys,
                               StoClient stoClient, HarClient harClient, IacmClient iacmClient, QualysClient qualysClient) {
            assertThat(sto).isSameAs(fakes.sto());
            assertThat(har).isSameAs(fakes.har());
            assertThat(iacm).isSameAs(fakes.iacm());
            assertThat(qualys).isSameAs(fakes.qualys());
            assertThat(stoClient).isSameAs(fakes.stoClient());
            assertThat(harClient).isSameAs(fakes.harClient());
            assertThat(iacmClient).isSameAs(fakes.iacmClient());
            assertThat(qualysClient).isSameAs(fakes.qualysClient());
            assertThat(stoClient.exemptions().list().stream().count()).isEqualTo(1);
            PORTS.add(fakes.wireMock().port());
        }

        @Test
        @Order(2)
        void theClassSharesOneStartAndItsRecords(WaiverFakes fakes) {
            PORTS.add(fakes.wireMock().port());
            assertThat(PORTS).hasSize(2).containsOnly(PORTS.get(0));
            assertThat(fakes.sto().exemptions()).hasSize(1);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InstanceFieldStartsPerTest {

        private static final List<WaiverFakes> SEEN = new ArrayList<>();

        @RegisterExtension
        final WaiverFakesExtension extension = WaiverFakesExtension.with(b -> b.only(FakeVendor.HAR));

        @Test
        @Order(1)
        void first(WaiverFakes fakes) {
            assertThat(extension.fakes()).isSameAs(fakes);
            fakes.har().seed(s -> { });
            SEEN.add(fakes);
        }

        @Test
        @Order(2)
        void secondIsFresh(WaiverFakes fakes) {
            assertThat(fakes).isNotSameAs(SEEN.get(0));
            assertThat(SEEN.get(0).wireMock(FakeVendor.HAR).isRunning()).isFalse();
            assertThat(fakes.har().exceptions()).isEmpty();
        }

        @Test
        @Order(3)
        void aVendorNotStartedCannotBeInjected(WaiverFakes fakes) {
            assertThatThrownBy(fakes::sto).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class StaticFieldPerTest {

        private static final List<WaiverFakes> SEEN = new ArrayList<>();

        @RegisterExtension
        static final WaiverFakesExtension EXTENSION = WaiverFakesExtension.with(b -> b.only(FakeVendor.IACM)).perTest();

        @Test
        @Order(1)
        void first(WaiverFakes fakes) {
            SEEN.add(fakes);
        }

        @Test
        @Order(2)
        void secondIsFresh(WaiverFakes fakes) {
            assertThat(fakes).isNotSameAs(SEEN.get(0));
        }

        @AfterAll
        static void allStopped() {
            assertThat(SEEN.get(0).wireMock(FakeVendor.IACM).isRunning()).isFalse();
            assertThatThrownBy(EXTENSION::fakes).isInstanceOf(IllegalStateException.class);
        }
    }
}
