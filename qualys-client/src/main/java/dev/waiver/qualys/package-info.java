/**
 * The Qualys client: {@link dev.waiver.qualys.QualysClient}, its Policy Compliance exceptions facade
 * {@link dev.waiver.qualys.ComplianceExceptions} and the request objects of each action.
 */
package dev.waiver.qualys;
