package dev.waiver.harness;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One {@code withOptions} on the Harness client reaches all three APIs, each the way it takes an account. */
class WithOptionsTest extends HarnessTestSupport {

    private static final String TENANT = "tenantAccount000000002";
    private static final String TENANT_KEY = "pat.tenantAccount000000002.0123456789abcdef.tenantsecret";

    @Test
    void aViewCarriesTheOptionsToStoHarAndIacm() {
        stubOneCallOfEach();
        try (HarnessClient harness = client().build()) {
            HarnessClient tenant = harness.withOptions(o -> o.accountId(TENANT).apiKey(TENANT_KEY)
                    .header("X-Correlation-Id", "corr-1"));
            assertThat(tenant.accountId()).isEqualTo(TENANT);
            assertThat(tenant.sto().accountId()).isEqualTo(TENANT);
            assertThat(tenant.toString()).doesNotContain(TENANT_KEY);
            callEach(tenant);
            tenant.close(); // a view: the shared pool stays open
            callEach(harness);
            assertThat(harness.accountId()).isEqualTo(ACCOUNT);
        }

        List<LoggedRequest> sent = wm.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).hasSize(6);
        for (LoggedRequest r : sent.subList(0, 3)) {
            assertThat(r.getHeader("x-api-key")).isEqualTo(TENANT_KEY);
            assertThat(r.getHeader("X-Correlation-Id")).isEqualTo("corr-1");
        }
        assertThat(sent.get(0).queryParameter("accountId").values()).containsExactly(TENANT);
        assertThat(sent.get(1).queryParameter("account_identifier").values()).containsExactly(TENANT);
        assertThat(sent.get(2).getHeader("Harness-Account")).isEqualTo(TENANT);
        for (LoggedRequest r : sent.subList(3, 6)) {
            assertThat(r.getHeader("x-api-key")).isEqualTo(API_KEY);
            assertThat(r.containsHeader("X-Correlation-Id")).isFalse();
        }
        assertThat(sent.get(3).queryParameter("accountId").values()).containsExactly(ACCOUNT);
        assertThat(sent.get(4).queryParameter("account_identifier").values()).containsExactly(ACCOUNT);
        assertThat(sent.get(5).getHeader("Harness-Account")).isEqualTo(ACCOUNT);
    }

    @Test
    void anIacmAccountLongerThanIacmAllowsIsRefusedBeforeAnyCall() {
        try (HarnessClient harness = client().build()) {
            String tooLong = "a".repeat(129);
            assertThatThrownBy(() -> harness.withOptions(o -> o.accountId(tooLong)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("HarnessCallOptions.accountId");
        }
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
