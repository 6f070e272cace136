/**
 * IaCM approvals as the API returns them: generated from {@code iacm.yaml}, plus the open
 * enumeration {@link dev.waiver.iacm.model.ApprovalStatus}. Timestamps are {@link java.time.Instant}.
 */
package dev.waiver.iacm.model;
