package dev.waiver.testkit.internal.sto;

import java.time.Instant;

/**
 * One event of an issue's exemption history (fields of Harness' ExemptionHistoryEvent).
 *
 * @param id           event id
 * @param exemptionId  the exemption
 * @param issueId      its issue
 * @param status       the status the event set
 * @param scope        the exemption's scope then
 * @param created      when
 * @param comment      the reviewer's comment, or null
 * @param commenterId  who reviewed, or null
 * @param reasonType   the exemption's type
 * @param durationDays the requested duration, or null
 * @param expiration   the expiration then, or null
 * @param orgId        organisation, or null
 * @param projectId    project, or null
 * @param pipelineId   pipeline, or null
 * @param targetId     target, or null
 */
record StoHistoryEvent(String id, String exemptionId, String issueId, String status, String scope, Instant created,
                       String comment, String commenterId, String reasonType, Long durationDays, Instant expiration,
                       String orgId, String projectId, String pipelineId, String targetId) {

    static StoHistoryEvent of(String id, StoRecord r, String status, Instant at, String comment, String commenterId) {
        return new StoHistoryEvent(id, r.id, r.issueId, status, r.scope, at, comment, commenterId, r.type,
                r.durationDays, r.expiration, r.orgId, r.projectId, r.pipelineId, r.targetId);
    }
}
