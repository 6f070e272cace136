package dev.waiver.contract;

/**
 * Harness' published OpenAPI descriptions this suite holds our requests, fixtures and own OpenAPI
 * files against, by file name in {@code ../shared/reference/harness/specs/}.
 */
enum HarnessApi {

    /** STO exemptions: the newer description, the contract to follow. */
    STO("harness-exemptions-api-openapi.yml", "/sto"),
    /**
     * STO: the older description (Harness' MCP server copy), only the documented source of older
     * fields we still accept. Its server is {@code https://app.harness.io/gateway/sto}, so its paths
     * lack the {@code /sto} prefix the newer one writes out.
     */
    STO_OLDER("sto-openapi.mcp-server-86020a3.yaml", "/sto"),
    /** HAR: Registry V3 firewall exceptions. */
    HAR("harness-registry-v3-firewall-api-openapi.yml", ""),
    /** IaCM approvals (with the other approvals operations of the same file). */
    IACM("harness-approvals-api-openapi.yml", "");

    private final String fileName;
    private final String olderPathPrefix;

    HarnessApi(String fileName, String olderPathPrefix) {
        this.fileName = fileName;
        this.olderPathPrefix = olderPathPrefix;
    }

    /** @return the description's file name */
    String fileName() {
        return fileName;
    }

    /**
     * Maps a path as the SDK sends it (and as the newer descriptions write it) to the way this
     * description writes it.
     *
     * @param wirePath a path template such as {@code /sto/api/v2/exemptions/{id}}
     * @return the same path in this description
     */
    String descriptionPath(String wirePath) {
        if (this == STO_OLDER && wirePath.startsWith(olderPathPrefix)) {
            return wirePath.substring(olderPathPrefix.length());
        }
        return wirePath;
    }
}
