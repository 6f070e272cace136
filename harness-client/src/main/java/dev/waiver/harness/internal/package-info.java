/** How the Harness client shares one transport between its vendor clients. Not API. */
package dev.waiver.harness.internal;
