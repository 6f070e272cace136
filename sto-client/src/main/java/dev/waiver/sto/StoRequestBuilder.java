package dev.waiver.sto;

import dev.waiver.core.internal.RequestChecks;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every request builder of this package shares: the values set so far, by {@link Field}.
 * Setting {@code null} means "not set".
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class StoRequestBuilder<B extends StoRequestBuilder<B>> {

    private final Map<Field<?>, Object> values = new LinkedHashMap<>();

    /** A builder with nothing set. */
    StoRequestBuilder() {
    }

    /**
     * A builder holding a request's values, for {@code toBuilder()}.
     *
     * @param request the request to start from
     */
    StoRequestBuilder(StoRequest request) {
        values.putAll(request.values());
    }

    /** @return this builder as its concrete type */
    abstract B self();

    /**
     * @param field the field
     * @param value its value; {@code null} unsets it
     * @param <T>   its type
     * @return this builder
     */
    final <T> B set(Field<T> field, T value) {
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, value);
        }
        return self();
    }

    /**
     * @param field a field
     * @param <T>   its type
     * @return its value so far, or {@code null}
     */
    @SuppressWarnings("unchecked")
    final <T> T get(Field<T> field) {
        return (T) values.get(field);
    }

    /** @return the values set so far */
    final Map<Field<?>, Object> values() {
        return values;
    }

    /**
     * @param fields fields the vendor's description requires
     * @throws IllegalArgumentException naming the request and the first field not set
     */
    final void require(Field<?>... fields) {
        RequestChecks checks = checks();
        for (Field<?> field : fields) {
            checks.required(values.get(field), field.name());
        }
    }

    /**
     * @param values a list of ids a builder was given, or {@code null}
     * @param field  the list's name
     * @param <T>    the entry type
     * @return an unmodifiable copy, or {@code null} (not set) when {@code values} is {@code null} or empty
     * @throws IllegalArgumentException naming the request, the list and the index of a {@code null} entry
     */
    final <T> List<T> listOf(Collection<T> values, String field) {
        checks().noNulls(values, field);
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }

    /** @return core's checks, with messages starting with this builder's request name */
    final RequestChecks checks() {
        return RequestChecks.named(requestName());
    }

    /** @return the simple name of the request this builder builds, for messages */
    final String requestName() {
        Class<?> request = getClass().getEnclosingClass();
        return StoRequest.typeName(request == null ? getClass() : request);
    }
}
