package dev.waiver.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The in-memory rewrite of OpenAPI 3.1/3.2 type lists into OpenAPI 3.0. */
class OpenApi30ViewTest {

    @Test
    void turnsATypeAndNullIntoANullableType() {
        String json = OpenApi30View.of("""
                openapi: 3.2.0
                components:
                  schemas:
                    A:
                      properties:
                        days: { type: [integer, 'null'], format: int32 }
                        name: { type: string }
                """, "test");
        assertThat(json).startsWith("{\"openapi\":\"3.0.3\"")
                .contains("\"days\":{\"type\":\"integer\",\"format\":\"int32\",\"nullable\":true}")
                .contains("\"name\":{\"type\":\"string\"}");
    }

    @Test
    void leavesExampleValuesAlone() {
        String json = OpenApi30View.of("""
                openapi: 3.1.0
                components:
                  schemas:
                    A:
                      example: { type: [a, b] }
                """, "test");
        assertThat(json).contains("\"example\":{\"type\":[\"a\",\"b\"]}");
    }

    @Test
    void refusesATypeListThatOpenApi30CannotExpress() {
        assertThatThrownBy(() -> OpenApi30View.of("""
                openapi: 3.2.0
                components:
                  schemas:
                    A: { type: [integer, string] }
                """, "test.yml"))
                .hasMessageContaining("test.yml").hasMessageContaining("#/components/schemas/A");
    }
}
