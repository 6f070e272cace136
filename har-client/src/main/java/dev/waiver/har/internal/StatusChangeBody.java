package dev.waiver.har.internal;

import dev.waiver.har.model.FirewallExceptionStatus;

/**
 * The body of the status operation (approve or reject). A {@code null} note is left out.
 *
 * @param status APPROVED or REJECTED
 * @param notes  the approver's notes, or {@code null}
 */
public record StatusChangeBody(FirewallExceptionStatus status, String notes) {
}
