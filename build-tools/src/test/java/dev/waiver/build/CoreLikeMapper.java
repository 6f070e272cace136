package dev.waiver.build;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import java.time.Instant;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * The settings of {@code dev.waiver.core.mapping.JsonMappers.create(EpochUnit)}, which the generated
 * models must meet: unknown properties ignored, {@code null} properties left out while {@code null}
 * inside maps and trees is kept, {@link Instant} as a number in the vendor's unit. Repeated here
 * because this module cannot depend on sdk-core (the generator runs before it is built).
 */
final class CoreLikeMapper {

    private CoreLikeMapper() {
    }

    /** @return the mapper STO uses (seconds) */
    static ObjectMapper seconds() {
        return create(Instant::getEpochSecond, Instant::ofEpochSecond);
    }

    /** @return the mapper HAR and IaCM use (milliseconds) */
    static ObjectMapper millis() {
        return create(Instant::toEpochMilli, Instant::ofEpochMilli);
    }

    private static ObjectMapper create(ToLongFunction<Instant> write, LongFunction<Instant> read) {
        SimpleModule epoch = new SimpleModule("epoch");
        epoch.addSerializer(Instant.class, new StdScalarSerializer<Instant>(Instant.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(write.applyAsLong(value));
            }
        });
        epoch.addDeserializer(Instant.class, new StdScalarDeserializer<Instant>(Instant.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return read.apply(p.getLongValue());
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(epoch)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.ALWAYS))
                .build();
    }
}
