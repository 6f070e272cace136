/**
 * JMH benchmarks of Waiver against the alternatives a user has: raw OkHttp + Jackson, an
 * openapi-generator client, raw StAX and DOM. See {@code docs/benchmarks.md} for how to run them
 * and what they measured.
 */
package dev.waiver.benchmarks;
