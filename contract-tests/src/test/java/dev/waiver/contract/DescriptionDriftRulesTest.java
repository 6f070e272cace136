package dev.waiver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

/** The drift rules on small hand-made descriptions, so that each rule is seen to fail when broken. */
class DescriptionDriftRulesTest {

    private static final String PUBLISHED = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /things/{id}:
                put:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: accountId, in: query, required: true, schema: {type: string}}
                    - {name: verbose, in: query, schema: {type: boolean}}
                  requestBody:
                    content:
                      application/json:
                        schema:
                          properties:
                            size: {type: integer, format: int64}
                            note: {type: string}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            properties:
                              created: {type: integer, format: int64, description: Unix time in milliseconds}
                              tags: {type: array, items: {type: string}}
                              owner: {type: string}
              /things:
                get:
                  responses: {'200': {description: ok}}
            """;

    private static final String OLDER = """
            openapi: 3.0.3
            info: {title: t, version: '0'}
            paths:
              /things/{id}:
                put:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          properties:
                            legacyId: {type: string}
                  responses: {'200': {description: ok}}
            """;

    private static OpenAPI parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
    }

    private static DescriptionDrift drift(String ours) {
        return new DescriptionDrift("ours.yaml", parse(ours), parse(PUBLISHED), HarnessApi.HAR, parse(OLDER),
                HarnessApi.HAR);
    }

    private static String ours(String parameters, String body, String answer) {
        return """
                openapi: 3.0.3
                info: {title: o, version: '1'}
                paths:
                  /things/{id}:
                    put:
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                %s
                      requestBody:
                        content:
                          application/json:
                            schema:
                              properties:
                %s
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                properties:
                %s
                """.formatted(indent(parameters, 8), indent(body, 16), indent(answer, 18));
    }

    private static String indent(String lines, int spaces) {
        return lines.lines().map(l -> " ".repeat(spaces) + l).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static final String GOOD_PARAMETERS = "- {name: accountId, in: query, schema: {type: string}}";
    private static final String GOOD_BODY = "size: {type: integer, format: int64}";
    private static final String GOOD_ANSWER = "created: {type: integer, format: int64, description: epoch milliseconds}\n"
            + "tags: {type: array, items: {type: string}}";

    @Test
    void aFaithfulDescriptionHasNoDriftAndListsWhatItLacks() {
        DescriptionDrift d = drift(ours(GOOD_PARAMETERS, GOOD_BODY, GOOD_ANSWER));
        assertThat(d.drift()).isEmpty();
        assertThat(d.lacking()).containsOnlyKeys("Operations we do not cover", "PUT /things/{id}");
        assertThat(d.lacking().get("Operations we do not cover")).containsExactly("GET /things");
        assertThat(d.lacking().get("PUT /things/{id}")).containsExactly(
                "query parameter `verbose` (boolean)", "request body field `note` (string)",
                "answer 200 field `owner` (string)");
    }

    @Test
    void aFieldThePublishedDescriptionLacksIsDrift() {
        assertThat(drift(ours(GOOD_PARAMETERS, GOOD_BODY + "\ncolour: {type: string}", GOOD_ANSWER))
                .drift()).containsExactly("ours.yaml PUT /things/{id} request body field colour: not in "
                        + HarnessApi.HAR.fileName());
    }

    @Test
    void anotherFormatOrTypeIsDrift() {
        assertThat(drift(ours(GOOD_PARAMETERS, "size: {type: integer, format: int32}", GOOD_ANSWER))
                .drift()).singleElement().asString().contains("field size: format int32").contains("says int64");
        assertThat(drift(ours("- {name: accountId, in: query, schema: {type: integer}}", GOOD_BODY,
                GOOD_ANSWER)).drift()).singleElement().asString().contains("query parameter accountId: type integer");
    }

    @Test
    void anotherTimeUnitIsDrift() {
        assertThat(drift(ours(GOOD_PARAMETERS, GOOD_BODY, GOOD_ANSWER.replace("epoch milliseconds", "Unix seconds")))
                .drift()).singleElement().asString().contains("answer 200 field created: unit seconds")
                .contains("says milliseconds");
    }

    @Test
    void anUnknownParameterOrOperationIsDrift() {
        assertThat(drift(ours(GOOD_PARAMETERS + "\n- {name: limit, in: query, schema: {type: integer}}",
                GOOD_BODY, GOOD_ANSWER)).drift()).singleElement().asString().contains("query parameter limit: not in");
        String extraOperation = ours(GOOD_PARAMETERS, GOOD_BODY, GOOD_ANSWER) + """
                  /others:
                    get:
                      responses: {'200': {description: ok}}
                """;
        assertThat(drift(extraOperation).drift()).singleElement().asString().contains("GET /others: operation not in");
    }

    @Test
    void aFieldMarkedAsFromTheOlderDescriptionIsLookedUpThere() {
        String marked = "legacyId: {type: string, x-waiver-source: older-description}";
        assertThat(drift(ours(GOOD_PARAMETERS, GOOD_BODY + "\n" + marked, GOOD_ANSWER)).drift()).isEmpty();
        String unmarked = "legacyId: {type: string}";
        assertThat(drift(ours(GOOD_PARAMETERS, GOOD_BODY + "\n" + unmarked, GOOD_ANSWER)).drift())
                .singleElement().asString().contains("field legacyId: not in");
        String markedButAbsent = "ghost: {type: string, x-waiver-source: older-description}";
        assertThat(drift(ours(GOOD_PARAMETERS, GOOD_BODY + "\n" + markedButAbsent, GOOD_ANSWER)).drift())
                .singleElement().asString().contains("field ghost: marked older-description but");
    }
}
