/**
 * Qualys Policy Compliance exceptions: the client and its requests in {@code dev.waiver.qualys}, the
 * results in {@code dev.waiver.qualys.model}. Everything under {@code dev.waiver.qualys.internal} is not API.
 */
module dev.waiver.qualys {
    requires transitive dev.waiver.core;
    // Answers are streamed with StAX (Woodstox through the Stax2 API); nothing is bound by reflection.
    requires java.xml;
    requires org.codehaus.stax2;
    requires org.slf4j;

    exports dev.waiver.qualys;
    exports dev.waiver.qualys.model;
}
