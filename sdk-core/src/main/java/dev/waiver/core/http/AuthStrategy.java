package dev.waiver.core.http;

import dev.waiver.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import okhttp3.Credentials;

/**
 * How a client proves who it is: written onto each request, and only onto requests for the
 * client's own origin (scheme, host and port), so a redirect to another host never carries a
 * credential. For vendor modules.
 */
@FunctionalInterface
public interface AuthStrategy {

    /** Where a strategy writes its credentials. */
    interface Target {
        /**
         * Sets a header, replacing any value.
         *
         * @param name  the header's name
         * @param value its value
         */
        void header(String name, String value);

        /**
         * Adds a query parameter unless the request already has one of that name (a per-request
         * override).
         *
         * @param name  the parameter's name
         * @param value its value
         */
        void queryParameterIfAbsent(String name, String value);
    }

    /**
     * Writes the credentials.
     *
     * @param target the outgoing request
     */
    void apply(Target target);

    /**
     * An API key in a header, for example Harness {@code x-api-key}.
     *
     * @param headerName the header's name
     * @param key        the key
     * @return the strategy
     */
    static AuthStrategy apiKeyHeader(String headerName, Secret key) {
        Objects.requireNonNull(headerName, "headerName");
        Objects.requireNonNull(key, "key");
        return t -> t.header(headerName, key.reveal());
    }

    /**
     * A fixed, non-secret header, for example Harness {@code Harness-Account} or Qualys
     * {@code X-Requested-With}.
     *
     * @param name  the header's name
     * @param value its value
     * @return the strategy
     */
    static AuthStrategy header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return t -> t.header(name, value);
    }

    /**
     * A query parameter on every request, for example Harness {@code accountId}; a request that
     * already names it keeps its own value.
     *
     * @param name  the parameter's name
     * @param value its value
     * @return the strategy
     */
    static AuthStrategy queryParameter(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return t -> t.queryParameterIfAbsent(name, value);
    }

    /**
     * HTTP Basic authentication (UTF-8).
     *
     * @param username the user name
     * @param password the password
     * @return the strategy
     */
    static AuthStrategy basic(String username, Secret password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        // Encoded once, not on every request; kept as a Secret so it never prints.
        Secret header = Secret.of(Credentials.basic(username, password.reveal(), StandardCharsets.UTF_8), "password");
        return t -> t.header("Authorization", header.reveal());
    }

    /**
     * Several strategies applied in order.
     *
     * @param parts the strategies
     * @return the combined strategy
     */
    static AuthStrategy all(AuthStrategy... parts) {
        List<AuthStrategy> list = List.of(parts);
        return t -> list.forEach(p -> p.apply(t));
    }
}
