package dev.waiver.cli;

import dev.waiver.acceptances.VendorOutcome;
import dev.waiver.core.ApiException;
import dev.waiver.core.WaiverException;

/** The standard-error line for a vendor that could not be read: vendor, HTTP status, vendor code, request id, message. */
final class FailureReport {

    private FailureReport() {
    }

    /**
     * @param outcome a failed outcome
     * @return e.g. {@code waiver: Qualys failed: HTTP 200, vendor code 2001, request id -: PermissionDeniedException: ...}
     */
    static String line(VendorOutcome outcome) {
        WaiverException f = outcome.failure().orElseThrow();
        StringBuilder sb = new StringBuilder("waiver: ").append(outcome.vendor().displayName()).append(" failed: ");
        if (f instanceof ApiException api) {
            sb.append("HTTP ").append(api.statusCode())
                    .append(", vendor code ").append(api.vendorCode().orElse("-"))
                    .append(", request id ").append(api.requestId().orElse("-"))
                    .append(": ");
        }
        return sb.append(f.getClass().getSimpleName()).append(": ").append(f.getMessage()).toString();
    }
}
