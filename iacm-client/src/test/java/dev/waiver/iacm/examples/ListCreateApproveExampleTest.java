package dev.waiver.iacm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.iacm.model.ApprovalStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ListCreateApproveExampleTest {

    @Test
    void theExampleListsCreatesAndApprovesAgainstTheEmbeddedServer() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();

        ApprovalStatus end = ListCreateApproveExample.runEmbedded(new PrintStream(captured, true, StandardCharsets.UTF_8));

        assertThat(end).isSameAs(ApprovalStatus.APPROVED);

        assertThat(captured.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Pending approvals in default/payments:",
                "  337f16ff-cec4-45f5-92fc-4710f4b942c0  stage apply_staging of execution Qm9v2nTgRZy1dE7uLw3H8g"
                        + " (workspace payments_staging, since 2024-06-11T16:06:40.789Z)",
                "Created approval 9a3c5e2f-61b4-4f0d-8d2e-7b1a6c9e0f42",
                "Approval 9a3c5e2f-61b4-4f0d-8d2e-7b1a6c9e0f42 is now approved (by Jane Doe at 2024-06-12T13:47:40Z)");
    }
}
