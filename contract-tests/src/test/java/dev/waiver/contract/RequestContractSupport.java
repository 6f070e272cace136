package dev.waiver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives a real client against WireMock on loopback, then validates every request WireMock
 * received against a Harness description.
 */
abstract class RequestContractSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    /** @return the description the requests are validated against */
    abstract HarnessApi api();

    @BeforeEach
    void needsTheDescriptions() {
        HarnessDescriptions.assumePresent();
    }

    /**
     * Answers every request with the given answer.
     *
     * @param answer the answer
     */
    static void answerAll(ResponseDefinitionBuilder answer) {
        wm.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(answer));
    }

    /**
     * @param module a client module, e.g. {@code sto-client}
     * @param resource the fixture's path under the module's {@code src/test/resources}
     * @return the fixture's text
     */
    static String fixture(String module, String resource) {
        Path file = HarnessDescriptions.projectRoot().resolve(module).resolve("src/test/resources").resolve(resource);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("no fixture " + file, e);
        }
    }

    /**
     * Asserts that the client sent at least one request, all to the given operation, and that each
     * conforms to the description; the failure lists every violation.
     *
     * @param method the operation's method
     * @param template the operation's path template, as the description writes it
     */
    void assertSentConform(String method, String template) {
        assertSentConform(method, template, AllowList.forOperation(api(), method, template));
    }

    /**
     * As {@link #assertSentConform(String, String)}, with the given allowed parts instead of the allow-list's.
     *
     * @param method the operation's method
     * @param template the operation's path template, as the description writes it
     * @param allowed the parts taken out before validating
     */
    void assertSentConform(String method, String template, List<AllowedExtra> allowed) {
        List<ServeEvent> events = wm.getAllServeEvents();
        assertThat(events).as("requests sent for %s %s", method, template).isNotEmpty();
        List<String> violations = new ArrayList<>();
        for (ServeEvent e : events) {
            violations.addAll(WireContract.requestViolations(api(), method, template, e.getRequest(), allowed));
        }
        assertThat(violations)
                .as("%d violation(s) of %s by requests for %s %s:%n  %s", violations.size(), api().fileName(), method,
                        template, String.join("\n  ", violations))
                .isEmpty();
    }
}
