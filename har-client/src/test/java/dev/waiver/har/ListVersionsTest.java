package dev.waiver.har;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.PagedIterable;
import org.junit.jupiter.api.Test;

class ListVersionsTest extends HarTestSupport {

    private static final String PATH = "/har/api/v3/scans/versions";

    @Test
    void walksTheVersionPages() {
        wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("0"))
                .willReturn(json(200, fixture("versions-page-0.json"))));
        wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("1"))
                .willReturn(json(200, fixture("versions-page-1.json"))));

        PagedIterable<String> versions = har.firewallExceptions().listVersions(r -> r
                .registryId(REGISTRY_ID).packageName("@scope/lodash").size(3));
        wm.verify(0, anyRequestedFor(anyUrl()));

        assertThat(versions.stream().toList()).containsExactly("4.17.21", "4.17.20", "4.17.19", "4.17.18");
        wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(requests()).extracting(r -> r.getUrl()).containsExactly(
                PATH + "?registry_id=" + REGISTRY_ID + "&package_name=%40scope%2Flodash&page=0&size=3&account_identifier=" + ACCOUNT,
                PATH + "?registry_id=" + REGISTRY_ID + "&package_name=%40scope%2Flodash&page=1&size=3&account_identifier=" + ACCOUNT);
        requests().forEach(HarTestSupport::assertAuthenticated);
    }

    @Test
    void startsAtTheRequestedPageWithTheVendorsDefaultSize() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, fixture("versions-page-1.json"))));

        assertThat(har.firewallExceptions().listVersions(ListFirewallExceptionVersionsRequest.builder()
                .registryId("npm-upstream").packageName("lodash").startPage(1).build())).containsExactly("4.17.18");
        assertThat(onlyRequest().getUrl()).isEqualTo(
                PATH + "?registry_id=npm-upstream&package_name=lodash&page=1&account_identifier=" + ACCOUNT);
    }

    @Test
    void sendsNeitherRegistryNorPackageWhenNotGiven() {
        // Harness' description declares registry_id and package_name optional: the SDK requires neither.
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, fixture("versions-page-1.json"))));

        assertThat(har.firewallExceptions().listVersions(r -> { })).containsExactly("4.17.18");
        assertThat(har.firewallExceptions().listVersions(r -> r.packageName("lodash"))).containsExactly("4.17.18");
        assertThat(requests()).extracting(r -> r.getUrl()).containsExactly(
                PATH + "?page=0&account_identifier=" + ACCOUNT,
                PATH + "?package_name=lodash&page=0&account_identifier=" + ACCOUNT);
        requests().forEach(HarTestSupport::assertAuthenticated);
    }

    @Test
    void validatesBeforeSending() {
        FirewallExceptions fe = har.firewallExceptions();
        assertThatThrownBy(() -> fe.listVersions(r -> r.registryId(REGISTRY_ID).packageName("x").size(1000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ListFirewallExceptionVersionsRequest.size must be between 1 and 100, was 1000");
        assertThatThrownBy(() -> fe.listVersions(r -> r.startPage(-3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ListFirewallExceptionVersionsRequest.startPage must be at least 0 (pages are numbered from 0), was -3");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void requestExposesItsFields() {
        ListFirewallExceptionVersionsRequest r = ListFirewallExceptionVersionsRequest.builder().registryId("r")
                .packageName("p").startPage(4).size(7).build();
        assertThat(r.registryId()).contains("r");
        assertThat(r.packageName()).contains("p");
        assertThat(ListFirewallExceptionVersionsRequest.builder().build().registryId()).isEmpty();
        assertThat(ListFirewallExceptionVersionsRequest.builder().build().packageName()).isEmpty();
        assertThat(r.startPage()).isEqualTo(4);
        assertThat(r.size()).hasValue(7);
    }
}
