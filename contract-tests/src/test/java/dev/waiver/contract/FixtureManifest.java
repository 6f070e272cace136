package dev.waiver.contract;

import java.util.List;

/**
 * Which operation and status each JSON fixture answer stands for, so that it can be validated
 * against that response's schema. Fixture files are named by their path under the project root;
 * the embedded vendors' WireMock mappings of the examples by file and the mapping's index.
 * {@link FixtureContractTest} fails when a fixture or mapping with a body is missing here.
 */
final class FixtureManifest {

    /**
     * One fixture answer.
     *
     * @param source a file under the project root, or {@code file#index} for a WireMock mapping
     * @param api the description
     * @param method the operation's method
     * @param template the operation's path template
     * @param status the answer's status
     * @param futureValues the fixture deliberately carries values a later service version might send
     *     (unknown enum values and fields, to test that the SDK keeps them): it must then differ from
     *     the description by enum values and undeclared fields only, and by at least one of them
     * @param pending why a known violation is not fixed yet (the test is then skipped with that reason,
     *     and fails once the violation is gone, so that the mark is removed), or {@code null}
     */
    record Entry(String source, HarnessApi api, String method, String template, int status, boolean futureValues,
            String pending) {

        Entry(String source, HarnessApi api, String method, String template, int status, boolean futureValues) {
            this(source, api, method, template, status, futureValues, null);
        }

        @Override
        public String toString() {
            return source + " -> " + method + " " + template + " " + status;
        }
    }

    private static final String STO = "sto-client/src/test/resources/fixtures/";
    private static final String HAR = "har-client/src/test/resources/har/";
    private static final String IACM = "iacm-client/src/test/resources/iacm/";
    private static final String MAPPINGS = "examples/src/main/resources/embedded/mappings/";

    private static final String STO_BASE = "/sto/api/v2/exemptions";
    private static final String HAR_BASE = "/har/api/v3/scans/exceptions";
    private static final String IACM_BASE = "/iacm/api/orgs/{org}/projects/{project}/approvals";

    /** Every fixture answer of the three Harness clients and of the examples' embedded vendors. */
    static final List<Entry> ENTRIES = List.of(
            sto("bulk-result.json", "POST", STO_BASE + "/bulk", 200),
            sto("created.json", "POST", STO_BASE, 200),
            new Entry(STO + "exemption-from-the-future.json", HarnessApi.STO, "GET", STO_BASE + "/{id}", 200, true),
            sto("exemption.json", "GET", STO_BASE + "/{id}", 200),
            sto("history-export.json", "GET", STO_BASE + "/issue/{issueId}/history/export", 200),
            sto("history-page-0.json", "GET", STO_BASE + "/issue/{issueId}/history", 200),
            sto("history-page-1.json", "GET", STO_BASE + "/issue/{issueId}/history", 200),
            sto("list-page-0.json", "GET", STO_BASE, 200),
            sto("list-page-1.json", "GET", STO_BASE, 200),
            sto("list-page-2.json", "GET", STO_BASE, 200),

            har("exception-approved.json", "PUT", HAR_BASE + "/{id}/status", 200),
            new Entry(HAR + "exception-future-values.json", HarnessApi.HAR, "PUT", HAR_BASE + "/{id}", 200, true),
            har("exception-pending.json", "POST", HAR_BASE, 201),
            har("list-empty.json", "GET", HAR_BASE, 200),
            har("list-page-0.json", "GET", HAR_BASE, 200),
            har("list-page-1.json", "GET", HAR_BASE, 200),
            har("list-page-2.json", "GET", HAR_BASE, 200),
            har("versions-page-0.json", "GET", "/har/api/v3/scans/versions", 200),
            har("versions-page-1.json", "GET", "/har/api/v3/scans/versions", 200),

            iacm("approval-created.json", "POST", IACM_BASE, 200),
            iacm("approval-status-pending.json", "GET", IACM_BASE + "/{id}", 200),
            iacm("approval-status.json", "GET", IACM_BASE + "/{id}", 200),
            iacm("error-400.json", "PUT", IACM_BASE + "/{id}", 400),
            iacm("error-401.json", "PUT", IACM_BASE + "/{id}", 401),
            iacm("error-403.json", "PUT", IACM_BASE + "/{id}", 403),
            iacm("error-404.json", "PUT", IACM_BASE + "/{id}", 404),
            iacm("error-408.json", "PUT", IACM_BASE + "/{id}", 408),
            iacm("error-409.json", "PUT", IACM_BASE + "/{id}", 409),
            iacm("error-423.json", "PUT", IACM_BASE + "/{id}", 423),
            iacm("error-499.json", "PUT", IACM_BASE + "/{id}", 499),
            iacm("error-500.json", "PUT", IACM_BASE + "/{id}", 500),
            iacm("error-502.json", "PUT", IACM_BASE + "/{id}", 502),
            // Its second approval carries "drift_detected", a field no Harness description has: there to
            // show that unknown fields are ignored.
            new Entry(IACM + "list-one-page.json", HarnessApi.IACM, "GET", IACM_BASE, 200, true),
            iacm("page-1-of-3.json", "GET", IACM_BASE, 200),
            iacm("page-2-of-3.json", "GET", IACM_BASE, 200),
            iacm("page-3-of-3.json", "GET", IACM_BASE, 200),

            new Entry(MAPPINGS + "sto.json#0", HarnessApi.STO, "GET", STO_BASE, 200, false,
                    "examples: issue id issLog4jCve2021442280 has 21 characters; the description's pattern is"
                            + " ^[a-zA-Z0-9_-]{22}$ (examples are outside this change)"),
            // Its exemption 7 has type "Vendor Accepted", a value the description does not list: the risk
            // register shows how an unknown type reads.
            new Entry(MAPPINGS + "sto.json#1", HarnessApi.STO, "GET", STO_BASE, 200, true),
            mapping("sto.json", 2, HarnessApi.STO, "GET", STO_BASE, 200),
            mapping("sto.json", 3, HarnessApi.STO, "POST", STO_BASE, 200),
            mapping("sto.json", 4, HarnessApi.STO, "PUT", STO_BASE + "/{id}/{action}", 200),
            mapping("sto.json", 5, HarnessApi.STO, "PUT", STO_BASE + "/{id}/promote", 200),
            mapping("sto.json", 6, HarnessApi.STO, "GET", STO_BASE + "/issue/{issueId}", 200),
            mapping("sto.json", 7, HarnessApi.STO, "GET", STO_BASE + "/issue/{issueId}/history/export", 200),
            mapping("har.json", 0, HarnessApi.HAR, "GET", HAR_BASE, 200),
            mapping("har.json", 1, HarnessApi.HAR, "GET", HAR_BASE, 200),
            mapping("har.json", 2, HarnessApi.HAR, "POST", HAR_BASE, 201),
            mapping("har.json", 3, HarnessApi.HAR, "PUT", HAR_BASE + "/{id}", 200),
            mapping("har.json", 4, HarnessApi.HAR, "PUT", HAR_BASE + "/{id}/status", 200),
            mapping("iacm.json", 0, HarnessApi.IACM, "GET", IACM_BASE, 200),
            mapping("iacm.json", 1, HarnessApi.IACM, "GET", IACM_BASE, 200),
            mapping("iacm.json", 2, HarnessApi.IACM, "POST", IACM_BASE, 200),
            mapping("iacm.json", 4, HarnessApi.IACM, "GET", IACM_BASE + "/{id}", 200));

    /** The folders whose every {@code *.json} file must be in the manifest. */
    static final List<String> FIXTURE_FOLDERS = List.of(STO, HAR, IACM);

    /** The WireMock mapping files whose every mapping with a body must be in the manifest. */
    static final List<String> MAPPING_FILES = List.of(MAPPINGS + "sto.json", MAPPINGS + "har.json", MAPPINGS + "iacm.json");

    private FixtureManifest() {
    }

    private static Entry sto(String file, String method, String template, int status) {
        return new Entry(STO + file, HarnessApi.STO, method, template, status, false);
    }

    private static Entry har(String file, String method, String template, int status) {
        return new Entry(HAR + file, HarnessApi.HAR, method, template, status, false);
    }

    private static Entry iacm(String file, String method, String template, int status) {
        return new Entry(IACM + file, HarnessApi.IACM, method, template, status, false);
    }

    private static Entry mapping(String file, int index, HarnessApi api, String method, String template, int status) {
        return new Entry(MAPPINGS + file + "#" + index, api, method, template, status, false);
    }
}
