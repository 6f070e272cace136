package dev.waiver.examples.register;

import java.util.stream.Stream;

/** Reads the active risk acceptances of one service, through the public SDK only. Read-only. */
public interface RiskSource {

    /** @return the service's name as printed in the register */
    String vendor();

    /**
     * @return every active acceptance; lazily paged, so large registers stream
     */
    Stream<RiskEntry> activeEntries();
}
