package dev.waiver.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import dev.waiver.core.RetryPolicy;
import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.sto.StoClient;
import dev.waiver.testkit.internal.FakeContext;
import dev.waiver.testkit.internal.FakeDispatcher;
import dev.waiver.testkit.internal.Faults;
import dev.waiver.testkit.internal.VendorBackend;
import dev.waiver.testkit.internal.VendorWiring;
import dev.waiver.testkit.internal.har.HarBackend;
import dev.waiver.testkit.internal.iacm.IacmBackend;
import dev.waiver.testkit.internal.qualys.QualysBackend;
import dev.waiver.testkit.internal.sto.StoBackend;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stateful fakes of the four vendor APIs on loopback, for tests of code that uses Waiver's
 * clients. They keep what was created, change it as the vendor would, and answer in the
 * vendors' documented shapes (paging, status casing, timestamp units, error bodies, auth).
 *
 * <pre>{@code
 * try (WaiverFakes fakes = WaiverFakes.start()) {
 *     String id = fakes.stoClient().exemptions().create(...).getId();
 *     fakes.stoClient().exemptions().approve(id);
 * }
 * }</pre>
 *
 * <p>Pre-wired clients carry {@link TestCredentials} and retry as configured (by default the
 * SDK's policy without real waiting). Close to stop the servers and the clients. Thread-safe.
 */
public final class WaiverFakes implements AutoCloseable {

    private static final int CATCH_ALL_PRIORITY = 100;

    private final Set<FakeVendor> vendors;
    private final Instant start;
    private final TestClock clock;
    private final Faults faults;
    private final Map<FakeVendor, VendorBackend> backends;
    private final Map<FakeVendor, WireMockServer> servers;
    private final Map<FakeVendor, Integer> ports = new EnumMap<>(FakeVendor.class);
    private final Map<FakeVendor, VendorFake<?>> fakes = new EnumMap<>(FakeVendor.class);
    private final RetryPolicy retryPolicy;
    private StoClient stoClient;
    private HarClient harClient;
    private IacmClient iacmClient;
    private QualysClient qualysClient;

    private WaiverFakes(Builder b) {
        this.vendors = EnumSet.copyOf(b.vendors);
        this.start = b.start;
        this.clock = b.clock != null ? b.clock : new TestClock(b.start);
        this.faults = new Faults();
        this.retryPolicy = b.retryPolicy;
        FakeContext context = new FakeContext(clock, faults);
        this.backends = new EnumMap<>(FakeVendor.class);
        for (FakeVendor v : vendors) {
            backends.put(v, newBackend(v));
        }
        this.servers = new EnumMap<>(FakeVendor.class);
        try {
            if (b.onePortEach) {
                for (FakeVendor v : vendors) {
                    servers.put(v, startServer(Map.of(v, backends.get(v)), context));
                }
            } else {
                WireMockServer shared = startServer(backends, context);
                vendors.forEach(v -> servers.put(v, shared));
            }
        } catch (RuntimeException e) {
            distinctServers().forEach(WireMockServer::stop);
            throw e;
        }
        servers.forEach((v, s) -> ports.put(v, s.port()));
        for (FakeVendor v : vendors) {
            VendorWiring w = new VendorWiring(v, context, backends.get(v), servers.get(v), baseUrl(v));
            fakes.put(v, newHandle(w));
        }
    }

    /**
     * Starts all four fakes on one loopback port.
     *
     * @return the running fakes
     */
    public static WaiverFakes start() {
        return builder().start();
    }

    /** @return a builder to choose vendors, ports, clock and retry policy */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the STO fake */
    public StoFake sto() {
        return fake(FakeVendor.STO, StoFake.class);
    }

    /** @return the HAR fake */
    public HarFake har() {
        return fake(FakeVendor.HAR, HarFake.class);
    }

    /** @return the IaCM fake */
    public IacmFake iacm() {
        return fake(FakeVendor.IACM, IacmFake.class);
    }

    /** @return the Qualys fake */
    public QualysFake qualys() {
        return fake(FakeVendor.QUALYS, QualysFake.class);
    }

    /**
     * @return an STO client for the fake, with {@link TestCredentials#HARNESS_ORG_ID} and
     *         {@link TestCredentials#HARNESS_PROJECT_ID} as its default scope; closed with the fakes
     */
    public synchronized StoClient stoClient() {
        if (stoClient == null) {
            stoClient = StoClient.builder()
                    .baseUrl(baseUrl(FakeVendor.STO))
                    .apiKey(TestCredentials.HARNESS_API_KEY)
                    .accountId(TestCredentials.HARNESS_ACCOUNT_ID)
                    .orgId(TestCredentials.HARNESS_ORG_ID)
                    .projectId(TestCredentials.HARNESS_PROJECT_ID)
                    .retryPolicy(retryPolicy)
                    .build();
        }
        return stoClient;
    }

    /** @return a HAR client for the fake; closed with the fakes */
    public synchronized HarClient harClient() {
        if (harClient == null) {
            harClient = HarClient.builder()
                    .baseUrl(baseUrl(FakeVendor.HAR))
                    .apiKey(TestCredentials.HARNESS_API_KEY)
                    .accountId(TestCredentials.HARNESS_ACCOUNT_ID)
                    .retryPolicy(retryPolicy)
                    .build();
        }
        return harClient;
    }

    /** @return an IaCM client for the fake; closed with the fakes */
    public synchronized IacmClient iacmClient() {
        if (iacmClient == null) {
            iacmClient = IacmClient.builder()
                    .baseUrl(baseUrl(FakeVendor.IACM))
                    .apiKey(TestCredentials.HARNESS_API_KEY)
                    .accountId(TestCredentials.HARNESS_ACCOUNT_ID)
                    .retryPolicy(retryPolicy)
                    .build();
        }
        return iacmClient;
    }

    /** @return a Qualys client for the fake; closed with the fakes */
    public synchronized QualysClient qualysClient() {
        if (qualysClient == null) {
            qualysClient = QualysClient.builder()
                    .baseUrl(baseUrl(FakeVendor.QUALYS))
                    .username(TestCredentials.QUALYS_USERNAME)
                    .password(TestCredentials.QUALYS_PASSWORD)
                    .retryPolicy(retryPolicy)
                    .build();
        }
        return qualysClient;
    }

    /**
     * @param vendor a started vendor
     * @return the base URL its client uses, for example {@code http://127.0.0.1:51234}
     */
    public String baseUrl(FakeVendor vendor) {
        return "http://127.0.0.1:" + require(vendor, ports.get(vendor));
    }

    /**
     * The WireMock server, for its request journal and {@code verify(...)}; your own stubs on it
     * take precedence over the fakes.
     *
     * @return the server
     * @throws IllegalStateException when the fakes run on one port each (use {@link #wireMock(FakeVendor)})
     */
    public WireMockServer wireMock() {
        List<WireMockServer> distinct = distinctServers();
        if (distinct.size() != 1) {
            throw new IllegalStateException("the fakes run on one port each: use wireMock(FakeVendor)");
        }
        return distinct.get(0);
    }

    /**
     * @param vendor a started vendor
     * @return the WireMock server that serves it
     */
    public WireMockServer wireMock(FakeVendor vendor) {
        return server(vendor);
    }

    /** @return the clock the fakes read; set or advance it from the test */
    public TestClock clock() {
        return clock;
    }

    /** @return the vendors started */
    public Set<FakeVendor> vendors() {
        return EnumSet.copyOf(vendors);
    }

    /**
     * Back to the state right after start: every record forgotten, faults disarmed, the journal
     * and your own stubs cleared, the clock back at its start.
     */
    public void reset() {
        backends.values().forEach(VendorBackend::reset);
        faults.clear("");
        clock.set(start);
        for (WireMockServer s : distinctServers()) {
            s.resetAll();
        }
        for (FakeVendor v : vendors) {
            addCatchAll(server(v), backends.get(v));
        }
    }

    /** Stops the servers and closes the pre-wired clients. */
    @Override
    public synchronized void close() {
        for (AutoCloseable c : new AutoCloseable[] {stoClient, harClient, iacmClient, qualysClient}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing a client releases pooled connections only; nothing to report
                }
            }
        }
        distinctServers().forEach(WireMockServer::stop);
    }

    @Override
    public String toString() {
        return "WaiverFakes" + vendors + " on " + new LinkedHashSet<>(ports.values()).stream().map(p -> "127.0.0.1:" + p).toList();
    }

    private <T extends VendorFake<?>> T fake(FakeVendor vendor, Class<T> type) {
        return type.cast(require(vendor, fakes.get(vendor)));
    }

    private WireMockServer server(FakeVendor vendor) {
        return require(vendor, servers.get(vendor));
    }

    private <T> T require(FakeVendor vendor, T value) {
        if (value == null) {
            throw new IllegalStateException(vendor + " was not started: these fakes run " + vendors
                    + " (see WaiverFakes.builder().only(...))");
        }
        return value;
    }

    private List<WireMockServer> distinctServers() {
        return new ArrayList<>(new LinkedHashSet<>(servers.values()));
    }

    private static WireMockServer startServer(Map<FakeVendor, VendorBackend> backends, FakeContext context) {
        Map<String, VendorBackend> byName = new java.util.HashMap<>();
        backends.forEach((v, b) -> byName.put(v.name(), b));
        WireMockServer server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .jettyAcceptors(1)
                .containerThreads(10)
                .notifier(new ConsoleNotifier(false))
                .extensions(new FakeDispatcher(byName, context)));
        server.start();
        backends.forEach((v, b) -> addCatchAll(server, b));
        return server;
    }

    private static void addCatchAll(WireMockServer server, VendorBackend backend) {
        for (String prefix : backend.pathPrefixes()) {
            server.stubFor(any(urlPathMatching(Pattern.quote(prefix) + ".*"))
                    .atPriority(CATCH_ALL_PRIORITY)
                    .willReturn(aResponse()
                            .withTransformers(FakeDispatcher.NAME)
                            .withTransformerParameter(FakeDispatcher.VENDOR_PARAMETER, backend.vendor().name())));
        }
    }

    private static VendorBackend newBackend(FakeVendor vendor) {
        switch (vendor) {
            case STO:
                return new StoBackend();
            case HAR:
                return new HarBackend();
            case IACM:
                return new IacmBackend();
            default:
                return new QualysBackend();
        }
    }

    private static VendorFake<?> newHandle(VendorWiring wiring) {
        switch (wiring.vendor()) {
            case STO:
                return new StoFake(wiring);
            case HAR:
                return new HarFake(wiring);
            case IACM:
                return new IacmFake(wiring);
            default:
                return new QualysFake(wiring);
        }
    }

    /** Chooses what {@link WaiverFakes} starts. */
    public static final class Builder {

        private final Set<FakeVendor> vendors = EnumSet.allOf(FakeVendor.class);
        private boolean onePortEach;
        private Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        private TestClock clock;
        private RetryPolicy retryPolicy = RetryPolicy.defaults().toBuilder().sleeper(d -> { }).build();

        private Builder() {
        }

        /**
         * Starts only these vendors (the others' accessors throw {@link IllegalStateException}).
         *
         * @param vendors at least one vendor
         * @return this builder
         */
        public Builder only(FakeVendor... vendors) {
            if (vendors.length == 0) {
                throw new IllegalArgumentException("only(...) needs at least one vendor");
            }
            this.vendors.clear();
            this.vendors.addAll(Arrays.asList(vendors));
            return this;
        }

        /**
         * Serves each vendor on its own port (default: all on one).
         *
         * @return this builder
         */
        public Builder onePortEach() {
            this.onePortEach = true;
            return this;
        }

        /**
         * Starts the fakes' clock at the given instant (default: now, truncated to seconds). The
         * clock stands still until the test moves it.
         *
         * @param start the start instant
         * @return this builder
         */
        public Builder clock(Instant start) {
            this.start = Objects.requireNonNull(start, "start");
            this.clock = null;
            return this;
        }

        /**
         * Uses the given clock (shared with the test's own code, say); {@link WaiverFakes#reset()}
         * sets it back to the instant it shows now.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(TestClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            this.start = clock.instant();
            return this;
        }

        /**
         * The retry policy of the pre-wired clients (default: the SDK's defaults without real
         * waiting, so a test of a retry takes no time).
         *
         * @param retryPolicy the policy, for example {@link RetryPolicy#none()}
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** @return the running fakes */
        public WaiverFakes start() {
            return new WaiverFakes(this);
        }
    }
}
