package dev.waiver.examples.register;

import java.time.Instant;
import java.util.Objects;

/**
 * One active risk acceptance, whatever service holds it.
 *
 * @param vendor      the service: {@code STO}, {@code HAR}, {@code IaCM} or {@code Qualys}
 * @param id          the service's identifier for it
 * @param scope       what it covers (project, target, registry and package, host IP address)
 * @param kind        its type (STO, HAR) or control (Qualys)
 * @param status      the service's status text
 * @param requestedBy who asked for it, as the service names them
 * @param expires     when it stops applying, or {@code null} if it never expires
 */
public record RiskEntry(String vendor, String id, String scope, String kind, String status, String requestedBy,
                        Instant expires) {

    /** Replaces {@code null} texts with empty ones, so every renderer can rely on them. */
    public RiskEntry {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(id, "id");
        scope = Objects.requireNonNullElse(scope, "");
        kind = Objects.requireNonNullElse(kind, "");
        status = Objects.requireNonNullElse(status, "");
        requestedBy = Objects.requireNonNullElse(requestedBy, "");
    }
}
