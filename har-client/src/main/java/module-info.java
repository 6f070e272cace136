/**
 * Harness Artifact Registry firewall exceptions: the client and its requests in {@code dev.waiver.har}, the results in {@code dev.waiver.har.model}.
 * Everything under {@code dev.waiver.har.internal} is not API.
 */
module dev.waiver.har {
    requires transitive dev.waiver.core;
    // The models' and wire bodies' Jackson annotations; the error decoder reads JSON trees.
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.databind;

    exports dev.waiver.har;
    exports dev.waiver.har.model;

    // Jackson binds requests, results and wire bodies by reflection.
    opens dev.waiver.har to com.fasterxml.jackson.databind;
    opens dev.waiver.har.model to com.fasterxml.jackson.databind;
    opens dev.waiver.har.internal to com.fasterxml.jackson.databind;
    opens dev.waiver.har.internal.wire to com.fasterxml.jackson.databind;
}
