package dev.waiver.testkit;

/**
 * One operation of a faked vendor API, as named for fault injection: each fake lists its own in a
 * nested {@code Operation} enum (for example {@code StoFake.Operation.CREATE}).
 */
public interface FakeOperation {

    /**
     * @return the operation's name in the fault registry, for example {@code "sto.create"}
     */
    String operationName();
}
