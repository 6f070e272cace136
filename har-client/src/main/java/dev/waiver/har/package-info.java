/**
 * Harness Artifact Registry (HAR) firewall exceptions: {@link dev.waiver.har.HarClient} and its
 * {@link dev.waiver.har.FirewallExceptions} operations, with their request types.
 */
package dev.waiver.har;
