package dev.waiver.acceptances;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.waiver.har.model.FirewallException;
import dev.waiver.iacm.model.Approval;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.sto.model.Exemption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each vendor's source: the request on the wire, and every field of every acceptance it makes. */
class AcceptanceSourcesTest {

    private WireMockServer wm;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    @Test
    void stoExemptionsMapToAcceptancesByStatus() {
        VendorStubs.stubList(wm, AcceptanceVendor.STO, 0);
        List<RiskAcceptance> all;
        try (var sto = VendorStubs.sto(wm)) {
            all = new StoAcceptanceSource(sto).acceptances().toList();
        }

        wm.verify(1, getRequestedFor(urlPathEqualTo(VendorStubs.STO_PATH))
                .withQueryParam("accountId", equalTo(VendorStubs.ACCOUNT)).withQueryParam("orgId", equalTo("default"))
                .withQueryParam("projectId", equalTo("payments")).withQueryParam("page", equalTo("0"))
                .withQueryParam("pageSize", equalTo("100")).withHeader("x-api-key", equalTo("pat.test.key")));
        assertThat(all).hasSize(3);
        RiskAcceptance approved = all.get(0);
        assertThat(approved.vendor()).isEqualTo(AcceptanceVendor.STO);
        assertThat(approved.id()).isEqualTo("exmA000000000000000001");
        assertThat(approved.covers()).isEqualTo("TARGET/default/payments/tgtCheckoutWeb00000001 issue issLog4jCve2021442280");
        assertThat(approved.kind()).isEqualTo("Acceptable Risk");
        assertThat(approved.state()).isEqualTo(AcceptanceState.ACTIVE);
        assertThat(approved.vendorStatus()).isEqualTo("Approved");
        assertThat(approved.requestedBy()).contains("Priya Nair");
        assertThat(approved.approvedBy()).contains("Alex Smith");
        assertThat(approved.created()).contains(Instant.ofEpochSecond(1794787200L));
        assertThat(approved.expires()).contains(Instant.ofEpochSecond(1796601600L));
        assertThat(approved.vendorRecord()).isInstanceOf(Exemption.class);
        assertThat(((Exemption) approved.vendorRecord()).id()).isEqualTo("exmA000000000000000001");

        RiskAcceptance pending = all.get(1);
        assertThat(pending.state()).isEqualTo(AcceptanceState.PENDING);
        assertThat(pending.vendorStatus()).isEqualTo("Pending");
        assertThat(pending.requestedBy()).as("requesterId when no name or email").contains("usr1Ab2Cd3Ef4Gh5Ij6Kl7");
        assertThat(pending.approvedBy()).isEmpty();
        assertThat(pending.expires()).isEmpty();

        RiskAcceptance canceled = all.get(2);
        assertThat(canceled.state()).isEqualTo(AcceptanceState.REJECTED);
        assertThat(canceled.vendorStatus()).isEqualTo("Canceled");
    }

    @Test
    void harFirewallExceptionsMapToAcceptancesByStatus() {
        VendorStubs.stubList(wm, AcceptanceVendor.HAR, 0);
        List<RiskAcceptance> all;
        try (var har = VendorStubs.har(wm)) {
            all = new HarAcceptanceSource(har).acceptances().toList();
        }

        wm.verify(1, getRequestedFor(urlPathEqualTo(VendorStubs.HAR_PATH))
                .withQueryParam("account_identifier", equalTo(VendorStubs.ACCOUNT)).withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("100")).withQueryParam("status", absent())
                .withHeader("x-api-key", equalTo("pat.test.key")));
        assertThat(all).hasSize(2);
        RiskAcceptance approved = all.get(0);
        assertThat(approved.vendor()).isEqualTo(AcceptanceVendor.HAR);
        assertThat(approved.id()).isEqualTo("0b1f6a3e-0000-4000-8000-000000000001");
        assertThat(approved.covers()).isEqualTo("npm-upstream-firewall: lodash@4.17.20|4.17.21");
        assertThat(approved.kind()).isEqualTo("NPM");
        assertThat(approved.state()).isEqualTo(AcceptanceState.ACTIVE);
        assertThat(approved.vendorStatus()).isEqualTo("APPROVED");
        assertThat(approved.requestedBy()).contains("Jane Doe");
        assertThat(approved.approvedBy()).contains("Alex Smith");
        assertThat(approved.created()).contains(Instant.ofEpochMilli(1794787200000L));
        assertThat(approved.expires()).contains(Instant.ofEpochMilli(1796601600000L));
        assertThat(approved.vendorRecord()).isInstanceOf(FirewallException.class);

        RiskAcceptance expired = all.get(1);
        assertThat(expired.covers()).isEqualTo("maven-central-firewall: log4j-core@*");
        assertThat(expired.state()).isEqualTo(AcceptanceState.EXPIRED);
        assertThat(expired.approvedBy()).as("only an approval names its approver").isEmpty();
    }

    @Test
    void iacmApprovalsMapToAcceptancesWithoutExpiry() {
        VendorStubs.stubList(wm, AcceptanceVendor.IACM, 0);
        List<RiskAcceptance> all;
        try (var iacm = VendorStubs.iacm(wm)) {
            all = new IacmAcceptanceSource(iacm, VendorStubs.ORG, VendorStubs.PROJECT).acceptances().toList();
        }

        wm.verify(1, getRequestedFor(urlPathEqualTo(VendorStubs.IACM_PATH)).withQueryParam("page", equalTo("1"))
                .withQueryParam("limit", equalTo("1000")).withHeader("Harness-Account", equalTo(VendorStubs.ACCOUNT))
                .withHeader("x-api-key", equalTo("pat.test.key")));
        assertThat(all).hasSize(2);
        RiskAcceptance approved = all.get(0);
        assertThat(approved.vendor()).isEqualTo(AcceptanceVendor.IACM);
        assertThat(approved.id()).isEqualTo("337f16ff-cec4-45f5-92fc-4710f4b942c0");
        assertThat(approved.covers()).isEqualTo("default/payments workspace payments_staging execution Qm9v2nTgRZy1dE7uLw3H8g");
        assertThat(approved.kind()).isEqualTo("stage apply_staging");
        assertThat(approved.state()).isEqualTo(AcceptanceState.ACTIVE);
        assertThat(approved.vendorStatus()).isEqualTo("approved");
        assertThat(approved.requestedBy()).isEmpty();
        assertThat(approved.approvedBy()).contains("Sam Okafor");
        assertThat(approved.created()).contains(Instant.ofEpochMilli(1794787200000L));
        assertThat(approved.expires()).isEmpty();
        assertThat(approved.vendorRecord()).isInstanceOf(Approval.class);

        RiskAcceptance unknown = all.get(1);
        assertThat(unknown.vendorStatus()).isEqualTo("on_hold");
        assertThat(unknown.state()).as("an unknown status is never shown in force").isEqualTo(AcceptanceState.PENDING);
    }

    @Test
    void qualysExceptionsMapToAcceptancesByStatusAndActiveFlag() {
        VendorStubs.stubList(wm, AcceptanceVendor.QUALYS, 0);
        List<RiskAcceptance> all;
        try (var qualys = VendorStubs.qualys(wm)) {
            all = new QualysAcceptanceSource(qualys).acceptances().toList();
        }

        wm.verify(1, postRequestedFor(urlPathEqualTo(VendorStubs.QUALYS_PATH))
                .withRequestBody(containing("action=list")).withRequestBody(containing("details=All"))
                .withHeader("X-Requested-With", matching(".+")));
        assertThat(all).hasSize(3);
        RiskAcceptance approved = all.get(0);
        assertThat(approved.vendor()).isEqualTo(AcceptanceVendor.QUALYS);
        assertThat(approved.id()).isEqualTo("289");
        assertThat(approved.covers()).isEqualTo("host 10.10.10.5, control 16832 (policy CIS Windows Server 2022)");
        assertThat(approved.kind()).isEqualTo("URGENT");
        assertThat(approved.state()).isEqualTo(AcceptanceState.ACTIVE);
        assertThat(approved.vendorStatus()).isEqualTo("Approved");
        assertThat(approved.requestedBy()).contains("Robin Roe (robin_r)");
        assertThat(approved.approvedBy()).isEmpty();
        assertThat(approved.created()).contains(Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(approved.expires()).contains(Instant.parse("2026-12-09T00:00:00Z"));
        assertThat(approved.vendorRecord()).isInstanceOf(ComplianceException.class);

        RiskAcceptance pending = all.get(1);
        assertThat(pending.state()).isEqualTo(AcceptanceState.PENDING);
        assertThat(pending.vendorStatus()).isEqualTo("Pending (inactive)");
        assertThat(pending.expires()).as("no expiry until approved").isEmpty();
        assertThat(pending.kind()).isEqualTo("control");

        RiskAcceptance inactive = all.get(2);
        assertThat(inactive.covers()).isEqualTo("host 10.10.10.7, control 6630");
        assertThat(inactive.state()).as("Approved but ACTIVE=0: no longer applied").isEqualTo(AcceptanceState.EXPIRED);
        assertThat(inactive.vendorStatus()).isEqualTo("Approved (inactive)");
        assertThat(inactive.expires()).contains(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(inactive.requestedBy()).isEmpty();
        assertThat(inactive.created()).isEmpty();
    }
}
