/**
 * The typed results of the HAR API (generated from {@code har.yaml}) and its open enumerations.
 */
package dev.waiver.har.model;
