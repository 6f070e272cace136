package dev.waiver.testkit.internal.har;

/**
 * A principal as HAR's UserInfoV3 writes it.
 *
 * @param uid         the user name
 * @param displayName the name shown
 * @param email       the email
 */
public record HarUser(String uid, String displayName, String email) {
}
