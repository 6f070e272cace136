package dev.waiver.cli;

import dev.waiver.acceptances.AcceptanceVendor;
import java.time.Clock;
import java.util.Set;

/** Opens seeded, offline stand-ins of the vendors for {@code --demo}. */
interface DemoVendors {

    /**
     * @param vendors the vendors to stand in for
     * @param clock   what "now" is, so the seeded expiries sit around it
     * @return sources reading the stand-ins, owning them
     */
    OpenSources open(Set<AcceptanceVendor> vendors, Clock clock);
}
