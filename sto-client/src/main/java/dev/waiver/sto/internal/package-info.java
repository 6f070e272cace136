/**
 * Implementation of the STO client: error decoding, paging, checks. Not API; may change at any time.
 */
package dev.waiver.sto.internal;
