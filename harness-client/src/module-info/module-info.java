/**
 * One Harness key, one connection pool: {@link dev.waiver.harness.HarnessClient} gives the STO, HAR
 * and IaCM clients of one account.
 */
module dev.waiver.harness {
    requires transitive dev.waiver.sto;
    requires transitive dev.waiver.har;
    requires transitive dev.waiver.iacm;
    // Also implied by the vendor modules; named because HarnessClient.Builder extends
    // dev.waiver.core.harness.HarnessClientBuilder and the shared pool is an okhttp3.OkHttpClient.
    requires transitive dev.waiver.core;
    requires okhttp3;

    exports dev.waiver.harness;
}
