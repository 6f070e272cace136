/**
 * What the benchmarks run against: canned vendor answers, a loopback server and network stubs,
 * and the three contenders (Waiver, raw calls, the generated client).
 */
package dev.waiver.benchmarks.support;
