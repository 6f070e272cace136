package dev.waiver.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;

/** Our own OpenAPI files, one per Harness client, each paired with the published description it follows. */
enum OwnDescription {

    /** {@code sto-client/src/main/openapi/sto.yaml}, following the newer Exemptions description. */
    STO("sto-client/src/main/openapi/sto.yaml", HarnessApi.STO),
    /** {@code har-client/src/main/openapi/har.yaml}. */
    HAR("har-client/src/main/openapi/har.yaml", HarnessApi.HAR),
    /** {@code iacm-client/src/main/openapi/iacm.yaml}. */
    IACM("iacm-client/src/main/openapi/iacm.yaml", HarnessApi.IACM);

    /**
     * The extension that marks a field or parameter of ours as taken from the older STO description
     * ({@link HarnessApi#STO_OLDER}) rather than the newer one: {@code x-waiver-source: older-description}.
     */
    static final String SOURCE_EXTENSION = "x-waiver-source";
    /** The value of {@link #SOURCE_EXTENSION} that names the older STO description. */
    static final String OLDER = "older-description";

    private final String file;
    private final HarnessApi published;

    OwnDescription(String file, HarnessApi published) {
        this.file = file;
        this.published = published;
    }

    /** @return the file, relative to the project root */
    String file() {
        return file;
    }

    /** @return the published description this file follows */
    HarnessApi published() {
        return published;
    }

    /** @return the older description a marked field may come from, or {@code null} */
    HarnessApi older() {
        return this == STO ? HarnessApi.STO_OLDER : null;
    }

    /** @return the file, parsed with every reference inlined, as the published ones are */
    OpenAPI parse() {
        Path path = HarnessDescriptions.projectRoot().resolve(file);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(path.toString(), null, options);
        if (result.getOpenAPI() == null || !Files.exists(path)) {
            throw new IllegalStateException("cannot parse " + path + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }
}
