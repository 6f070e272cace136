package dev.waiver.qualys.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QualysExceptionsExampleTest {

    @Test
    void theExampleRunsEveryActionAgainstTheEmbeddedServer() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QualysExceptionsExample.runEmbedded(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "requested exception 59",
                "pending: 59 on host 3753479 control 16832",
                "update: Successfully Updated 59",
                "delete: Exception(s) deleted successfully",
                "calls left in the window: 296");
    }
}
