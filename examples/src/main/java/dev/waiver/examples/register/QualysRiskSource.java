package dev.waiver.examples.register;

import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionStatus;
import java.util.stream.Stream;

/**
 * Approved Qualys policy-compliance exceptions, streamed batch after batch: each row shows the host's
 * IP address and the control's id, and names the assignee (a display name) as the one responsible.
 */
public final class QualysRiskSource implements RiskSource {

    private final QualysClient qualys;

    /** @param qualys the client */
    public QualysRiskSource(QualysClient qualys) {
        this.qualys = qualys;
    }

    @Override
    public String vendor() {
        return "Qualys";
    }

    @Override
    public Stream<RiskEntry> activeEntries() {
        return qualys.complianceExceptions().list(f -> f.status(ExceptionStatus.APPROVED)).stream()
                .filter(e -> e.status().filter(ExceptionStatus.APPROVED::equals).isPresent())
                .map(QualysRiskSource::toEntry);
    }

    /** The host by its IP address ({@code HOST/IP_ADDRESS}), the control by its CID ({@code CONTROL/CID}). */
    private static RiskEntry toEntry(ComplianceException e) {
        String control = e.controlId().isPresent() ? "control " + e.controlId().getAsLong() : "";
        return new RiskEntry("Qualys", String.valueOf(e.exceptionNumber()), e.ip().orElse(""), control,
                e.status().map(String::valueOf).orElse(""), e.assignee().orElse(""), e.expiresAt().orElse(null));
    }
}
