package dev.waiver.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Generates the three Harness descriptions of the vendor modules with {@code immutableModels=true},
 * execution by execution as their POMs do (models, then STO's wire models against them), and compiles
 * the result against Jackson alone. The schema mappings to hand-written SDK types are left out so
 * that nothing but Jackson is needed: the open enumerations, plain strings in the descriptions, stay
 * {@code String}, and HAR's and IaCM's request bodies are generated too, which exercises the explicit
 * {@code null} of HAR's update body. Then a few real shapes are read and written.
 */
class VendorSpecsImmutableTest {

    private static final ObjectMapper SECONDS = CoreLikeMapper.seconds();
    private static final ObjectMapper MILLIS = CoreLikeMapper.millis();

    private static Path spec(String module, String file) {
        return Path.of("..", module, "src", "main", "openapi", file).toAbsolutePath().normalize();
    }

    @Test
    void stoModelsAndWireModels() throws Exception {
        String models = "dev.waiver.sto.model";
        GeneratedModels sto = GeneratedModels.generate(spec("sto-client", "sto.yaml"),
                GeneratedModels.target("sto-models"), models,
                "PendingChanges,Exemption,CreatedExemption,"
                        + "StoPagination,ExemptionPage,BulkExemptionItemResult,BulkExemptionResult,"
                        + "ExemptionHistoryEvent,ExemptionHistoryPage,ExemptionHistoryExport",
                Map.of("EpochSeconds", "java.time.Instant"), Map.of());
        String wire = "dev.waiver.sto.internal.wire";
        GeneratedModels stoWire = GeneratedModels.generate(spec("sto-client", "sto.yaml"),
                GeneratedModels.target("sto-wire"), wire,
                "CreateExemptionBody,BulkExemptionItem,BulkCreateExemptionsBody,UpdateExemptionBody,"
                        + "ReviewExemptionBody,PromoteExemptionBody,StoErrorBody",
                Map.of("EpochSeconds", "java.time.Instant",
                        "PendingChanges", models + ".PendingChanges"),
                Map.of(), sto);
        assertThat(stoWire.classNames()).containsExactly("BulkCreateExemptionsBody", "BulkExemptionItem",
                "CreateExemptionBody", "PromoteExemptionBody", "ReviewExemptionBody", "StoErrorBody",
                "UpdateExemptionBody");

        // A wire body built the way the SDK will: only what is set is sent.
        Class<?> pendingChanges = sto.type(models, "PendingChanges");
        Object changes = build(pendingChanges, Map.of("durationDays", 30L));
        Object body = build(stoWire.type(wire, "CreateExemptionBody"), Map.of(
                "issueId", "issue-1",
                "type", "Compensating Controls",
                "reason", "mitigated",
                "pendingChanges", changes,
                "occurrences", List.of(1L, 2L)));
        assertThat(SECONDS.writeValueAsString(body)).isEqualTo("{\"issueId\":\"issue-1\","
                + "\"type\":\"Compensating Controls\",\"reason\":\"mitigated\","
                + "\"pendingChanges\":{\"durationDays\":30},\"occurrences\":[1,2]}");
        // Harness requires the pendingChanges object, nothing inside it: an empty one is sent as {}.
        Object empty = build(stoWire.type(wire, "CreateExemptionBody"),
                Map.of("pendingChanges", build(pendingChanges, Map.of())));
        assertThat(SECONDS.writeValueAsString(empty)).isEqualTo("{\"pendingChanges\":{}}");

        Class<?> exemption = sto.type(models, "Exemption");
        Object read = SECONDS.readValue("{\"id\":\"e1\",\"issueId\":\"i1\",\"type\":\"Other\",\"reason\":\"r\","
                + "\"status\":\"Someday\",\"requesterId\":\"u1\",\"pendingChanges\":{},\"created\":1700000000,"
                + "\"lastModified\":1700000001,\"unknownField\":[1]}", exemption);
        assertThat(call(read, "id")).isEqualTo("e1");
        assertThat(call(read, "status")).isEqualTo("Someday");
        assertThat(call(read, "created")).isEqualTo(java.time.Instant.ofEpochSecond(1700000000));
        assertThat(SECONDS.readValue(SECONDS.writeValueAsString(read), exemption)).isEqualTo(read);
    }

    @Test
    void harModelsIncludingExplicitNullBodies() throws Exception {
        String models = "dev.waiver.har.model";
        GeneratedModels har = GeneratedModels.generate(spec("har-client", "har.yaml"),
                GeneratedModels.target("har-models"), models, "",
                Map.of("EpochMillis", "java.time.Instant"), Map.of("UUID", "String"));
        assertThat(har.classNames()).contains("FirewallException", "FirewallExceptionList",
                "UpdateFirewallExceptionBody", "Principal");

        // "expireAfter": null means never expires; absent means unchanged.
        Class<?> update = har.type(models, "UpdateFirewallExceptionBody");
        Object neverExpires = invoke(invoke(invoke(update.getMethod("builder").invoke(null),
                "clearExpireAfter"), "remediationPlan", "patch"), "build");
        assertThat(MILLIS.writeValueAsString(neverExpires))
                .isEqualTo("{\"expireAfter\":null,\"remediationPlan\":\"patch\"}");
        assertThat(MILLIS.writeValueAsString(build(update, Map.of("businessJustification", "why"))))
                .isEqualTo("{\"businessJustification\":\"why\"}");

        String json = "{\"exceptionId\":\"x1\",\"registryId\":\"r1\",\"packageName\":\"p\",\"packageType\":\"NPM\","
                + "\"versionId\":null,\"versionList\":[],\"businessJustification\":\"b\",\"remediationPlan\":null,"
                + "\"expireAfter\":null,\"expirationAt\":null,\"status\":\"APPROVED\",\"createdAt\":1700000000000,"
                + "\"createdBy\":{\"uid\":\"n\",\"display_name\":\"N\"},\"updatedAt\":1700000000001,\"updatedBy\":{\"uid\":\"m\"}}";
        Class<?> exception = har.type(models, "FirewallException");
        Object read = MILLIS.readValue(json, exception);
        assertThat(call(read, "expireAfter")).isEqualTo(Optional.empty());
        assertThat(call(read, "isExpireAfterExplicitNull")).isEqualTo(true);
        assertThat(call(read, "versionScanMap")).isEqualTo(Map.of());
        assertThat(call(read, "versionList")).isEqualTo(List.of());
        assertThat(call(read, "createdAt")).isEqualTo(java.time.Instant.ofEpochMilli(1700000000000L));
        assertThat(call(call(read, "createdBy"), "displayName")).isEqualTo(Optional.of("N"));
        assertThat(MILLIS.readTree(MILLIS.writeValueAsString(read))).isEqualTo(MILLIS.readTree(json));
    }

    @Test
    void iacmModels() throws Exception {
        String models = "dev.waiver.iacm.model";
        GeneratedModels iacm = GeneratedModels.generate(spec("iacm-client", "iacm.yaml"),
                GeneratedModels.target("iacm-models"), models, "",
                Map.of("EpochMillis", "java.time.Instant"), Map.of());
        assertThat(iacm.classNames()).contains("Approval", "CreateApprovalBody", "IacmError");
        Class<?> approval = iacm.type(models, "Approval");
        Object read = MILLIS.readValue("{\"id\":\"a1\",\"account\":\"acc\",\"org\":\"o\",\"project\":\"p\","
                + "\"workspace_id\":\"w\",\"pipeline_execution_id\":\"pe\",\"pipeline_stage_id\":\"ps\","
                + "\"status\":\"approved\",\"created\":1700000000000,\"updated\":1700000000001}", approval);
        assertThat(call(read, "workspaceId")).isEqualTo("w");
        assertThat(MILLIS.readValue(MILLIS.writeValueAsString(read), approval)).isEqualTo(read);
        assertThat(MILLIS.writeValueAsString(read)).contains("\"workspace_id\":\"w\"");
    }

    private static Object build(Class<?> type, Map<String, Object> values) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            invoke(builder, e.getKey(), e.getValue());
        }
        return invoke(builder, "build");
    }

    private static Object call(Object target, String name) throws Exception {
        return invoke(target, name);
    }

    private static Object invoke(Object target, String name, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                return m.invoke(target, args);
            }
        }
        throw new AssertionError("no public " + name + " with " + args.length + " arguments on " + target.getClass());
    }
}
