/**
 * One client for the three Harness APIs Waiver speaks: {@link dev.waiver.harness.HarnessClient}
 * gives STO, HAR and IaCM clients built from one key and account over one connection pool.
 */
package dev.waiver.harness;
