/**
 * Wire shapes of the IaCM API the client reads but does not return (the Goa error body), generated
 * from {@code iacm.yaml}. Not API; free to change between versions.
 */
package dev.waiver.iacm.internal.wire;
