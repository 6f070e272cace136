/**
 * JSON and hardened XML mapping for the vendor modules. Not API for applications.
 */
package dev.waiver.core.mapping;
