package dev.waiver.examples;

import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.sto.StoClient;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Which endpoint each vendor's example talks to, and the clients for them.
 *
 * <p>By default every vendor is served by the test kit's fakes, seeded by {@link ExampleData}. When
 * {@code WAIVER_HARNESS_API_KEY} and {@code WAIVER_HARNESS_ACCOUNT_ID} are set (optionally
 * {@code WAIVER_HARNESS_BASE_URL}, {@code WAIVER_HARNESS_ORG_ID}, {@code WAIVER_HARNESS_PROJECT_ID}),
 * STO, HAR and IaCM go to Harness; when {@code WAIVER_QUALYS_USERNAME} and
 * {@code WAIVER_QUALYS_PASSWORD} are set (with {@code WAIVER_QUALYS_PLATFORM} or
 * {@code WAIVER_QUALYS_BASE_URL}), Qualys is called for real. Clients are made on first use and
 * closed with this object.
 */
public final class Connections implements AutoCloseable {

    /** The embedded organisation. */
    public static final String EMBEDDED_ORG = ExampleData.ORG;
    /** The embedded project. */
    public static final String EMBEDDED_PROJECT = ExampleData.PROJECT;

    private final Map<String, String> env;
    private final PrintStream out;
    private WaiverFakes embedded;
    private StoClient sto;
    private HarClient har;
    private IacmClient iacm;
    private QualysConnection qualys;

    /**
     * @param env the environment to read (normally {@link System#getenv()})
     * @param out where to say which endpoint each vendor uses (standard error in the programs)
     */
    public Connections(Map<String, String> env, PrintStream out) {
        this.env = Map.copyOf(env);
        this.out = out;
    }

    /** @return whether the Harness vendors are called for real */
    public boolean harnessIsReal() {
        return has("WAIVER_HARNESS_API_KEY") && has("WAIVER_HARNESS_ACCOUNT_ID");
    }

    /** @return whether Qualys is called for real */
    public boolean qualysIsReal() {
        return has("WAIVER_QUALYS_USERNAME") && has("WAIVER_QUALYS_PASSWORD");
    }

    /**
     * @param name an environment variable
     * @return its value, if set and not blank
     */
    public Optional<String> env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** @return the organisation the Harness examples work in */
    public String org() {
        return harnessIsReal() ? env("WAIVER_HARNESS_ORG_ID").orElse("default") : EMBEDDED_ORG;
    }

    /** @return the project the Harness examples work in */
    public String project() {
        return harnessIsReal() ? env("WAIVER_HARNESS_PROJECT_ID").orElse("default_project") : EMBEDDED_PROJECT;
    }

    /** @return the STO client */
    public synchronized StoClient sto() {
        if (sto == null) {
            StoClient.Builder b = StoClient.builder().orgId(org()).projectId(project());
            harness("STO", b::apiKey, b::accountId, b::baseUrl);
            sto = b.build();
        }
        return sto;
    }

    /** @return the HAR client */
    public synchronized HarClient har() {
        if (har == null) {
            HarClient.Builder b = HarClient.builder();
            harness("HAR", b::apiKey, b::accountId, b::baseUrl);
            har = b.build();
        }
        return har;
    }

    /** @return the IaCM client */
    public synchronized IacmClient iacm() {
        if (iacm == null) {
            IacmClient.Builder b = IacmClient.builder();
            harness("IaCM", b::apiKey, b::accountId, b::baseUrl);
            iacm = b.build();
        }
        return iacm;
    }

    /** @return the Qualys client and where it points */
    public synchronized QualysConnection qualys() {
        if (qualys == null) {
            qualys = QualysConnection.open(this, out);
        }
        return qualys;
    }

    /** @return the fakes, started and seeded on first use */
    synchronized WaiverFakes embedded() {
        if (embedded == null) {
            embedded = ExampleData.start();
        }
        return embedded;
    }

    /** Configures a Harness builder for the real service or the embedded one; says which. */
    private void harness(String vendor, java.util.function.Consumer<String> apiKey,
                            java.util.function.Consumer<String> accountId, java.util.function.Consumer<String> baseUrl) {
        if (harnessIsReal()) {
            apiKey.accept(env.get("WAIVER_HARNESS_API_KEY"));
            accountId.accept(env.get("WAIVER_HARNESS_ACCOUNT_ID"));
            env("WAIVER_HARNESS_BASE_URL").ifPresent(baseUrl);
            out.printf("[%s] using Harness at %s%n", vendor, env("WAIVER_HARNESS_BASE_URL").orElse("https://app.harness.io"));
            return;
        }
        String url = embedded().baseUrl(FakeVendor.STO);
        apiKey.accept(TestCredentials.HARNESS_API_KEY);
        accountId.accept(TestCredentials.HARNESS_ACCOUNT_ID);
        baseUrl.accept(url);
        out.printf("[%s] using the test kit's fake at %s%n", vendor, url);
    }

    private boolean has(String name) {
        return env(name).isPresent();
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable c : new AutoCloseable[] {sto, har, iacm, qualys, embedded}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    out.println("warning: could not close " + c.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }
}
