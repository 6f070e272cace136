package dev.waiver.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * What a run of the command sees of the outside world, so tests can give their own.
 *
 * @param env      the environment variables
 * @param out      standard output: the register only
 * @param err      standard error: progress, failures, notices
 * @param clock    what "now" is
 * @param terminal whether standard error is a terminal (progress is shown only then)
 * @param demo     the stand-ins of {@code --demo}
 */
record CliContext(Map<String, String> env, PrintStream out, PrintStream err, Clock clock, boolean terminal,
                  DemoVendors demo) {
}
