package dev.waiver.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a request as it reached the wire (from WireMock's journal), or a fixture answer,
 * against a Harness description with Atlassian's {@link OpenApiInteractionValidator}, and words
 * each violation so that a reader can act on it.
 *
 * <p>Stricter than the validator's defaults: a body field the schema does not declare
 * ({@code validation.schema.additionalProperties}) and a query parameter the operation does not
 * declare ({@code validation.request.parameter.query.unexpected}) are errors, unless
 * {@link AllowList} names the part and why we send it.
 */
final class WireContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<HarnessApi, OpenApiInteractionValidator> VALIDATORS = new EnumMap<>(HarnessApi.class);

    private WireContract() {
    }

    static synchronized OpenApiInteractionValidator validator(HarnessApi api) {
        return VALIDATORS.computeIfAbsent(api, a -> OpenApiInteractionValidator
                .createFor(HarnessDescriptions.get(a))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        .build())
                .build());
    }

    /**
     * @param api the description
     * @param method the operation's method
     * @param template the operation's path template
     * @param logged the request as WireMock received it
     * @return the violations, each a readable line; empty when the request conforms
     */
    static List<String> requestViolations(HarnessApi api, String method, String template, LoggedRequest logged) {
        return requestViolations(api, method, template, logged, AllowList.forOperation(api, method, template));
    }

    /**
     * @param api the description
     * @param method the operation's method
     * @param template the operation's path template
     * @param logged the request as WireMock received it
     * @param allowed the parts to take out before validating
     * @return the violations, each a readable line; empty when the request conforms
     */
    static List<String> requestViolations(HarnessApi api, String method, String template, LoggedRequest logged,
            List<AllowedExtra> allowed) {
        String path = URI.create(logged.getUrl()).getPath();
        String where = api + " " + logged.getMethod() + " " + logged.getUrl();
        List<String> violations = new ArrayList<>();
        if (!logged.getMethod().getName().equals(method) || !matches(template, path)) {
            violations.add(where + ": sent to " + logged.getMethod() + " " + path + ", expected " + method + " " + template);
            return violations;
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        for (QueryParameter q : logged.getQueryParams().values()) {
            boolean isAllowed = allowed.stream()
                    .anyMatch(e -> e.where() == AllowedExtra.Where.QUERY && e.name().equals(q.key()));
            if (!isAllowed) {
                request.withQueryParam(q.key(), q.values());
            }
        }
        for (HttpHeader h : logged.getHeaders().all()) {
            boolean isAllowed = allowed.stream()
                    .anyMatch(e -> e.where() == AllowedExtra.Where.HEADER && e.name().equalsIgnoreCase(h.key()));
            if (!isAllowed) {
                request.withHeader(h.key(), h.values());
            }
        }
        String body = logged.getBodyAsString();
        if (body != null && !body.isEmpty()) {
            request.withBody(withoutAllowedFields(body, allowed));
        }
        report(validator(api).validateRequest(request.build()), where, violations);
        for (String header : apiKeyHeaders(api)) {
            if (logged.getHeaders().all().stream().noneMatch(h -> h.key().equalsIgnoreCase(header))) {
                violations.add(where + ": no " + header + " header, which the description's security scheme requires"
                        + " [apiKey in header]");
            }
        }
        return violations;
    }

    /**
     * The header names of the description's {@code apiKey} security schemes. Checked here because
     * the STO operations name schemes the description never defines ({@code X-Api-Key_header_X-Api-Key}),
     * which the validator skips, and declare {@code X-Api-Key} as an optional header parameter.
     * Header names compare case-insensitively (RFC 9110).
     *
     * @param api the description
     * @return the names, e.g. {@code x-api-key}
     */
    static List<String> apiKeyHeaders(HarnessApi api) {
        var components = HarnessDescriptions.get(api).getComponents();
        if (components == null || components.getSecuritySchemes() == null) {
            return List.of();
        }
        return components.getSecuritySchemes().values().stream()
                .filter(s -> s.getType() == SecurityScheme.Type.APIKEY && s.getIn() == SecurityScheme.In.HEADER)
                .map(SecurityScheme::getName)
                .toList();
    }

    /**
     * @param api the description
     * @param method the operation's method
     * @param template the operation's path template
     * @param status the answer's status
     * @param contentType the answer's content type
     * @param body the answer's body
     * @param source where the answer comes from, for messages
     * @return the violations, each a readable line; empty when the answer conforms
     */
    static List<String> responseViolations(HarnessApi api, String method, String template, int status,
            String contentType, String body, String source) {
        SimpleResponse response = SimpleResponse.Builder.status(status)
                .withContentType(contentType)
                .withBody(body)
                .build();
        List<String> violations = new ArrayList<>();
        report(validator(api).validateResponse(template, Request.Method.valueOf(method), response),
                source + " as " + api + " " + method + " " + template + " " + status, violations);
        return violations;
    }

    private static void report(ValidationReport report, String where, List<String> into) {
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String pointer = m.getContext()
                    .flatMap(ValidationReport.MessageContext::getPointers)
                    .map(p -> p.getInstance())
                    .filter(p -> !p.isEmpty())
                    .map(p -> " at " + p)
                    .orElse("");
            into.add(where + pointer + ": " + m.getMessage() + " [" + m.getKey() + "]"
                    + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()));
        }
    }

    private static String withoutAllowedFields(String body, List<AllowedExtra> allowed) {
        if (allowed.stream().noneMatch(e -> e.where() == AllowedExtra.Where.BODY)) {
            return body;
        }
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree instanceof ObjectNode object) {
                allowed.stream().filter(e -> e.where() == AllowedExtra.Where.BODY).forEach(e -> object.remove(e.name()));
            }
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("request body is not JSON: " + body, e);
        }
    }

    /**
     * @param template a path template such as {@code /a/{id}/b}
     * @param path a concrete path
     * @return whether the path fits the template
     */
    static boolean matches(String template, String path) {
        String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return Pattern.matches(regex, path);
    }
}
