/** Not API: the IACM fake's state and answers. */
package dev.waiver.testkit.internal.iacm;
