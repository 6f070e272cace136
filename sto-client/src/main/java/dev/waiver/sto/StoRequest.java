package dev.waiver.sto;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * What every request of this package shares: immutable values kept by {@link Field}, and
 * {@code equals}, {@code hashCode} and {@code toString} over them. Two requests are equal when they
 * are of the same type and set the same fields to equal values.
 */
abstract class StoRequest {

    private final Map<Field<?>, Object> values;

    StoRequest(StoRequestBuilder<?> builder) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(builder.values()));
    }

    /** @return the values set, in the order they were first set */
    final Map<Field<?>, Object> values() {
        return values;
    }

    /**
     * @param field a field the builder checked to be set
     * @param <T>   its type
     * @return its value
     */
    @SuppressWarnings("unchecked")
    final <T> T value(Field<T> field) {
        return (T) values.get(field);
    }

    /**
     * @param field a field
     * @param <T>   its type
     * @return its value, or empty when not set
     */
    final <T> Optional<T> optional(Field<T> field) {
        return Optional.ofNullable(value(field));
    }

    /**
     * @param field a whole-number field
     * @return its value, or empty when not set
     */
    final OptionalLong optionalLong(Field<Long> field) {
        Long value = value(field);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /**
     * @param field a whole-number field
     * @return its value, or empty when not set
     */
    final OptionalInt optionalInt(Field<Integer> field) {
        Integer value = value(field);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * @param type a request type of this package
     * @return its name without the package, for example {@code BulkCreateExemptionsRequest.Item}
     */
    static String typeName(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && values.equals(((StoRequest) o).values);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + values.hashCode();
    }

    /** @return the type's simple name and the fields set, for example {@code GetExemptionRequest{ignoreScope=true}} */
    @Override
    public final String toString() {
        StringJoiner out = new StringJoiner(", ", typeName(getClass()) + "{", "}");
        values.forEach((field, value) -> out.add(field.name() + "=" + value));
        return out.toString();
    }
}
