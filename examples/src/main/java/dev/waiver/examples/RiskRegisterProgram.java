package dev.waiver.examples;

import dev.waiver.examples.register.HarRiskSource;
import dev.waiver.examples.register.IacmRiskSource;
import dev.waiver.examples.register.QualysRiskSource;
import dev.waiver.examples.register.RegisterFormat;
import dev.waiver.examples.register.RiskEntry;
import dev.waiver.examples.register.RiskRegister;
import dev.waiver.examples.register.RiskSource;
import dev.waiver.examples.register.StoRiskSource;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code risk-register [--days N] [--format table|csv|json] [--fail-on-expiring]}: every active risk
 * acceptance across the four services in one table, sorted by expiry, flagging those that expire
 * within N days (default 30) and those already expired but still active. Read-only: it never
 * writes to any service. Exits {@link #EXIT_EXPIRING} with {@code --fail-on-expiring} when
 * something needs attention, so a pipeline can gate on it.
 */
public final class RiskRegisterProgram {

    /** Exit code when {@code --fail-on-expiring} is set and something needs attention. */
    public static final int EXIT_EXPIRING = 3;

    private RiskRegisterProgram() {
    }

    /** The parsed command line. */
    record Options(int days, RegisterFormat format, boolean failOnExpiring) {
        static Options parse(List<String> args) {
            int days = 30;
            RegisterFormat format = RegisterFormat.TABLE;
            boolean fail = false;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--days" -> days = parseDays(value(args, ++i, a));
                    case "--format" -> format = RegisterFormat.parse(value(args, ++i, a));
                    case "--fail-on-expiring" -> fail = true;
                    default -> throw new IllegalArgumentException("unknown option '" + a
                            + "'; usage: risk-register [--days N] [--format table|csv|json] [--fail-on-expiring]");
                }
            }
            return new Options(days, format, fail);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }

        private static int parseDays(String text) {
            try {
                int days = Integer.parseInt(text);
                if (days < 0) {
                    throw new NumberFormatException();
                }
                return days;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--days must be a whole number of days, 0 or more, was '" + text + "'");
            }
        }
    }

    /**
     * Runs the program.
     *
     * @param args        the options after {@code risk-register}
     * @param connections the vendors
     * @param clock       what "now" is
     * @param out         where the register goes
     * @param err         where progress goes (only when attached to a terminal)
     * @return the exit code
     */
    public static int run(List<String> args, Connections connections, Clock clock, PrintStream out, PrintStream err) {
        Options options = Options.parse(args);
        List<RiskSource> sources = List.of(
                new StoRiskSource(connections.sto()),
                new HarRiskSource(connections.har()),
                new IacmRiskSource(connections.iacm(), connections.org(), connections.project()),
                new QualysRiskSource(connections.qualys().client()));
        List<RiskSource> shown = System.console() == null ? sources
                : sources.stream().map(s -> withProgress(s, err)).toList();
        RiskRegister register = RiskRegister.build(shown, clock.instant(), options.days());
        options.format().print(register, out);
        return options.failOnExpiring() && register.needsAttention() ? EXIT_EXPIRING : 0;
    }

    /** Reports on stderr how many entries each service has yielded, for long walks over many pages. */
    private static RiskSource withProgress(RiskSource source, PrintStream err) {
        return new RiskSource() {
            @Override
            public String vendor() {
                return source.vendor();
            }

            @Override
            public Stream<RiskEntry> activeEntries() {
                int[] count = {0};
                // flatMap closes each source's stream once it is used up, which prints the total.
                return source.activeEntries().peek(e -> {
                    if (++count[0] % 100 == 0) {
                        err.printf("\r%s: %d active entries read...", source.vendor(), count[0]);
                    }
                }).onClose(() -> err.printf("\r%s: %d active entries read.   %n", source.vendor(), count[0]));
            }
        };
    }
}
