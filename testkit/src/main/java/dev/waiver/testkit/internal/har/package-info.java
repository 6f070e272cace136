/** Not API: the HAR fake's state and answers. */
package dev.waiver.testkit.internal.har;
