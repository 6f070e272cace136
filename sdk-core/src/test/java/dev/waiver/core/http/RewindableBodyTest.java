package dev.waiver.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link TransportResponse#rewindableBody(int)} over a real connection: read, rewound and read
 * again from the start within the limit; past the limit read to the end, then refusing to rewind.
 */
class RewindableBodyTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final TransportRequest GET_BODY =
            TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/body").build();

    private static String body(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; b.length() < length; i++) {
            b.append("<n>").append(i).append("</n>\n");
        }
        return b.substring(0, length);
    }

    private static String readAll(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyWithinTheLimitIsReadAgainFromItsStartAfterReset() {
        String body = body(30_000); // several of OkHttp's 8 kB segments
        wm.stubFor(get(urlPathEqualTo("/body")).willReturn(aResponse().withStatus(200).withBody(body)));

        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            String[] reads = t.execute(GET_BODY, response -> {
                try (InputStream in = response.rewindableBody(64 * 1024)) {
                    assertThat(in.markSupported()).isTrue();
                    in.mark(64 * 1024);
                    byte[] start = in.readNBytes(10_000);
                    in.reset();
                    String whole = readAll(in, 4000);
                    in.reset();
                    String again = readAll(in, 1);
                    assertThat(in.read()).isEqualTo(-1);
                    return new String[] {new String(start, StandardCharsets.UTF_8), whole, again};
                }
            });
            assertThat(reads[0]).isEqualTo(body.substring(0, 10_000));
            assertThat(reads[1]).isEqualTo(body);
            assertThat(reads[2]).isEqualTo(body);
        }
    }

    @Test
    void aBodyPastTheLimitIsReadToItsEndButNotRewound() {
        String body = body(100_000);
        wm.stubFor(get(urlPathEqualTo("/body")).willReturn(aResponse().withStatus(200).withBody(body)
                .withChunkedDribbleDelay(5, 20))); // arrives in pieces

        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            String read = t.execute(GET_BODY, response -> {
                try (InputStream in = response.rewindableBody(1000)) {
                    String whole = readAll(in, 4000);
                    assertThatThrownBy(in::reset).isInstanceOf(IOException.class)
                            .hasMessage("read past the first 1000 bytes");
                    return whole;
                }
            });
            assertThat(read).isEqualTo(body);
        }
    }

    @Test
    void aClosedBodyIsNotRewound() {
        wm.stubFor(get(urlPathEqualTo("/body")).willReturn(aResponse().withStatus(200).withBody("<a/>")));

        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            t.execute(GET_BODY, response -> {
                InputStream in = response.rewindableBody(1000);
                assertThat(readAll(in, 2)).isEqualTo("<a/>");
                in.close();
                assertThatThrownBy(in::reset).isInstanceOf(IOException.class).hasMessage("closed");
                assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("closed");
                return null;
            });
        }
    }
}
