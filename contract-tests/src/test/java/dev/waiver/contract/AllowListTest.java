package dev.waiver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every allow-list entry is still needed (the description validated against lacks the part) and,
 * where it says so, is declared by the older STO description for the same operation.
 */
class AllowListTest {

    @BeforeEach
    void needsTheDescriptions() {
        HarnessDescriptions.assumePresent();
    }

    static Stream<AllowedExtra> entries() {
        return AllowList.ENTRIES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void isNeededBecauseTheDescriptionLacksThePart(AllowedExtra entry) {
        Operation op = operation(HarnessDescriptions.get(entry.api()), entry.api(), entry);
        switch (entry.where()) {
            case BODY -> assertThat(bodyFields(op)).as("%s: the description declares it now; drop the entry", entry)
                    .doesNotContain(entry.name());
            case QUERY -> assertThat(queryParameters(op)).as("%s: the description declares it now; drop the entry", entry)
                    .doesNotContain(entry.name());
            case HEADER -> assertThat(op.getResponses().values().stream()
                    .filter(r -> r.getContent() != null)
                    .flatMap(r -> r.getContent().keySet().stream()))
                    .as("%s: an answer is described as application/json now; drop the entry", entry)
                    .doesNotContain("application/json");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void isDeclaredByTheOlderDescriptionWhereTheEntrySaysSo(AllowedExtra entry) {
        if (!entry.olderDescription()) {
            return;
        }
        Operation op = operation(HarnessDescriptions.get(HarnessApi.STO_OLDER), HarnessApi.STO_OLDER, entry);
        List<String> declared = entry.where() == AllowedExtra.Where.BODY ? bodyFields(op) : queryParameters(op);
        assertThat(declared).as("%s: the older description does not declare it", entry).contains(entry.name());
    }

    private static Operation operation(OpenAPI api, HarnessApi which, AllowedExtra entry) {
        PathItem item = api.getPaths().get(which.descriptionPath(entry.pathTemplate()));
        assertThat(item).as("%s: no path %s in %s", entry, entry.pathTemplate(), which.fileName()).isNotNull();
        Operation op = PhantomRequired.operations(item).get(entry.method());
        assertThat(op).as("%s: no %s in %s", entry, entry.method(), which.fileName()).isNotNull();
        return op;
    }

    private static List<String> bodyFields(Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return List.of();
        }
        return op.getRequestBody().getContent().values().stream()
                .map(m -> m.getSchema())
                .filter(s -> s != null && s.getProperties() != null)
                .flatMap(s -> ((Schema<?>) s).getProperties().keySet().stream())
                .toList();
    }

    private static List<String> queryParameters(Operation op) {
        return op.getParameters() == null ? List.of() : op.getParameters().stream()
                .filter(p -> "query".equals(p.getIn())).map(Parameter::getName).toList();
    }
}
