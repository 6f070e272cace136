package dev.waiver.examples;

import dev.waiver.core.Page;
import dev.waiver.sto.HarnessScope;
import dev.waiver.sto.StoClient;
import dev.waiver.sto.model.CreatedExemption;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionHistoryExport;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Harness STO: request an exemption for an issue, list the project's exemptions, approve the new
 * one, promote it to the whole organisation, then read the issue's exemption and export its
 * history.
 */
public final class StoWalkthrough {

    /**
     * What the walk-through needs from the account it runs in.
     *
     * @param issueId     the issue to exempt
     * @param requesterId the user asking (optional in Harness' newer description, required by the older one)
     */
    public record Inputs(String issueId, String requesterId) {
        /** The example data ({@link ExampleData}). */
        public static final Inputs EMBEDDED = new Inputs("issPrototypePollution1", "usr1Ab2Cd3Ef4Gh5Ij6Kl7");
    }

    private StoWalkthrough() {
    }

    /**
     * Runs the walk-through.
     *
     * @param sto    the client, scoped to a project
     * @param org    the organisation to promote the exemption to
     * @param inputs ids from the account
     * @param out    where to report
     * @return the promoted exemption
     */
    public static Exemption run(StoClient sto, String org, Inputs inputs, PrintStream out) {
        CreatedExemption created = sto.exemptions().create(r -> r
                .issueId(inputs.issueId())
                .type(ExemptionType.FALSE_POSITIVE)
                .reason("Only reachable from the admin console behind SSO")
                .requesterId(inputs.requesterId())
                .durationDays(30));
        out.printf("STO  created exemption %s for issue %s%n", created.id(), inputs.issueId());

        int pending = 0;
        int total = 0;
        int pages = 0;
        // Per-call options: each page's call must finish within 10 s, retries and waits included.
        StoClient bounded = sto.withOptions(o -> o.timeout(Duration.ofSeconds(10)));
        for (Page<Exemption> page : bounded.exemptions().list(r -> r.pageSize(4)).byPage()) {
            pages++;
            for (Exemption e : page.items()) {
                total++;
                pending += ExemptionStatus.PENDING.equals(e.status()) ? 1 : 0;
            }
        }
        out.printf("STO  listed %d exemptions in %d pages, %d pending review%n", total, pages, pending);

        // The reviewer is the caller: Harness' approve body names no approver.
        Exemption approved = sto.exemptions().approve(created.id(), r -> r
                .comment("Confirmed: not reachable from the internet"));
        out.printf("STO  approved %s: %s, expires %s%n", approved.id(), approved.status(),
                approved.expiration().map(Object::toString).orElse("never"));

        // The scope promoted to is the call's scope: orgId only, so ORG.
        Exemption promoted = sto.exemptions().promote(created.id(), r -> r
                .comment("Applies to every project of the organisation").scope(HarnessScope.org(org)));
        out.printf("STO  promoted %s to scope %s%n", promoted.id(),
                promoted.scope().map(Object::toString).orElse("unknown"));

        Exemption current = sto.exemptions().getForIssue(inputs.issueId());
        out.printf("STO  issue %s is exempted by %s at scope %s%n", inputs.issueId(), current.id(),
                current.scope().map(Object::toString).orElse("unknown"));
        ExemptionHistoryExport export = sto.exemptions().exportHistory(inputs.issueId());
        out.printf("STO  exported %d history rows of issue %s as %s%n", export.totalRows(), export.issueId(),
                export.filename());
        return promoted;
    }
}
