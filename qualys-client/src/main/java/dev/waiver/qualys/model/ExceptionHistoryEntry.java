package dev.waiver.qualys.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an exception's comment history, as a {@code list} answer with {@code details=All}
 * carries it: {@code HISTORY_LIST/HISTORY/(USER, COMMENT, INSERTION_DATE)} (Qualys API User Guide
 * v8.16, "Exceptions"). Immutable.
 */
public final class ExceptionHistoryEntry {

    private final String user;
    private final String comment;
    private final Instant insertedAt;

    private ExceptionHistoryEntry(String user, String comment, Instant insertedAt) {
        this.user = user;
        this.comment = comment == null ? "" : comment;
        this.insertedAt = insertedAt;
    }

    /**
     * @param user       who wrote it ({@code USER}), or {@code null} if the entry did not say
     * @param comment    the comment ({@code COMMENT}), or {@code null} for none
     * @param insertedAt when it was written ({@code INSERTION_DATE}), or {@code null} if the entry did not say
     * @return the entry
     */
    public static ExceptionHistoryEntry of(String user, String comment, Instant insertedAt) {
        return new ExceptionHistoryEntry(user, comment, insertedAt);
    }

    /** @return who wrote the comment ({@code USER}), as Qualys shows them: {@code Display Name (login)} */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** @return the comment's text ({@code COMMENT}), line breaks kept; empty if the entry carried none */
    public String comment() {
        return comment;
    }

    /** @return when the comment was written ({@code INSERTION_DATE}), if the entry said */
    public Optional<Instant> insertedAt() {
        return Optional.ofNullable(insertedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExceptionHistoryEntry e && Objects.equals(user, e.user) && comment.equals(e.comment)
                && Objects.equals(insertedAt, e.insertedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, comment, insertedAt);
    }

    @Override
    public String toString() {
        return "ExceptionHistoryEntry{user=" + user + ", insertedAt=" + insertedAt + ", comment=" + comment + '}';
    }
}
