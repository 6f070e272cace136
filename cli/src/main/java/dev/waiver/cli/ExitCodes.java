package dev.waiver.cli;

/** The exit codes of {@code waiver risk-register}, as documented in its {@code --help} and the README. */
final class ExitCodes {

    /** The register was printed; every vendor read. */
    static final int OK = 0;
    /** A usage error: a bad option, or a vendor asked for but not configured. Nothing was read. */
    static final int USAGE = 2;
    /** With {@code --fail-on-expiring}: something expires within the window or expired while still active. */
    static final int EXPIRING = 3;
    /** At least one vendor could not be read (the others were printed); takes precedence over {@link #EXPIRING}. */
    static final int VENDOR_FAILED = 4;

    private ExitCodes() {
    }
}
