/**
 * Helpers shared by the SDK's own modules: request checks and call records. Not API; exported
 * only to the vendor modules.
 */
package dev.waiver.core.internal;
