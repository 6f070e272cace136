/**
 * Harness IaCM pipeline approvals: {@link dev.waiver.iacm.IacmClient} and its
 * {@link dev.waiver.iacm.Approvals} facade, the request classes, and the IaCM-specific exceptions
 * for statuses 408, 423 and 499.
 */
package dev.waiver.iacm;
