/**
 * Waiver SDK core: the types every Waiver client shares — the exception hierarchy
 * ({@link dev.waiver.core.WaiverException} and below), lazy paged lists
 * ({@link dev.waiver.core.PagedIterable}), {@link dev.waiver.core.RetryPolicy}, {@link dev.waiver.core.Secret}
 * and the common client builder settings ({@link dev.waiver.core.ClientBuilder}).
 *
 * <p>Only {@code dev.waiver.core} is API. The transport ({@code dev.waiver.core.http}), the JSON/XML
 * mapping ({@code dev.waiver.core.mapping}), the page walking ({@code dev.waiver.core.paging}) and the
 * request checks ({@code dev.waiver.core.internal}) are plumbing for the Waiver modules themselves: they
 * are exported to those modules only and may change in any release.
 */
// "module": a qualified export names a module absent from this build (dev.waiver.harness in some
// builds; the vendor modules when sdk-core is compiled alone) - a warning, never an error.
@SuppressWarnings("module")
module dev.waiver.core {
    // ClientBuilder.okHttpClient(OkHttpClient) is API: a user who shares a pool needs OkHttp's types.
    // okhttp3 in turn requires kotlin.stdlib and okio transitively.
    requires transitive okhttp3;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.xml;
    // HardenedXml configures Woodstox directly (entity and size limits).
    requires com.ctc.wstx;
    requires java.xml;
    requires org.slf4j;

    exports dev.waiver.core;
    // The shared Harness builder settings: the public parent of every Harness client builder.
    exports dev.waiver.core.harness;

    // Plumbing: for our own modules only.
    exports dev.waiver.core.http to
            dev.waiver.sto, dev.waiver.har, dev.waiver.iacm, dev.waiver.qualys, dev.waiver.harness;
    exports dev.waiver.core.mapping to
            dev.waiver.sto, dev.waiver.har, dev.waiver.iacm, dev.waiver.qualys, dev.waiver.harness,
            dev.waiver.testkit;
    exports dev.waiver.core.paging to
            dev.waiver.sto, dev.waiver.har, dev.waiver.iacm, dev.waiver.qualys, dev.waiver.harness;
    // Request checks (RequestChecks) and the exceptions' call records: for the vendor modules only.
    exports dev.waiver.core.internal to
            dev.waiver.sto, dev.waiver.har, dev.waiver.iacm, dev.waiver.qualys, dev.waiver.harness;
}
