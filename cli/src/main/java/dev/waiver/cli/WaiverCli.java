package dev.waiver.cli;

import dev.waiver.acceptances.AcceptanceSource;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code waiver} command: {@code java -jar cli/target/waiver.jar risk-register --help}.
 * Exit codes: 0 done, 2 usage error, 3 expiring (with {@code --fail-on-expiring}), 4 a vendor failed.
 */
@Command(name = "waiver", mixinStandardHelpOptions = true, versionProvider = WaiverCli.Version.class,
        description = "Security exceptions and approvals across Harness STO, HAR, IaCM and Qualys.",
        subcommands = RiskRegisterCommand.class)
public final class WaiverCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Made by picocli. */
    public WaiverCli() {
    }

    /**
     * Runs the command with the process' environment and streams, and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(System.getenv(), out, err, Clock.systemUTC(), System.console() != null,
                new SeededDemo());
        System.exit(run(args, context));
    }

    /**
     * Runs the command in this process without exiting (for programs that embed it, like the examples):
     * progress only when a terminal is attached, {@code --demo} on the test kit's seeded fakes.
     *
     * @param args  the command line, e.g. {@code risk-register --format csv}
     * @param env   the environment to take the {@code WAIVER_*} variables from
     * @param clock what "now" is
     * @param out   where the register goes
     * @param err   where progress, failures and notices go
     * @return the exit code (0, 2, 3 or 4; see {@code risk-register --help})
     */
    public static int execute(List<String> args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        return run(args.toArray(String[]::new), new CliContext(env, out, err, clock, System.console() != null,
                new SeededDemo()));
    }

    /**
     * Same as {@link #execute(List, Map, Clock, PrintStream, PrintStream)}, except that {@code --demo}
     * reads the given sources (the caller's own seeded stand-ins; the caller closes them) instead of
     * starting the test kit's fakes. The examples use it, so their register shows what their
     * walk-throughs did.
     *
     * @param args        the command line
     * @param env         the environment to take the {@code WAIVER_*} variables from
     * @param clock       what "now" is
     * @param out         where the register goes
     * @param err         where progress, failures and notices go
     * @param demoSources what {@code --demo} reads, at most one per vendor
     * @return the exit code
     */
    public static int execute(List<String> args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err,
                              List<AcceptanceSource> demoSources) {
        DemoVendors demo = (vendors, demoClock) -> {
            OpenSources sources = new OpenSources();
            demoSources.stream().filter(s -> vendors.contains(s.vendor())).forEach(sources::add);
            return sources;
        };
        return run(args.toArray(String[]::new), new CliContext(env, out, err, clock, System.console() != null, demo));
    }

    /**
     * Runs the command.
     *
     * @param args    the command line
     * @param context environment, streams, clock, terminal and demo
     * @return the exit code
     */
    static int run(String[] args, CliContext context) {
        CommandLine cli = new CommandLine(WaiverCli.class, new Factory(context));
        cli.setOut(new PrintWriter(context.out(), true));
        cli.setErr(new PrintWriter(context.err(), true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("waiver: " + e);
            return 1;
        });
        return cli.execute(args);
    }

    /** Without a subcommand: the usage, on standard error, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Builds the commands with this run's context. */
    private static final class Factory implements CommandLine.IFactory {
        private final CliContext context;

        Factory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == RiskRegisterCommand.class) {
                return cls.cast(new RiskRegisterCommand(context));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = WaiverCli.class.getPackage().getImplementationVersion();
            return new String[] {"waiver " + (v == null ? "(development build)" : v)};
        }
    }
}
