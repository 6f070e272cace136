package dev.waiver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The phantom-required rule drops exactly the names a schema requires without declaring them. */
class PhantomRequiredTest {

    @Test
    void dropsOnlyTheRequiredNamesTheSchemaDoesNotDeclare() {
        Schema<?> schema = new ObjectSchema()
                .addProperty("issueId", new StringSchema())
                .addProperty("reason", new StringSchema())
                .addProperty("link", new StringSchema());
        schema.required(new ArrayList<>(List.of("issueId", "reason")));
        schema.getRequired().add("created"); // the way the parser reads a list naming an undeclared field

        assertThat(PhantomRequired.applyTo(schema)).containsExactly("created");
        assertThat(schema.getRequired()).containsExactlyInAnyOrder("issueId", "reason");
        assertThat(schema.getProperties()).containsOnlyKeys("issueId", "reason", "link");
    }

    @Test
    void leavesASchemaThatRequiresOnlyDeclaredNamesAlone() {
        Schema<?> schema = new ObjectSchema().addProperty("status", new StringSchema());
        schema.required(new ArrayList<>(List.of("status")));

        assertThat(PhantomRequired.applyTo(schema)).isEmpty();
        assertThat(schema.getRequired()).containsExactly("status");
    }

    @Test
    void leavesAComposedSchemaAloneBecauseAPartMayDeclareTheName() {
        Schema<?> schema = new Schema<>();
        schema.allOf(List.of(new ObjectSchema().addProperty("id", new StringSchema())));
        schema.setRequired(new ArrayList<>(List.of("id")));

        assertThat(PhantomRequired.applyTo(schema)).isEmpty();
        assertThat(schema.getRequired()).containsExactly("id");
    }

    @Test
    void dropsInHarnessDescriptionsExactlyTheNamesTheirSchemasNeverDeclare() {
        // Ground truth, read off the YAML by hand: required names no property of the same schema declares.
        assertThat(droppedNames(HarnessApi.STO)).containsExactlyInAnyOrder(
                "id", "status", "requesterId", "created", "lastModified", "type", "reason", "pendingChanges", "issueId");
        assertThat(droppedNames(HarnessApi.HAR)).containsExactlyInAnyOrder("package", "registry_id");
        assertThat(droppedNames(HarnessApi.IACM))
                .containsExactlyInAnyOrder("pipeline_execution_id", "pipeline_stage_id", "workspace_id");
    }

    @Test
    void keepsEveryDeclaredRequiredNameOfTheStoRequestBodies() {
        Map<String, List<String>> dropped = HarnessDescriptions.droppedPhantoms(HarnessApi.STO);
        assertThat(dropped).as("dropped by location").hasSizeGreaterThanOrEqualTo(4);
        assertThat(dropped.get("POST /sto/api/v2/exemptions request body application/json"))
                .containsExactlyInAnyOrder("status", "requesterId", "id", "created", "lastModified");
        assertThat(dropped.get("PUT /sto/api/v2/exemptions/{id}/{action} request body application/json"))
                .containsExactlyInAnyOrder("type", "reason", "pendingChanges", "issueId", "status", "requesterId",
                        "created", "lastModified");
        assertThat(dropped.get("PUT /sto/api/v2/exemptions/{id}/promote request body application/json"))
                .containsExactlyInAnyOrder("type", "reason", "pendingChanges", "issueId", "status", "requesterId",
                        "created", "lastModified");
        assertThat(dropped.get("PUT /sto/api/v2/exemptions/{id} request body application/json"))
                .containsExactlyInAnyOrder("issueId", "status", "requesterId", "created", "lastModified");

        Schema<?> create = HarnessDescriptions.get(HarnessApi.STO).getPaths().get("/sto/api/v2/exemptions").getPost()
                .getRequestBody().getContent().get("application/json").getSchema();
        assertThat(create.getRequired()).containsExactlyInAnyOrder("type", "reason", "pendingChanges", "issueId");
        Schema<?> update = HarnessDescriptions.get(HarnessApi.STO).getPaths().get("/sto/api/v2/exemptions/{id}").getPut()
                .getRequestBody().getContent().get("application/json").getSchema();
        assertThat(update.getRequired()).containsExactlyInAnyOrder("type", "reason", "pendingChanges");
    }

    @Test
    void keepsTheRequiredStatusOfTheIacmUpdateBody() {
        Schema<?> update = HarnessDescriptions.get(HarnessApi.IACM).getPaths()
                .get("/iacm/api/orgs/{org}/projects/{project}/approvals/{id}").getPut()
                .getRequestBody().getContent().get("application/json").getSchema();
        assertThat(update.getRequired()).containsExactly("status");
    }

    private static TreeSet<String> droppedNames(HarnessApi api) {
        TreeSet<String> names = new TreeSet<>();
        HarnessDescriptions.droppedPhantoms(api).values().forEach(names::addAll);
        return names;
    }
}
