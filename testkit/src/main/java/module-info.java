/**
 * The Waiver test kit: stateful fakes of the four vendors' APIs with pre-wired clients, in
 * {@code dev.waiver.testkit}. Everything under {@code dev.waiver.testkit.internal} is not API.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.waiver.testkit {
    requires transitive dev.waiver.core;
    requires transitive dev.waiver.sto;
    requires transitive dev.waiver.har;
    requires transitive dev.waiver.iacm;
    requires transitive dev.waiver.qualys;
    // WaiverFakes.wireMock() and VendorFake.requests() hand out WireMock types. The shaded WireMock has no
    // module descriptor that applies (its jar is not multi-release) and no Automatic-Module-Name: its
    // name is derived from the file name, wiremock-standalone-<version>.jar.
    requires transitive wiremock.standalone;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    // The JUnit 5 extension: the user's tests bring JUnit.
    requires static transitive org.junit.jupiter.api;

    exports dev.waiver.testkit;

    // The fakes write their JSON answers from these types.
    opens dev.waiver.testkit.internal to com.fasterxml.jackson.databind;
    opens dev.waiver.testkit.internal.sto to com.fasterxml.jackson.databind;
    opens dev.waiver.testkit.internal.har to com.fasterxml.jackson.databind;
    opens dev.waiver.testkit.internal.iacm to com.fasterxml.jackson.databind;
}
