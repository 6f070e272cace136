package dev.waiver.qualys.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One comment of an exception's history: its text and, when Qualys says, who wrote it and when.
 *
 * @param text   the comment's text
 * @param author who wrote it, or {@code null} if the answer did not say
 * @param date   when, or {@code null} if the answer did not say
 */
public record ExceptionComment(String text, String author, Instant date) {

    /** @return who wrote the comment, if the answer said */
    public Optional<String> authorIfKnown() {
        return Optional.ofNullable(author);
    }

    /** @return when the comment was written, if the answer said */
    public Optional<Instant> dateIfKnown() {
        return Optional.ofNullable(date);
    }
}
