/**
 * Harness IaCM pipeline approvals: the client and its requests in {@code dev.waiver.iacm}, the results in {@code dev.waiver.iacm.model}.
 * Everything under {@code dev.waiver.iacm.internal} is not API.
 */
module dev.waiver.iacm {
    requires transitive dev.waiver.core;
    // The models' and wire bodies' Jackson annotations; the error decoder reads JSON trees.
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports dev.waiver.iacm;
    exports dev.waiver.iacm.model;

    // Jackson binds requests, results and wire bodies by reflection.
    opens dev.waiver.iacm to com.fasterxml.jackson.databind;
    opens dev.waiver.iacm.model to com.fasterxml.jackson.databind;
    opens dev.waiver.iacm.internal to com.fasterxml.jackson.databind;
    opens dev.waiver.iacm.internal.wire to com.fasterxml.jackson.databind;
}
