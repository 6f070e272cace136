package dev.waiver.testkit.internal.qualys;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users the fake knows: id, display name, login. Qualys shows an assignee by display name and a
 * history entry's author as "Display Name (login)". A user id nobody registered is shown as
 * "User {id}" (login {@code user{id}}), so tests need not register every assignee.
 */
public final class QualysUsers {

    /**
     * One user.
     *
     * @param id          the user id
     * @param displayName the display name
     * @param login       the login
     */
    public record User(long id, String displayName, String login) {
        /** @return "Display Name (login)", as a history entry shows its author */
        public String historyName() {
            return displayName + " (" + login + ")";
        }
    }

    private final Map<Long, User> byId = new ConcurrentHashMap<>();

    /**
     * Registers (or replaces) a user.
     *
     * @param user the user
     */
    public void put(User user) {
        byId.put(user.id(), user);
    }

    /**
     * @param id a user id
     * @return the user, or a generated one for an unknown id
     */
    public User get(long id) {
        User u = byId.get(id);
        return u != null ? u : new User(id, "User " + id, "user" + id);
    }

    /**
     * @param login a login
     * @return the registered user with that login, or {@code null}
     */
    public User byLogin(String login) {
        return byId.values().stream().filter(u -> u.login().equals(login)).findFirst().orElse(null);
    }

    /** Forgets every registered user. */
    public void clear() {
        byId.clear();
    }

    /**
     * @param id a user id
     * @return the user's display name
     */
    public String displayName(long id) {
        return get(id).displayName();
    }
}
