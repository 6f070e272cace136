/** Not API: the STO fake's state and answers. */
package dev.waiver.testkit.internal.sto;
