package dev.waiver.cli;

import dev.waiver.acceptances.AcceptanceReader;
import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.ReadProgress;
import dev.waiver.acceptances.RegisterSnapshot;
import dev.waiver.cli.render.OutputFormat;
import dev.waiver.cli.render.RegisterRenderer;
import dev.waiver.cli.render.RegisterView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code waiver risk-register}: every active risk acceptance across the configured vendors, by expiry. */
@Command(name = "risk-register", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Every active risk acceptance across Harness STO, HAR, IaCM and Qualys,",
            "soonest expiry first, read from all configured vendors at once. Read-only.",
            "Credentials and endpoints come from the environment only:",
            "  STO, HAR, IaCM: WAIVER_HARNESS_API_KEY, WAIVER_HARNESS_ACCOUNT_ID (optional",
            "    WAIVER_HARNESS_BASE_URL, WAIVER_HARNESS_ORG_ID, WAIVER_HARNESS_PROJECT_ID)",
            "  Qualys: WAIVER_QUALYS_USERNAME, WAIVER_QUALYS_PASSWORD, and",
            "    WAIVER_QUALYS_PLATFORM or WAIVER_QUALYS_BASE_URL",
            "Only configured vendors are read. A vendor that fails is named on stderr;",
            "the others are still printed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the register was printed and every vendor read",
            "2:usage error (bad option, or a vendor asked for but not configured); nothing read",
            "3:with --fail-on-expiring: something expires within --days or expired while still active",
            "4:at least one vendor failed (the others printed; vendor, HTTP status, vendor code and request id on stderr)"})
final class RiskRegisterCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--vendors", split = ",", paramLabel = "VENDOR",
            description = "Vendors to read, comma-separated: sto, har, iacm, qualys (default: every configured one).")
    private List<String> vendors;

    @Option(names = "--days", paramLabel = "N", defaultValue = "30",
            description = "Flag acceptances expiring within N days (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json, markdown or html (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the register to FILE instead of stdout.")
    private Path output;

    @Option(names = "--fail-on-expiring", description = "Exit 3 when something expires within --days or expired while active.")
    private boolean failOnExpiring;

    @Option(names = "--demo", description = "Read seeded offline stand-ins of the vendors instead of the real ones (says so on stderr).")
    private boolean demo;

    private final CliContext context;

    /** @param context the environment, streams, clock and demo of this run */
    RiskRegisterCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (days < 0) {
            throw usage("--days must be 0 or more, was " + days);
        }
        OutputFormat outputFormat = format();
        RegisterRenderer renderer;
        try {
            renderer = outputFormat.renderer();
        } catch (UnsupportedOperationException e) {
            throw usage("--format " + e.getMessage());
        }
        Set<AcceptanceVendor> selected = selectedVendors();
        RegisterSnapshot snapshot;
        try (OpenSources sources = open(selected)) {
            ReadProgress progress = context.terminal() ? new TerminalProgress(context.err()) : ReadProgress.NONE;
            snapshot = new AcceptanceReader(sources.sources(), context.clock(), progress).read();
        }
        RegisterView view = new RegisterView(snapshot, context.clock().instant(), days);
        write(renderer, view);
        snapshot.failures().forEach(f -> context.err().println(FailureReport.line(f)));
        if (!snapshot.failures().isEmpty()) {
            return ExitCodes.VENDOR_FAILED;
        }
        return failOnExpiring && view.needsAttention() ? ExitCodes.EXPIRING : ExitCodes.OK;
    }

    private OutputFormat format() {
        try {
            return OutputFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("--format must be table, csv, json, markdown or html, was '" + format + "'");
        }
    }

    private Set<AcceptanceVendor> selectedVendors() {
        Set<AcceptanceVendor> asked = EnumSet.noneOf(AcceptanceVendor.class);
        if (vendors != null) {
            for (String name : vendors) {
                asked.add(vendor(name));
            }
        }
        if (demo) {
            return asked.isEmpty() ? EnumSet.allOf(AcceptanceVendor.class) : asked;
        }
        VendorEnvironment env = new VendorEnvironment(context.env());
        Set<AcceptanceVendor> configured = env.configured();
        if (asked.isEmpty()) {
            if (configured.isEmpty()) {
                throw usage("no vendor is configured: set WAIVER_HARNESS_API_KEY and WAIVER_HARNESS_ACCOUNT_ID (STO, HAR, IaCM)"
                        + " and/or WAIVER_QUALYS_USERNAME, WAIVER_QUALYS_PASSWORD and WAIVER_QUALYS_PLATFORM or"
                        + " WAIVER_QUALYS_BASE_URL (Qualys), or try --demo");
            }
            return configured;
        }
        Set<AcceptanceVendor> missing = EnumSet.copyOf(asked);
        missing.removeAll(configured);
        if (!missing.isEmpty()) {
            throw usage("--vendors " + env.notConfiguredMessage(missing));
        }
        return asked;
    }

    private AcceptanceVendor vendor(String name) {
        for (AcceptanceVendor v : AcceptanceVendor.values()) {
            if (v.key().equalsIgnoreCase(name.trim())) {
                return v;
            }
        }
        throw usage("--vendors takes sto, har, iacm, qualys; got '" + name + "'");
    }

    private OpenSources open(Set<AcceptanceVendor> selected) {
        if (demo) {
            context.err().println("waiver: --demo: reading seeded offline stand-ins of " + names(selected)
                    + ", not the real vendors");
            return context.demo().open(selected, context.clock());
        }
        try {
            return new VendorEnvironment(context.env()).open(selected);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private static String names(Set<AcceptanceVendor> vendors) {
        return String.join(", ", vendors.stream().map(AcceptanceVendor::displayName).toList());
    }

    private void write(RegisterRenderer renderer, RegisterView view) throws IOException {
        if (output == null) {
            Writer out = new OutputStreamWriter(new NonClosing(context.out()), StandardCharsets.UTF_8);
            renderer.render(view, out);
            out.flush();
            return;
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            renderer.render(view, out);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Standard output stays open for whoever owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
