package dev.waiver.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.core.OpenEnum;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMappersTest {

    /** An open enumeration as vendor modules declare them. */
    public static final class Color extends OpenEnum<Color> {
        public static final Color RED = known(Color.class, new Color("red"));
        public static final Color DARK_BLUE = known(Color.class, new Color("Dark Blue"));

        private Color(String value) {
            super(value);
        }

        @JsonCreator
        public static Color of(String value) {
            return fromValue(Color.class, value, Color::new);
        }

        public static java.util.Collection<Color> values() {
            return knownValues(Color.class);
        }
    }

    /** A model with a timestamp and an open enum. */
    public static final class Thing {
        public Instant created;
        public Color color;
        public String note;
    }

    @Test
    void secondsAndMillisecondsBecomeInstantsAndRoundTripExactly() throws Exception {
        ObjectMapper seconds = JsonMappers.create(EpochUnit.SECONDS);
        ObjectMapper millis = JsonMappers.create(EpochUnit.MILLISECONDS);
        Thing s = seconds.readValue("{\"created\":1651578240}", Thing.class);
        Thing m = millis.readValue("{\"created\":1732550400123}", Thing.class);
        assertThat(s.created).isEqualTo(Instant.parse("2022-05-03T11:44:00Z"));
        assertThat(m.created).isEqualTo(Instant.parse("2024-11-25T16:00:00.123Z"));
        assertThat(seconds.writeValueAsString(s)).isEqualTo("{\"created\":1651578240}");
        assertThat(millis.writeValueAsString(m)).isEqualTo("{\"created\":1732550400123}");
        assertThat(seconds.readValue("{\"created\":\"2022-05-03T11:44:00Z\"}", Thing.class).created)
                .isEqualTo(Instant.parse("2022-05-03T11:44:00Z"));
        assertThat(seconds.readValue("{\"created\":\"1651578240\"}", Thing.class).created)
                .isEqualTo(Instant.parse("2022-05-03T11:44:00Z"));
    }

    @Test
    void anOutOfRangeTimestampIsAMappingErrorNotACrash() {
        ObjectMapper seconds = JsonMappers.create(EpochUnit.SECONDS);
        assertThatThrownBy(() -> seconds.readValue("{\"created\":99999999999999999999999}", Thing.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> seconds.readValue("{\"created\":9223372036854775807}", Thing.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> seconds.readValue("{\"created\":true}", Thing.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void unknownEnumValuesAreKeptAndRoundTripWhileUnknownFieldsAreIgnored() throws Exception {
        ObjectMapper mapper = JsonMappers.create(EpochUnit.SECONDS);
        Thing t = mapper.readValue("{\"color\":\"Ultraviolet\",\"brandNewField\":{\"x\":1}}", Thing.class);
        assertThat(t.color.value()).isEqualTo("Ultraviolet");
        assertThat(t.color.isKnown()).isFalse();
        assertThat(t.color).isEqualTo(Color.of("Ultraviolet")).isNotEqualTo(Color.RED);
        assertThat(mapper.writeValueAsString(t)).isEqualTo("{\"color\":\"Ultraviolet\"}");
        Thing known = mapper.readValue("{\"color\":\"Dark Blue\"}", Thing.class);
        assertThat(known.color).isSameAs(Color.DARK_BLUE);
        assertThat(known.color.isKnown()).isTrue();
        assertThat(Color.values()).containsExactly(Color.RED, Color.DARK_BLUE);
        assertThat(Color.of(null)).isNull();
    }

    @Test
    void nullPropertiesAreOmittedButExplicitNullEntriesAreWritten() throws Exception {
        ObjectMapper mapper = JsonMappers.create(EpochUnit.MILLISECONDS);
        Thing t = new Thing();
        t.note = "n";
        assertThat(mapper.writeValueAsString(t)).isEqualTo("{\"note\":\"n\"}");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expireAfter", null);
        body.put("remediationPlan", "patch");
        assertThat(mapper.writeValueAsString(body)).isEqualTo("{\"expireAfter\":null,\"remediationPlan\":\"patch\"}");
    }
}
