package dev.waiver.examples;

import dev.waiver.acceptances.AcceptanceSource;
import dev.waiver.acceptances.HarAcceptanceSource;
import dev.waiver.acceptances.IacmAcceptanceSource;
import dev.waiver.acceptances.QualysAcceptanceSource;
import dev.waiver.acceptances.StoAcceptanceSource;
import dev.waiver.cli.WaiverCli;
import dev.waiver.core.WaiverException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the Waiver examples: {@code all} (the default: every walk-through, then the risk register),
 * {@code sto}, {@code har}, {@code iacm}, {@code qualys}, or {@code risk-register [options]}.
 *
 * <p>The walk-throughs run offline by default against the test kit's fakes (seeded by
 * {@link ExampleData}); see
 * {@link Connections} for the environment variables that point a vendor at the real service.
 * Against a real service the write walk-throughs need ids from your account, named in the message
 * they print when one is missing. The risk register is the {@code waiver risk-register} command of
 * the {@code cli} module, run in this process with the same options: it reads only the vendors the
 * environment configures, and when none is configured the examples add {@code --demo} on their own
 * fakes (announced on standard error), so it shows what the walk-throughs did. Results go to standard output; which
 * endpoint each vendor uses, progress and errors go to standard error, so the register's CSV or
 * JSON can be piped.
 */
public final class Examples {

    /** Exit code for a usage error. */
    public static final int EXIT_USAGE = 2;
    /** Exit code when a vendor call failed. */
    public static final int EXIT_FAILED = 1;

    private Examples() {
    }

    /**
     * @param args the command and its options
     */
    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.getenv(), Clock.systemUTC(), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs a command.
     *
     * @param args  the command and its options
     * @param env   the environment
     * @param clock what "now" is, for the risk register
     * @param out   where results go
     * @param err   where errors and progress go
     * @return the exit code
     */
    public static int run(List<String> args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "all" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try (Connections c = new Connections(env, err)) {
            return switch (command) {
                case "all" -> {
                    sto(c, out);
                    har(c, out);
                    iacm(c, out);
                    qualys(c, out);
                    out.println();
                    out.println("Risk register (read-only, every active risk acceptance, expiring within 30 days flagged):");
                    out.flush();
                    yield riskRegister(rest, c, env, clock, out, err);
                }
                case "sto" -> sto(c, out);
                case "har" -> har(c, out);
                case "iacm" -> iacm(c, out);
                case "qualys" -> qualys(c, out);
                case "risk-register" -> riskRegister(rest, c, env, clock, out, err);
                case "help", "--help", "-h" -> usage(out, 0);
                default -> usage(err, EXIT_USAGE);
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return EXIT_USAGE;
        } catch (WaiverException e) {
            err.println("error: a vendor call failed: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private static int usage(PrintStream to, int code) {
        to.println("usage: examples [all | sto | har | iacm | qualys | risk-register [options of "
                + "'java -jar cli/target/waiver.jar risk-register --help']]");
        return code;
    }

    /**
     * The {@code waiver risk-register} command. When the environment configures no vendor, it runs
     * with {@code --demo} on the examples' own fakes (so the register shows what the walk-throughs
     * did) and says so on standard error; otherwise it reads only the configured vendors, never a
     * stand-in.
     */
    private static int riskRegister(List<String> options, Connections c, Map<String, String> env, Clock clock,
                                    PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(List.of("risk-register"));
        args.addAll(options);
        if (c.harnessIsReal() || c.qualysIsReal()) {
            return WaiverCli.execute(args, env, clock, out, err);
        }
        if (!options.contains("--demo")) {
            args.add("--demo");
        }
        List<AcceptanceSource> fakes = List.of(new StoAcceptanceSource(c.sto()), new HarAcceptanceSource(c.har()),
                new IacmAcceptanceSource(c.iacm(), c.org(), c.project()), new QualysAcceptanceSource(c.qualys().client()));
        return WaiverCli.execute(args, env, clock, out, err, fakes);
    }

    private static int sto(Connections c, PrintStream out) {
        StoWalkthrough.Inputs inputs = c.harnessIsReal()
                ? required(c, out, "STO", "WAIVER_STO_ISSUE_ID", "WAIVER_HARNESS_USER_ID")
                .map(v -> new StoWalkthrough.Inputs(v[0], v[1])).orElse(null)
                : StoWalkthrough.Inputs.EMBEDDED;
        if (inputs != null) {
            StoWalkthrough.run(c.sto(), c.org(), inputs, out);
        }
        return 0;
    }

    private static int har(Connections c, PrintStream out) {
        HarWalkthrough.Inputs inputs = c.harnessIsReal()
                ? required(c, out, "HAR", "WAIVER_HAR_REGISTRY_ID", "WAIVER_HAR_PACKAGE", "WAIVER_HAR_VERSION")
                .map(v -> new HarWalkthrough.Inputs(v[0], v[1], v[2])).orElse(null)
                : HarWalkthrough.Inputs.EMBEDDED;
        if (inputs != null) {
            HarWalkthrough.run(c.har(), inputs, out);
        }
        return 0;
    }

    private static int iacm(Connections c, PrintStream out) {
        IacmWalkthrough.Inputs inputs = c.harnessIsReal()
                ? required(c, out, "IaCM", "WAIVER_IACM_EXECUTION_ID", "WAIVER_IACM_STAGE_ID", "WAIVER_IACM_WORKSPACE_ID",
                "WAIVER_HARNESS_USER_ID").map(v -> new IacmWalkthrough.Inputs(v[0], v[1], v[2], v[3])).orElse(null)
                : IacmWalkthrough.Inputs.EMBEDDED;
        if (inputs != null) {
            IacmWalkthrough.run(c.iacm(), c.org(), c.project(), inputs, out);
        }
        return 0;
    }

    private static int qualys(Connections c, PrintStream out) {
        QualysWalkthrough.Inputs inputs = c.qualysIsReal()
                ? required(c, out, "Qualys", "WAIVER_QUALYS_CONTROL_ID", "WAIVER_QUALYS_HOST_ID", "WAIVER_QUALYS_POLICY_ID",
                "WAIVER_QUALYS_TECHNOLOGY_ID", "WAIVER_QUALYS_ASSIGNEE_ID")
                .map(v -> new QualysWalkthrough.Inputs(Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]),
                        Long.parseLong(v[3]), Long.parseLong(v[4]))).orElse(null)
                : QualysWalkthrough.Inputs.EMBEDDED;
        if (inputs != null) {
            QualysWalkthrough.run(c.qualys().client(), inputs, out);
        }
        return 0;
    }

    /** The values of the named variables, or empty (and a note saying what to set) if one is missing. */
    private static Optional<String[]> required(Connections c, PrintStream out, String vendor, String... names) {
        String[] values = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            Optional<String> v = c.env(names[i]);
            if (v.isEmpty()) {
                out.printf("%s  skipped the write walk-through against the real service: set %s to ids from your account%n",
                        vendor, String.join(", ", names));
                return Optional.empty();
            }
            values[i] = v.get();
        }
        return Optional.of(values);
    }
}
