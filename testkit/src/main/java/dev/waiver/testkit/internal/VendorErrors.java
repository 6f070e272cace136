package dev.waiver.testkit.internal;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeFault;

/** Writes a canned {@link FakeFault.Kind#STATUS} fault in one vendor's error shape. */
@FunctionalInterface
public interface VendorErrors {

    /**
     * @param fault the fault, of kind {@link FakeFault.Kind#STATUS}
     * @return the vendor's error answer for it, with any wait header the vendor uses
     */
    ResponseDefinition render(FakeFault fault);
}
