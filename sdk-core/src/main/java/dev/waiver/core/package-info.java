/**
 * What every Waiver client shares: the exception tree rooted at {@link dev.waiver.core.WaiverException},
 * {@link dev.waiver.core.PagedIterable} for lazily paged lists, {@link dev.waiver.core.RetryPolicy},
 * {@link dev.waiver.core.Secret} for credentials, {@link dev.waiver.core.OpenEnum} for vendor
 * enumerations that may grow, and the builder settings of {@link dev.waiver.core.ClientBuilder}.
 */
package dev.waiver.core;
