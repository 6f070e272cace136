/**
 * The Qualys module's machinery: form encoding, hardened streaming XML reading, error mapping and
 * the streamed list pages. Not API: free to change.
 */
package dev.waiver.qualys.internal;
