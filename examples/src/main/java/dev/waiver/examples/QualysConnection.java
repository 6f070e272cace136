package dev.waiver.examples;

import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.QualysPlatform;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.TestCredentials;
import java.io.PrintStream;
import java.util.Locale;

/** The Qualys client of the examples: the real platform when credentials are set, else the test kit's fake. */
public final class QualysConnection implements AutoCloseable {

    private final QualysClient client;

    private QualysConnection(QualysClient client) {
        this.client = client;
    }

    static QualysConnection open(Connections c, PrintStream out) {
        QualysClient.Builder b = QualysClient.builder();
        if (c.qualysIsReal()) {
            b.username(c.env("WAIVER_QUALYS_USERNAME").orElseThrow()).password(c.env("WAIVER_QUALYS_PASSWORD").orElseThrow());
            String where = c.env("WAIVER_QUALYS_BASE_URL").map(url -> {
                b.baseUrl(url);
                return url;
            }).orElseGet(() -> {
                String name = c.env("WAIVER_QUALYS_PLATFORM").orElseThrow(() -> new IllegalArgumentException(
                        "set WAIVER_QUALYS_PLATFORM (for example US2) or WAIVER_QUALYS_BASE_URL to say where your Qualys account lives"));
                QualysPlatform platform = QualysPlatform.valueOf(name.trim().toUpperCase(Locale.ROOT));
                b.platform(platform);
                return platform.baseUrl();
            });
            out.printf("[Qualys] using Qualys at %s%n", where);
        } else {
            String url = c.embedded().baseUrl(FakeVendor.QUALYS);
            b.username(TestCredentials.QUALYS_USERNAME).password(TestCredentials.QUALYS_PASSWORD).baseUrl(url);
            out.printf("[Qualys] using the test kit's fake at %s%n", url);
        }
        return new QualysConnection(b.build());
    }

    /** @return the client */
    public QualysClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
