package dev.waiver.qualys;

import java.time.LocalDate;

/**
 * The end-date part of a builder whose request becomes Qualys' {@code update} action
 * ({@code end_date}): an exact day, or never ({@code end_date=0}); the later call wins. Shared by
 * {@link UpdateExceptionsRequest.Builder} and {@link ApproveExceptionsRequest.Builder}; its public
 * methods are theirs.
 *
 * @param <B> the builder's own type
 */
abstract class ExpiryBuilder<B extends ExpiryBuilder<B>> {

    LocalDate endDate;
    boolean neverExpires;

    ExpiryBuilder() {
    }

    abstract B self();

    /**
     * @param date the day the exceptions expire; replaces an earlier {@link #neverExpires()}
     * @return this builder
     */
    public B endDate(LocalDate date) {
        this.endDate = date;
        this.neverExpires = false;
        return self();
    }

    /**
     * The exceptions never expire ({@code end_date=0}); replaces an earlier {@link #endDate(LocalDate)}.
     *
     * @return this builder
     */
    public B neverExpires() {
        this.neverExpires = true;
        this.endDate = null;
        return self();
    }
}
