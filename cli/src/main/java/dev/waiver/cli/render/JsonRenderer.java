package dev.waiver.cli.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waiver.acceptances.RiskAcceptance;
import dev.waiver.acceptances.VendorOutcome;
import dev.waiver.core.ApiException;
import dev.waiver.core.WaiverException;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * One JSON object, for tools:
 * <pre>
 * { "readAt", "today", "windowDays",
 *   "vendors": [ { "vendor", "status": "ok", "count", "elapsedMs" }
 *              | { "vendor", "status": "failed", "elapsedMs",
 *                  "error": { "type", "httpStatus", "vendorCode", "requestId", "message" } } ],
 *   "acceptances": [ { "vendor", "id", "covers", "kind", "state", "vendorStatus", "requestedBy",
 *                      "approvedBy", "created", "expires", "flag" } ] }
 * </pre>
 * Instants are ISO-8601 UTC; an absent value is {@code null}; {@code flag} is a {@link RowFlag} name.
 */
public final class JsonRenderer implements RegisterRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void render(RegisterView view, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("readAt", RegisterColumns.instant(view.snapshot().readAt()));
        root.put("today", view.today().toString());
        root.put("windowDays", view.windowDays());
        ArrayNode vendors = root.putArray("vendors");
        view.snapshot().outcomes().forEach(o -> vendor(vendors.addObject(), o));
        ArrayNode acceptances = root.putArray("acceptances");
        for (RegisterRow row : view.rows()) {
            RiskAcceptance a = row.acceptance();
            ObjectNode n = acceptances.addObject();
            n.put("vendor", a.vendor().displayName());
            n.put("id", a.id());
            n.put("covers", a.covers());
            n.put("kind", a.kind());
            n.put("state", a.state().name());
            n.put("vendorStatus", a.vendorStatus());
            n.put("requestedBy", a.requestedBy().orElse(null));
            n.put("approvedBy", a.approvedBy().orElse(null));
            n.put("created", a.created().map(RegisterColumns::instant).orElse(null));
            n.put("expires", a.expires().map(RegisterColumns::instant).orElse(null));
            n.put("flag", row.flag().name());
        }
        MAPPER.writeValue(out, root);
        out.write(System.lineSeparator());
    }

    private static void vendor(ObjectNode n, VendorOutcome o) {
        n.put("vendor", o.vendor().displayName());
        n.put("status", o.failed() ? "failed" : "ok");
        if (!o.failed()) {
            n.put("count", o.acceptances().size());
        }
        n.put("elapsedMs", o.elapsed().toMillis());
        o.failure().ifPresent(f -> error(n.putObject("error"), f));
    }

    private static void error(ObjectNode n, WaiverException f) {
        n.put("type", f.getClass().getSimpleName());
        Optional<ApiException> api = f instanceof ApiException a ? Optional.of(a) : Optional.empty();
        if (api.isPresent()) {
            n.put("httpStatus", api.get().statusCode());
        } else {
            n.putNull("httpStatus");
        }
        n.put("vendorCode", api.flatMap(ApiException::vendorCode).orElse(null));
        n.put("requestId", api.flatMap(ApiException::requestId).orElse(null));
        n.put("message", f.getMessage());
    }
}
