/**
 * Implementation details of the HAR client: error decoding, request bodies, paging. Not API; free
 * to change between versions.
 */
package dev.waiver.har.internal;
