/**
 * Vendor-neutral risk acceptances read from every configured vendor client concurrently. Its API takes the
 * vendor clients, so it requires their modules transitively.
 */
module dev.waiver.acceptances {
    requires transitive dev.waiver.core;
    requires transitive dev.waiver.sto;
    requires transitive dev.waiver.har;
    requires transitive dev.waiver.iacm;
    requires transitive dev.waiver.qualys;

    exports dev.waiver.acceptances;
}
