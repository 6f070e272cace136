package dev.waiver.harness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class SharedHttpClientTest {

    @Test
    void anOwnedClientIsShutDownOnceWithTheDefaultTimeouts() {
        SharedHttpClient shared = SharedHttpClient.over(null);
        OkHttpClient client = shared.client();
        assertThat(shared.owned()).isTrue();
        assertThat(client.connectTimeoutMillis()).isEqualTo(Duration.ofSeconds(10).toMillis());
        assertThat(client.readTimeoutMillis()).isEqualTo(Duration.ofSeconds(30).toMillis());
        assertThat(client.writeTimeoutMillis()).isEqualTo(Duration.ofSeconds(30).toMillis());

        assertThat(shared.shutDown()).isTrue();
        assertThat(client.dispatcher().executorService().isShutdown()).isTrue();
        assertThat(shared.shutDown()).isFalse();
        shared.close();
    }

    @Test
    void aSuppliedClientIsSharedAndNeverShutDown() {
        OkHttpClient mine = new OkHttpClient();
        SharedHttpClient shared = SharedHttpClient.over(mine);

        assertThat(shared.client()).isSameAs(mine);
        assertThat(shared.owned()).isFalse();
        assertThat(shared.shutDown()).isFalse();
        shared.close();
        assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
        mine.dispatcher().executorService().shutdown();
    }
}
