/**
 * The HTTP transport the vendor modules build on: requests, auth strategies, the retry loop and
 * error decoding. Not API for applications: it may change in any release.
 */
package dev.waiver.core.http;
