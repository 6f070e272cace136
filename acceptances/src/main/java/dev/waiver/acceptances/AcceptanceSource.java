package dev.waiver.acceptances;

import java.util.stream.Stream;

/** Reads every risk acceptance one vendor holds, through its Waiver client. Read-only. */
public interface AcceptanceSource {

    /** @return the vendor read */
    AcceptanceVendor vendor();

    /**
     * Walks all of the vendor's acceptances, page after page.
     *
     * @return the acceptances, lazily paged; a failed page throws {@link dev.waiver.core.WaiverException}
     *         from the stream's terminal operation
     */
    Stream<RiskAcceptance> acceptances();

}
