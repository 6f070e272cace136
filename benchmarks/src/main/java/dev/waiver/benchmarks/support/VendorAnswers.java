package dev.waiver.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canned vendor answers every benchmark setting serves, and the routes that pick them: one
 * STO exemption, one HAR firewall exception, the Qualys answer to a new exception request, and an
 * STO exemption list of {@link #PAGES} pages of {@link #PAGE_SIZE} items. The same bytes go to
 * Waiver, the raw baseline and the generated client.
 */
public final class VendorAnswers implements Canned.Routes {

    /** Pages in the paged STO list. */
    public static final int PAGES = 100;
    /** Items per page of the paged STO list. */
    public static final int PAGE_SIZE = 100;

    /** The STO exemption path. */
    public static final String STO_EXEMPTIONS = "/sto/api/v2/exemptions";
    /** The HAR firewall exception path. */
    public static final String HAR_EXCEPTIONS = "/har/api/v3/scans/exceptions";
    /** The Qualys v3.0 compliance exception endpoint. */
    public static final String QUALYS_EXCEPTIONS = "/api/3.0/fo/compliance/exception/";

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
    public Canned answer(String method, String path, String query) {
        if (path.startsWith(STO_EXEMPTIONS)) {
            if (path.length() == STO_EXEMPTIONS.length() && method.equals("GET")) {
                int page = (int) queryNumber(query, "page", 0);
                return page >= 0 && page < PAGES ? stoPages[page] : Canned.NOT_FOUND;
            }
            if (method.equals("GET") && path.indexOf('/', STO_EXEMPTIONS.length() + 1) < 0) {
                return stoExemption;
            }
        } else if (path.startsWith(HAR_EXCEPTIONS + "/") && method.equals("PUT")
                && path.indexOf('/', HAR_EXCEPTIONS.length() + 1) < 0) {
            return harException;
        } else if (path.equals(QUALYS_EXCEPTIONS) && method.equals("POST")) {
            return qualysCreated;
        }
        return Canned.NOT_FOUND;
    }

    /**
     * Reads a numeric query parameter.
     *
     * @param query    the encoded query, or {@code null}
     * @param name     the parameter
     * @param fallback the value when absent
     * @return the value
     */
    public static long queryNumber(String query, String name, long fallback) {
        if (query == null) {
            return fallback;
        }
        int at = 0;
        while (at <= query.length()) {
            int end = query.indexOf('&', at);
            if (end < 0) {
                end = query.length();
            }
            if (query.startsWith(name + "=", at)) {
                return Long.parseLong(query.substring(at + name.length() + 1, end));
            }
            at = end + 1;
        }
        return fallback;
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
