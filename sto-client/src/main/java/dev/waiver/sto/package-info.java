/**
 * Harness STO exemptions: {@link dev.waiver.sto.StoClient}, the {@link dev.waiver.sto.Exemptions}
 * facade and its request types.
 */
package dev.waiver.sto;
