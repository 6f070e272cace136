/**
 * STO answers: models generated from {@code sto-client/src/main/openapi/sto.yaml}, and the open
 * enumerations {@link dev.waiver.sto.model.ExemptionStatus}, {@link dev.waiver.sto.model.ExemptionType}
 * and {@link dev.waiver.sto.model.ExemptionScopeLevel}. Timestamps are {@link java.time.Instant}.
 */
package dev.waiver.sto.model;
