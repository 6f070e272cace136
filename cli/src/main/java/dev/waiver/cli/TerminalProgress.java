package dev.waiver.cli;

import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.ReadProgress;
import dev.waiver.acceptances.VendorOutcome;
import dev.waiver.cli.render.RegisterColumns;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One progress line on standard error, rewritten in place (carriage return) while the vendors'
 * pages are read, then one line per vendor when its walk ends. Only used on a terminal.
 */
final class TerminalProgress implements ReadProgress {

    private static final int EVERY = 100;

    private final PrintStream err;
    private final Map<AcceptanceVendor, String> state = new EnumMap<>(AcceptanceVendor.class);

    /** @param err where to write: standard error */
    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void read(AcceptanceVendor vendor, int count) {
        if (count % EVERY == 0) {
            state.put(vendor, count + " read");
            err.print("\r" + line() + "...");
            err.flush();
        }
    }

    @Override
    public synchronized void finished(VendorOutcome outcome) {
        state.put(outcome.vendor(), outcome.failed() ? "failed" : outcome.acceptances().size() + " read");
        String result = outcome.failed() ? "failed: " + RegisterColumns.failureBrief(outcome.failure().orElseThrow())
                : outcome.acceptances().size() + " acceptances";
        err.printf("\r%-70s%n", outcome.vendor().displayName() + ": " + result + " in "
                + outcome.elapsed().toMillis() + " ms");
        err.flush();
    }

    private String line() {
        return state.entrySet().stream().map(e -> e.getKey().displayName() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
