package dev.waiver.examples.register;

/**
 * A register line: the entry and why it needs attention.
 *
 * @param entry the risk acceptance
 * @param flag  its flag
 */
public record RiskRow(RiskEntry entry, RiskFlag flag) {
}
