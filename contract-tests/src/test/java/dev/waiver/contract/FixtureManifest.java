package dev.waiver.contract;

import java.util.List;

/**
 * Which operation and status each JSON fixture answer stands for, so that it can be validated
 * against that response's schema. Fixture files are named by their path under the project root.
 * {@link FixtureContractTest} fails when a fixture is missing here. (The examples' embedded
 * WireMock mappings are gone: the examples run on the test kit, whose every answer testkit's
 * {@code FakesAnswerContractTest} validates.)
 */
final class FixtureManifest {

    /**
     * One fixture answer.
     *
     * @param source a file under the project root
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

    private static final String STO_BASE = "/sto/api/v2/exemptions";
    private static final String HAR_BASE = "/har/api/v3/scans/exceptions";
    private static final String IACM_BASE = "/iacm/api/orgs/{org}/projects/{project}/approvals";

    /** Every fixture answer of the three Harness clients. */
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
            iacm("page-3-of-3.json", "GET", IACM_BASE, 200));

    /** The folders whose every {@code *.json} file must be in the manifest. */
    static final List<String> FIXTURE_FOLDERS = List.of(STO, HAR, IACM);

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
}
