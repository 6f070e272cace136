package dev.waiver.examples;

import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.CreatedExceptions;
import dev.waiver.qualys.model.ExceptionStatus;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Qualys Policy Compliance: create (request) an exception for a failing control on a host, list the pending
 * ones (the list arrives in truncated batches, followed lazily), approve the new one until an end
 * date, then delete it.
 */
public final class QualysWalkthrough {

    /**
     * What the walk-through needs from the subscription it runs in.
     *
     * @param controlId    the failing control
     * @param hostId       the host
     * @param policyId     the policy
     * @param technologyId the control's technology
     * @param assigneeId   the user who reviews it
     */
    public record Inputs(long controlId, long hostId, long policyId, long technologyId, long assigneeId) {
        /** The example data ({@link ExampleData}). */
        public static final Inputs EMBEDDED = new Inputs(16832, 3753490, 1366063, 390, 996765);
    }

    private QualysWalkthrough() {
    }

    /**
     * Runs the walk-through.
     *
     * @param qualys the client
     * @param inputs ids from the subscription
     * @param out    where to report
     * @return the new exception's number
     */
    public static long run(QualysClient qualys, Inputs inputs, PrintStream out) {
        CreatedExceptions created = qualys.complianceExceptions().create(r -> r
                .controlId(inputs.controlId()).hostId(inputs.hostId()).policyId(inputs.policyId())
                .technologyId(inputs.technologyId()).assigneeId(inputs.assigneeId())
                .comments("Legacy app needs 8-character passwords & can't change yet: ticket SEC-42"));
        long number = created.firstExceptionNumber();
        out.printf("QLYS requested exception %d for control %d on host %d%n", number, inputs.controlId(), inputs.hostId());

        int pending = 0;
        int total = 0;
        for (ComplianceException e : qualys.complianceExceptions().list(f -> f.status(ExceptionStatus.PENDING))) {
            total++;
            pending += e.status().filter(ExceptionStatus.PENDING::equals).isPresent() ? 1 : 0;
        }
        out.printf("QLYS listed %d exceptions across truncated batches, %d pending%n", total, pending);

        LocalDate endDate = LocalDate.now(ZoneOffset.UTC).plusDays(90);
        BatchResult approved = qualys.complianceExceptions().approve(created.exceptionNumbers(), a -> a
                .endDate(endDate).comments("Approved by the CISO until the app is retired"));
        out.printf("QLYS approved %d until %s: %s%n", number, endDate, approved.text());

        BatchResult deleted = qualys.complianceExceptions().delete(created.exceptionNumbers());
        out.printf("QLYS deleted %d: %s%n", number, deleted.text());
        qualys.lastRateLimit().ifPresent(l -> out.printf("QLYS %s calls left in this rate-limit window%n",
                l.remaining().isPresent() ? String.valueOf(l.remaining().getAsLong()) : "unknown"));
        return number;
    }
}
