package dev.waiver.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Base of the SDK's open enumerations: a vendor value the SDK does not know yet is kept, readable
 * and sent back unchanged, and never makes a call fail.
 *
 * <p>Compare with {@code equals} or against the subclass's constants; use {@link #isKnown()} to
 * tell whether this SDK version knows the value. {@link #value()} is the exact wire text.
 *
 * @param <T> the concrete enumeration
 */
public abstract class OpenEnum<T extends OpenEnum<T>> {

    private static final Map<Class<?>, Map<String, OpenEnum<?>>> KNOWN = new ConcurrentHashMap<>();

    private final String value;

    /**
     * @param value the wire text
     */
    protected OpenEnum(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * Registers a value this SDK version knows. Called by subclasses for their constants.
     *
     * @param type     the concrete enumeration
     * @param constant the constant
     * @param <T>      the concrete enumeration
     * @return {@code constant}
     */
    protected static <T extends OpenEnum<T>> T known(Class<T> type, T constant) {
        KNOWN.computeIfAbsent(type, t -> Collections.synchronizedMap(new LinkedHashMap<>()))
                .put(constant.value(), constant);
        return constant;
    }

    /**
     * Returns the known constant for a wire value, or a new instance holding an unknown value.
     *
     * @param type    the concrete enumeration
     * @param value   the wire text; {@code null} gives {@code null}
     * @param factory makes an instance for an unknown value
     * @param <T>     the concrete enumeration
     * @return the matching value
     */
    protected static <T extends OpenEnum<T>> T fromValue(Class<T> type, String value, Function<String, T> factory) {
        if (value == null) {
            return null;
        }
        OpenEnum<?> found = KNOWN.getOrDefault(type, Map.of()).get(value);
        return found != null ? type.cast(found) : factory.apply(value);
    }

    /**
     * The values this SDK version knows, in declaration order.
     *
     * @param type the concrete enumeration
     * @param <T>  the concrete enumeration
     * @return an unmodifiable collection
     */
    protected static <T extends OpenEnum<T>> Collection<T> knownValues(Class<T> type) {
        Map<String, OpenEnum<?>> values = KNOWN.getOrDefault(type, Map.of());
        synchronized (values) {
            return values.values().stream().map(type::cast).toList();
        }
    }

    /** @return the exact text the vendor uses for this value */
    @JsonValue
    public final String value() {
        return value;
    }

    /** @return {@code true} if this SDK version declares a constant for this value */
    public final boolean isKnown() {
        return KNOWN.getOrDefault(getClass(), Map.of()).containsKey(value);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenEnum<?>) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    /** @return the wire text */
    @Override
    public final String toString() {
        return value;
    }
}
