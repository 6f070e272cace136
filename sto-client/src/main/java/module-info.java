/**
 * Harness STO exemptions: the client and its requests in {@code dev.waiver.sto}, the results in {@code dev.waiver.sto.model}.
 * Everything under {@code dev.waiver.sto.internal} is not API.
 */
module dev.waiver.sto {
    requires transitive dev.waiver.core;
    // The models' and wire bodies' Jackson annotations; the error decoder reads JSON trees.
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.databind;

    exports dev.waiver.sto;
    exports dev.waiver.sto.model;

    // Jackson binds requests, results and wire bodies by reflection.
    opens dev.waiver.sto to com.fasterxml.jackson.databind;
    opens dev.waiver.sto.model to com.fasterxml.jackson.databind;
    opens dev.waiver.sto.internal to com.fasterxml.jackson.databind;
    opens dev.waiver.sto.internal.wire to com.fasterxml.jackson.databind;
}
