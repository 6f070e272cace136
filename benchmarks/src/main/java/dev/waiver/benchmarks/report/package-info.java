/** The Markdown tables of {@code docs/benchmarks.md}, generated from a committed JMH result. */
package dev.waiver.benchmarks.report;
