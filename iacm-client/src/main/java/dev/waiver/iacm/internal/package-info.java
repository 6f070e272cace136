/**
 * Implementation of the IaCM client: error decoding, paging, validation. Not API; may change at any time.
 */
package dev.waiver.iacm.internal;
