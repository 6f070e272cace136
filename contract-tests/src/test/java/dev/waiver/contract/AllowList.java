package dev.waiver.contract;

import static dev.waiver.contract.AllowedExtra.Where.BODY;

import java.util.List;

/**
 * Every part of a request the SDK sends that the description it is validated against does not
 * declare, with why we send it. Nothing else undeclared may be sent. See
 * {@code ../shared/reference/harness/README.md}: where the two STO descriptions disagree, the newer
 * one is followed and what the older one (and Harness' seed requests) send is accepted.
 */
final class AllowList {

    /** The entries, in operation order. */
    static final List<AllowedExtra> ENTRIES = List.of(
            new AllowedExtra(HarnessApi.STO, "POST", "/sto/api/v2/exemptions", BODY, "requesterId", true,
                    "declared by the older description's CreateExemptionRequestBody and sent by seed 001; the newer"
                            + " one names it only in a phantom required list. Sent only when the caller sets it."),
            new AllowedExtra(HarnessApi.STO, "PUT", "/sto/api/v2/exemptions/{id}/promote", BODY, "approverId", true,
                    "declared (and required) by the older description's PromoteExemptionRequestBody and by seed 000;"
                            + " the newer one has none. Sent only when the caller sets it."));

    private AllowList() {
    }

    /**
     * @param api the description
     * @param method a request's method
     * @param template the operation's path template
     * @return the entries for that operation
     */
    static List<AllowedExtra> forOperation(HarnessApi api, String method, String template) {
        return ENTRIES.stream().filter(e -> e.api() == api && e.covers(method, template)).toList();
    }
}
