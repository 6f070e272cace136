package dev.waiver.examples;

import dev.waiver.core.Page;
import dev.waiver.har.HarClient;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.Principal;
import java.io.PrintStream;

/**
 * Harness Artifact Registry: ask for a firewall exception for a blocked package, change it to never
 * expire, approve it, and list the registry's exceptions.
 */
public final class HarWalkthrough {

    /**
     * What the walk-through needs from the account it runs in.
     *
     * @param registryId  the registry's UUID
     * @param packageName the blocked package
     * @param version     the version to allow
     */
    public record Inputs(String registryId, String packageName, String version) {
        /** The example data ({@link ExampleData}). */
        public static final Inputs EMBEDDED = new Inputs("3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b", "axios", "0.21.1");
    }

    private HarWalkthrough() {
    }

    /**
     * Runs the walk-through.
     *
     * @param har    the client
     * @param inputs ids from the account
     * @param out    where to report
     * @return the approved exception
     */
    public static FirewallException run(HarClient har, Inputs inputs, PrintStream out) {
        FirewallException created = har.firewallExceptions().create(r -> r
                .registryId(inputs.registryId())
                .packageName(inputs.packageName())
                .versions(inputs.version())
                .businessJustification("The SSRF fix ships with the gateway rewrite; the client only calls internal hosts.")
                .expireAfterDays(30));
        out.printf("HAR  created firewall exception %s for %s@%s (%s, expires %s)%n", created.exceptionId(),
                created.packageName(), inputs.version(), created.status(), created.expirationAt().orElse(null));

        FirewallException forever = har.firewallExceptions().update(created.exceptionId(), r -> r.neverExpires());
        out.printf("HAR  updated %s: never expires (expirationAt=%s)%n", forever.exceptionId(), forever.expirationAt().orElse(null));

        FirewallException approved = har.firewallExceptions().approve(created.exceptionId(),
                r -> r.notes("Approved until the SSRF fix ships"));
        out.printf("HAR  approved %s by %s%n", approved.exceptionId(),
                approved.statusChangedBy().flatMap(Principal::displayName).orElse("?"));

        int pages = 0;
        int items = 0;
        long total = -1;
        for (Page<FirewallException> page : har.firewallExceptions().list(r -> r.size(3)).byPage()) {
            pages++;
            items += page.items().size();
            total = page.totalItems().orElse(total);
        }
        out.printf("HAR  listed %d exceptions in %d pages (the registry reports %d)%n", items, pages, total);
        return approved;
    }
}
