package dev.waiver.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An {@link AuthStrategy} applied once and kept as what it writes: its headers and its query
 * parameters, in order. A client's credentials do not change between calls, so every request
 * writes these directly instead of running the strategy's lambdas again. Never prints a value.
 */
final class CompiledAuth {

    private final String[] headerNames;
    private final String[] headerValues;
    private final String[] queryNames;
    private final String[] queryValues;

    private CompiledAuth(List<String[]> headers, List<String[]> query) {
        this.headerNames = headers.stream().map(h -> h[0]).toArray(String[]::new);
        this.headerValues = headers.stream().map(h -> h[1]).toArray(String[]::new);
        this.queryNames = query.stream().map(q -> q[0]).toArray(String[]::new);
        this.queryValues = query.stream().map(q -> q[1]).toArray(String[]::new);
    }

    /**
     * @param auth a strategy whose output does not change between calls
     * @return what it writes
     */
    static CompiledAuth of(AuthStrategy auth) {
        List<String[]> headers = new ArrayList<>();
        List<String[]> query = new ArrayList<>();
        auth.apply(new AuthStrategy.Target() {
            @Override
            public void header(String name, String value) {
                headers.removeIf(h -> h[0].equalsIgnoreCase(name)); // a later header replaces an earlier one
                headers.add(new String[] {name, value});
            }

            @Override
            public void queryParameterIfAbsent(String name, String value) {
                if (query.stream().noneMatch(q -> q[0].equals(name))) {
                    query.add(new String[] {name, value});
                }
            }
        });
        return new CompiledAuth(headers, query);
    }

    /** Writes everything onto a target, as the strategy would. */
    void applyTo(AuthStrategy.Target target) {
        for (int i = 0; i < headerNames.length; i++) {
            target.header(headerNames[i], headerValues[i]);
        }
        for (int i = 0; i < queryNames.length; i++) {
            target.queryParameterIfAbsent(queryNames[i], queryValues[i]);
        }
    }

    /** @return how many headers it writes */
    int headerCount() {
        return headerNames.length;
    }

    /** @return the name of header {@code i} */
    String headerName(int i) {
        return headerNames[i];
    }

    /** @return the value of header {@code i} */
    String headerValue(int i) {
        return headerValues[i];
    }

    /** @return how many query parameters it writes */
    int queryCount() {
        return queryNames.length;
    }

    /** @return the name of query parameter {@code i} */
    String queryName(int i) {
        return queryNames[i];
    }

    /** @return the value of query parameter {@code i} */
    String queryValue(int i) {
        return queryValues[i];
    }

    /** @return the header names, lower case */
    Set<String> lowerCaseHeaderNames() {
        return java.util.Arrays.stream(headerNames).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** @return the names written, never a value */
    @Override
    public String toString() {
        return "CompiledAuth{headers=" + List.of(headerNames) + ", query=" + List.of(queryNames) + '}';
    }
}
