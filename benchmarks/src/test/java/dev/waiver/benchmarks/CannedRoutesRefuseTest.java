package dev.waiver.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.benchmarks.support.Credentials;
import dev.waiver.benchmarks.support.Rig;
import dev.waiver.benchmarks.support.VendorAnswers;
import dev.waiver.core.AuthenticationException;
import dev.waiver.sto.StoClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The canned routes refuse any request a contender got wrong, in both settings, so skipping work
 * (credentials, the body) fails the benchmark instead of making it look fast.
 */
class CannedRoutesRefuseTest {

    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (Credentials.QUALYS_USER + ":" + Credentials.QUALYS_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final MediaType JSON = MediaType.get("application/json");
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void harnessCallsWithoutTheKeyOrWithAnotherBodyAreRefused(Rig.Setting setting) throws IOException {
        try (Rig rig = new Rig(setting)) {
            HttpUrl sto = HttpUrl.get(rig.baseUrl() + VendorAnswers.STO_EXEMPTION + "?accountId="
                    + Credentials.HARNESS_ACCOUNT + "&orgId=" + Credentials.ORG + "&projectId=" + Credentials.PROJECT);
            assertThat(status(rig, new Request.Builder().url(sto).header("x-api-key", Credentials.HARNESS_API_KEY)))
                    .isEqualTo(200);
            assertThat(status(rig, new Request.Builder().url(sto))).isEqualTo(401);
            assertThat(status(rig, new Request.Builder().url(sto).header("x-api-key", "pat.other"))).isEqualTo(401);
            assertThat(status(rig, new Request.Builder().url(sto.newBuilder().removeAllQueryParameters("orgId").build())
                    .header("x-api-key", Credentials.HARNESS_API_KEY))).isEqualTo(400);

            HttpUrl har = HttpUrl.get(rig.baseUrl() + VendorAnswers.HAR_EXCEPTION + "?account_identifier="
                    + Credentials.HARNESS_ACCOUNT);
            String body = VendorAnswers.HAR_UPDATE_JSON;
            assertThat(status(rig, new Request.Builder().url(har).header("x-api-key", Credentials.HARNESS_API_KEY)
                    .put(RequestBody.create(body, JSON)))).isEqualTo(200);
            assertThat(status(rig, new Request.Builder().url(har).header("x-api-key", Credentials.HARNESS_API_KEY)
                    .put(RequestBody.create(body.replace("30", "31"), JSON)))).isEqualTo(400);
            assertThat(status(rig, new Request.Builder().url(har).header("x-api-key", Credentials.HARNESS_API_KEY)
                    .put(RequestBody.create(body, MediaType.get("text/plain"))))).isEqualTo(400);
            assertThat(status(rig, new Request.Builder().url(har).put(RequestBody.create(body, JSON)))).isEqualTo(401);
            assertThat(status(rig, new Request.Builder().url(har).header("x-api-key", Credentials.HARNESS_API_KEY)))
                    .isEqualTo(405);
        }
    }

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void qualysRequestsWithoutCredentialsOrWithAnotherFormAreRefused(Rig.Setting setting) throws IOException {
        try (Rig rig = new Rig(setting)) {
            HttpUrl url = HttpUrl.get(rig.baseUrl() + VendorAnswers.QUALYS_EXCEPTIONS);
            String form = VendorAnswers.QUALYS_REQUEST_FORM;
            assertThat(status(rig, new Request.Builder().url(url).header("Authorization", BASIC)
                    .header("X-Requested-With", "test").post(RequestBody.create(form, FORM)))).isEqualTo(200);
            assertThat(status(rig, new Request.Builder().url(url).header("Authorization", BASIC)
                    .post(RequestBody.create(form, FORM)))).isEqualTo(401);
            assertThat(status(rig, new Request.Builder().url(url).header("X-Requested-With", "test")
                    .post(RequestBody.create(form, FORM)))).isEqualTo(401);
            assertThat(status(rig, new Request.Builder().url(url).header("Authorization", BASIC)
                    .header("X-Requested-With", "test")
                    .post(RequestBody.create(form.replace("assignee_id=996765&", ""), FORM)))).isEqualTo(400);
            assertThat(status(rig, new Request.Builder().url(url.newBuilder().addQueryParameter("action", "request").build())
                    .header("Authorization", BASIC).header("X-Requested-With", "test")
                    .post(RequestBody.create(form, FORM)))).isEqualTo(400);
        }
    }

    @ParameterizedTest
    @EnumSource(Rig.Setting.class)
    void aWaiverClientWithTheWrongKeyFailsWithItsTypedError(Rig.Setting setting) {
        try (Rig rig = new Rig(setting);
             StoClient sto = StoClient.builder().baseUrl(rig.baseUrl()).okHttpClient(rig.okHttp())
                     .apiKey("pat.wrong.key").accountId(Credentials.HARNESS_ACCOUNT)
                     .orgId(Credentials.ORG).projectId(Credentials.PROJECT).build()) {
            assertThatThrownBy(() -> sto.exemptions().get(Credentials.STO_EXEMPTION_ID))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(rig.requestCount()).isEqualTo(1);
        }
    }

    private static int status(Rig rig, Request.Builder request) throws IOException {
        try (Response response = rig.okHttp().newCall(request.build()).execute()) {
            response.body().bytes();
            return response.code();
        }
    }
}
