package dev.waiver.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canned vendor answers every benchmark setting serves, and the routes that pick them: one
 * STO exemption, one HAR firewall exception, the Qualys answer to a new exception request, and an
 * STO exemption list of {@link #PAGES} pages of {@link #PAGE_SIZE} items. The same bytes go to
 * Waiver, the raw baseline and the generated client.
 *
 * <p>The routes are strict, so a contender that skips part of the work fails loudly instead of
 * looking fast: a request without the vendor's credentials ({@code x-api-key}; Qualys Basic auth
 * and {@code X-Requested-With}) is refused with 401, one with another query, content type or body
 * than the expected one with 400, another method with 405, any other path with 404.
 */
public final class VendorAnswers implements Canned.Routes {

    /** Pages in the paged STO list. */
    public static final int PAGES = 100;
    /** Items per page of the paged STO list. */
    public static final int PAGE_SIZE = 100;

    /** The STO exemption path. */
    public static final String STO_EXEMPTIONS = "/sto/api/v2/exemptions";
    /** The path of the STO exemption read. */
    public static final String STO_EXEMPTION = STO_EXEMPTIONS + "/" + Credentials.STO_EXEMPTION_ID;
    /** The HAR firewall exception path. */
    public static final String HAR_EXCEPTIONS = "/har/api/v3/scans/exceptions";
    /** The path of the HAR exception updated. */
    public static final String HAR_EXCEPTION = HAR_EXCEPTIONS + "/" + Credentials.HAR_EXCEPTION_ID;
    /** The Qualys v3.0 compliance exception endpoint. */
    public static final String QUALYS_EXCEPTIONS = "/api/3.0/fo/compliance/exception/";

    /**
     * The one body the HAR update may carry: {@code UpdateFirewallExceptionBody} of
     * {@code har.yaml}, in its property order.
     */
    public static final String HAR_UPDATE_JSON = "{\"businessJustification\":\"" + WaiverCalls.JUSTIFICATION + "\","
            + "\"versionList\":[\"4.17.20\",\"4.17.19\"],\"expireAfter\":" + WaiverCalls.EXPIRE_AFTER_DAYS + "}";
    /**
     * The one body the Qualys request may carry: the documented {@code action=request} parameters,
     * form-encoded ({@code application/x-www-form-urlencoded}, UTF-8, spaces as {@code +}).
     */
    public static final String QUALYS_REQUEST_FORM = "action=request&control_id=16832&host_id=3753479"
            + "&policy_id=1366063&technology_id=390&instance_string=MSSQL+2022%3A1%3A1433%3AMSSQLSERVER%3Amaster"
            + "&assignee_id=996765&comments=Legacy+app+needs+8+characters%2C+see+ticket+SEC-42";

    private static final byte[] HAR_UPDATE_BODY = HAR_UPDATE_JSON.getBytes(StandardCharsets.UTF_8);
    private static final byte[] QUALYS_REQUEST_BODY = QUALYS_REQUEST_FORM.getBytes(StandardCharsets.US_ASCII);
    private static final String QUALYS_BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (Credentials.QUALYS_USER + ":" + Credentials.QUALYS_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String STO_ACCOUNT = "accountId=" + Credentials.HARNESS_ACCOUNT;
    private static final String STO_ORG = "orgId=" + Credentials.ORG;
    private static final String STO_PROJECT = "projectId=" + Credentials.PROJECT;
    private static final String STO_PAGE_SIZE = "pageSize=" + PAGE_SIZE;
    private static final String HAR_ACCOUNT = "account_identifier=" + Credentials.HARNESS_ACCOUNT;

    private static final Canned NO_CREDENTIALS = Canned.refusal(401, "missing or wrong credentials");
    private static final Canned WRONG_REQUEST = Canned.refusal(400,
            "not the expected request: query, content type or body differ from the contract's");
    private static final Canned WRONG_METHOD = Canned.refusal(405, "method not allowed on this path");

    private final Canned stoExemption;
    private final Canned harException;
    private final Canned qualysCreated;
    private final Canned[] stoPages;

    /** Loads the fixtures and renders the list pages. */
    public VendorAnswers() {
        Map<String, String> harness = Map.of("x-request-id", "bench-7f3a9c");
        stoExemption = Canned.ok("application/json", harness, resource("sto-exemption.json"));
        harException = Canned.ok("application/json", harness, resource("har-exception.json"));
        Map<String, String> qualys = new LinkedHashMap<>();
        qualys.put("X-RateLimit-Limit", "300");
        qualys.put("X-RateLimit-Window-Sec", "3600");
        qualys.put("X-RateLimit-Remaining", "299");
        qualys.put("X-Concurrency-Limit-Limit", "2");
        qualys.put("X-Concurrency-Limit-Running", "0");
        qualysCreated = Canned.ok("text/xml;charset=UTF-8", qualys, resource("qualys-request-created.xml"));
        stoPages = new Canned[PAGES];
        for (int p = 0; p < PAGES; p++) {
            stoPages[p] = Canned.ok("application/json", harness, stoPage(p).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** @return the STO exemption answer */
    public Canned stoExemption() {
        return stoExemption;
    }

    /** @return the HAR firewall exception answer */
    public Canned harException() {
        return harException;
    }

    /** @return the Qualys SIMPLE_RETURN answer carrying EXCEPTION_NUMBER 59 */
    public Canned qualysCreated() {
        return qualysCreated;
    }

    @Override
    public Canned answer(WireRequest r) {
        if (r.path(STO_EXEMPTION)) {
            if (!r.method("GET")) {
                return WRONG_METHOD;
            }
            if (!harnessKey(r)) {
                return NO_CREDENTIALS;
            }
            return r.query(null, STO_ACCOUNT, STO_ORG, STO_PROJECT) && r.noBody() ? stoExemption : WRONG_REQUEST;
        }
        if (r.path(STO_EXEMPTIONS)) {
            if (!r.method("GET")) {
                return WRONG_METHOD;
            }
            if (!harnessKey(r)) {
                return NO_CREDENTIALS;
            }
            long page = r.queryNumber("page");
            return r.query("page", STO_ACCOUNT, STO_ORG, STO_PROJECT, STO_PAGE_SIZE) && r.noBody()
                    && page < PAGES ? stoPages[(int) page] : WRONG_REQUEST;
        }
        if (r.path(HAR_EXCEPTION)) {
            if (!r.method("PUT")) {
                return WRONG_METHOD;
            }
            if (!harnessKey(r)) {
                return NO_CREDENTIALS;
            }
            return r.query(null, HAR_ACCOUNT) && r.contentType("application/json") && r.body(HAR_UPDATE_BODY)
                    ? harException : WRONG_REQUEST;
        }
        if (r.path(QUALYS_EXCEPTIONS)) {
            if (!r.method("POST")) {
                return WRONG_METHOD;
            }
            if (!r.header("authorization", QUALYS_BASIC) || !r.hasHeader("x-requested-with")) {
                return NO_CREDENTIALS;
            }
            return r.query(null) && r.contentType("application/x-www-form-urlencoded") && r.body(QUALYS_REQUEST_BODY)
                    ? qualysCreated : WRONG_REQUEST;
        }
        return Canned.NOT_FOUND;
    }

    private static boolean harnessKey(WireRequest r) {
        return r.header("x-api-key", Credentials.HARNESS_API_KEY);
    }

    private static String stoPage(int page) {
        StringBuilder sb = new StringBuilder(PAGE_SIZE * 420).append("{\"results\":[");
        for (int i = 0; i < PAGE_SIZE; i++) {
            long n = (long) page * PAGE_SIZE + i + 1;
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":\"exm").append(String.format("%019d", n)).append("\",")
                    .append("\"issueId\":\"iss").append(String.format("%019d", n)).append("\",")
                    .append("\"type\":\"Acceptable Risk\",\"reason\":\"Risk accepted for release ").append(n).append("\",")
                    .append("\"status\":\"Pending\",\"scope\":\"PROJECT\",\"orgId\":\"default\",\"projectId\":\"payments\",")
                    .append("\"pendingChanges\":{\"durationDays\":30},\"requesterId\":\"usr1Ab2Cd3Ef4Gh5Ij6Kl7\",")
                    .append("\"created\":").append(1651578240L + n).append(",\"lastModified\":").append(1651578240L + n)
                    .append('}');
        }
        return sb.append("],\"pagination\":{\"link\":\"\",\"page\":").append(page)
                .append(",\"pageSize\":").append(PAGE_SIZE)
                .append(",\"totalItems\":").append((long) PAGES * PAGE_SIZE)
                .append(",\"totalPages\":").append(PAGES).append("}}").toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = VendorAnswers.class.getResourceAsStream("/canned/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /canned/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
