/**
 * Typed results and value types of the Qualys Policy Compliance exceptions API.
 */
package dev.waiver.qualys.model;
