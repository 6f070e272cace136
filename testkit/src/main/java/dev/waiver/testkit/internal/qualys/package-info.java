/** Not API: the Qualys fake's state and answers. */
package dev.waiver.testkit.internal.qualys;
