package dev.waiver.core;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Safe creates: what the SDK does when a single-record create's answer is lost. None of the four
 * vendors offers idempotency keys, so the SDK uses the record's natural key instead. Covered: STO
 * {@code Exemptions.create}, HAR {@code FirewallExceptions.create}, IaCM {@code Approvals.create}
 * and Qualys {@code ComplianceExceptions.create} for one host ({@code hostId}; Qualys' list names a
 * host by IP only, so its Host List gives the host's IP first); their typed result says
 * {@code recovered()}. Not covered: bulk creates and Qualys' v3.0 tag-set creates (several records
 * per create).
 *
 * <p>The guarantee, when safe creates are on (the default; {@link ClientBuilder#safeCreates(boolean)}):
 * <ol>
 *   <li>The create is sent (and retried by the {@link RetryPolicy} only when it provably never
 *       reached the vendor, as always).</li>
 *   <li>If it fails with a {@link TransportException} whose
 *       {@link TransportException#requestMayHaveReachedServer()} is {@code true} (a timeout, or a
 *       reset after the request was sent), the record is looked up by the vendor's natural key
 *       (each create method's Javadoc says which).</li>
 *   <li>A record found is returned, marked {@code recovered() == true}. That record may have been
 *       created by someone else with the same natural key: the SDK cannot tell, and returns it
 *       all the same.</li>
 *   <li>No record found: the create is sent once more, and whatever that attempt returns or throws
 *       is the result (never a third send, never another lookup).</li>
 *   <li>A lookup that itself fails throws the <em>original</em> create failure, with the lookup's
 *       failure {@linkplain Throwable#getSuppressed() suppressed} in it. So does a lookup that
 *       cannot tell which record is the lost create's (Qualys: several candidates, or an instance
 *       the list does not show); nothing is sent again.</li>
 * </ol>
 * Any other failure (the vendor answered with an error, or the request provably never left) is
 * thrown as before. The limit: between the lost create and the lookup the vendor may not yet show
 * the record (eventual consistency), in which case the second send may create a duplicate; and a
 * record created, then changed so that it no longer matches the key, is not found.
 * For vendor modules; not meant to be called by applications.
 */
public final class SafeCreate {

    private SafeCreate() {
    }

    /**
     * Runs a create with the safe-create guarantee.
     *
     * @param enabled whether safe creates are on for the client
     * @param create  sends the create once and returns its result
     * @param lookup  looks the record up by its natural key; empty when it does not exist; the
     *                result it returns must already be marked recovered
     * @param <T>     the create's result type
     * @return the created record, or the one found (recovered)
     */
    public static <T> T run(boolean enabled, Supplier<T> create, Supplier<Optional<T>> lookup) {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(lookup, "lookup");
        try {
            return create.get();
        } catch (TransportException original) {
            if (!enabled || !original.requestMayHaveReachedServer()) {
                throw original;
            }
            Optional<T> found;
            try {
                found = lookup.get();
            } catch (RuntimeException lookupFailure) {
                original.addSuppressed(lookupFailure);
                throw original;
            }
            if (found.isPresent()) {
                return found.get();
            }
            return create.get();
        }
    }
}
