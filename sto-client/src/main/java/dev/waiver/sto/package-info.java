/**
 * Harness STO exemptions: {@link dev.waiver.sto.StoClient}, the {@link dev.waiver.sto.Exemptions}
 * facade, its request types (immutable, with {@code builder()} and {@code toBuilder()}) and
 * {@link dev.waiver.sto.HarnessScope}, the organization and project a call applies to.
 */
package dev.waiver.sto;
