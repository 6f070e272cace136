package dev.waiver.acceptances;

/**
 * Where a risk acceptance stands, the same words for every vendor. Each source documents how it
 * maps its vendor's statuses onto these.
 */
public enum AcceptanceState {
    /** Asked for, not yet decided. */
    PENDING,
    /** Approved and in force: the risk is accepted. */
    ACTIVE,
    /** Refused, withdrawn or otherwise never in force. */
    REJECTED,
    /** Was in force and no longer is. */
    EXPIRED
}
