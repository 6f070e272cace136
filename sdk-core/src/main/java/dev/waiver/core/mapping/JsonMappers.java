package dev.waiver.core.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Makes the one configured JSON mapper each client uses. For vendor modules.
 *
 * <p>Settings: Java time types supported, with {@link Instant} read from and written as numbers
 * in the vendor's {@link EpochUnit} (ISO-8601 text is also accepted when reading); unknown
 * properties ignored; {@code null} properties omitted on write, while {@code null} entries of a
 * map or JSON tree are kept, which is how a request says "set this field to null".
 */
public final class JsonMappers {

    private JsonMappers() {
    }

    /**
     * Creates a mapper.
     *
     * @param unit the vendor's timestamp unit
     * @return a new, fully configured mapper
     */
    public static ObjectMapper create(EpochUnit unit) {
        SimpleModule instants = new SimpleModule("waiver-epoch-" + unit.name().toLowerCase(java.util.Locale.ROOT));
        instants.addSerializer(Instant.class, new EpochSerializer(unit));
        instants.addDeserializer(Instant.class, new EpochDeserializer(unit));
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(instants)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.ALWAYS))
                .build();
    }

    private static final class EpochSerializer extends StdScalarSerializer<Instant> {
        private static final long serialVersionUID = 1L;
        private final EpochUnit unit;

        EpochSerializer(EpochUnit unit) {
            super(Instant.class);
            this.unit = unit;
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(unit.fromInstant(value));
        }
    }

    private static final class EpochDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;
        private final EpochUnit unit;

        EpochDeserializer(EpochUnit unit) {
            super(Instant.class);
            this.unit = unit;
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            try {
                if (token == JsonToken.VALUE_NUMBER_INT) {
                    return unit.toInstant(p.getLongValue());
                }
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    return unit.toInstant(p.getDecimalValue().longValueExact());
                }
                if (token == JsonToken.VALUE_STRING) {
                    String text = p.getText().trim();
                    if (text.isEmpty()) {
                        return null;
                    }
                    return text.chars().allMatch(c -> c == '-' || Character.isDigit(c))
                            ? unit.toInstant(Long.parseLong(text))
                            : Instant.parse(text);
                }
            } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getText(),
                        "not a timestamp in %s: %s", unit, e.getMessage());
            }
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
    }
}
