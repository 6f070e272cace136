package dev.waiver.testkit.internal;

/**
 * A request matched to an operation.
 *
 * @param operation the operation name, for faults (for example {@code "sto.create"})
 * @param handler   what performs it
 */
public record Route(String operation, Handler handler) {
}
