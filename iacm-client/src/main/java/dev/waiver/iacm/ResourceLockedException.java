package dev.waiver.iacm;

import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;

/**
 * IaCM refused the call with HTTP 423 (Goa error {@code LockedError}): the resource the call
 * touches is locked, typically because another pipeline run or operation on the same workspace
 * holds the lock at this moment. The request was not carried out.
 *
 * <p>What to do: wait for the other run to finish (or release its lock) and send the call again.
 * When IaCM marks the error {@code temporary} ({@code error().detail("temporary")} is
 * {@code "true"}) the client's retry policy already tried again, for creates too, since a refusal
 * for a lock means nothing was done; this exception means the lock outlived those attempts.
 */
public class ResourceLockedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from IaCM's answer.
     *
     * @param error what IaCM said
     */
    public ResourceLockedException(ApiError error) {
        super(error);
    }
}
