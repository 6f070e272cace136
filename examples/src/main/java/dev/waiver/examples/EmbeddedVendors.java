package dev.waiver.examples;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WireMock server on loopback that stands in for all four vendors, loaded with realistic data
 * from {@code src/main/resources/embedded} (several pages of STO exemptions, HAR firewall
 * exceptions and IaCM approvals, a Qualys list in truncated batches). Dates are computed relative
 * to today by response templates, so "expiring soon" stays true whenever the examples run.
 */
public final class EmbeddedVendors implements AutoCloseable {

    private static final Pattern QUALYS_ACTION = Pattern.compile("(?:^|&)action=([a-z]+)");

    private final WireMockServer server;

    private EmbeddedVendors(WireMockServer server) {
        this.server = server;
    }

    /**
     * Starts the server on a free loopback port.
     *
     * @return the running server
     */
    public static EmbeddedVendors start() {
        WireMockServer server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .jettyAcceptors(1)
                .containerThreads(8)
                .usingFilesUnderClasspath("embedded")
                .globalTemplating(true)
                .notifier(new Slf4jNotifier(false)));
        server.start();
        return new EmbeddedVendors(server);
    }

    /** @return the server's base URL, for every client's {@code baseUrl(...)} */
    public String baseUrl() {
        return server.baseUrl();
    }

    /**
     * What the server was asked, oldest first: method and path, plus the {@code action} of a
     * Qualys form post (for example {@code POST /api/3.0/fo/compliance/exception/ action=list}).
     *
     * @return one line per request
     */
    public List<String> requests() {
        List<String> lines = new ArrayList<>();
        for (ServeEvent e : server.getAllServeEvents()) {
            String body = e.getRequest().getBodyAsString();
            Matcher action = QUALYS_ACTION.matcher(body == null ? "" : body);
            lines.add(e.getRequest().getMethod() + " " + e.getRequest().getUrl().replaceAll("\\?.*", "")
                    + (action.find() ? " action=" + action.group(1) : ""));
        }
        Collections.reverse(lines);
        return lines;
    }

    @Override
    public void close() {
        server.stop();
    }
}
