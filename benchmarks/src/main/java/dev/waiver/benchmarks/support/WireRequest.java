package dev.waiver.benchmarks.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request as its bytes arrived (request line, headers, {@code Content-Length} body),
 * read in place: every check compares bytes and allocates nothing, so the canned "server" adds as
 * little as possible to what the benchmarks measure. Mutable and reused per connection
 * ({@link #reset}); not thread-safe.
 */
public final class WireRequest {

    private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

    private byte[] buf;
    private int start;
    private int headEnd; // index of the first body byte
    private int end;
    private int methodEnd;
    private int pathStart;
    private int pathEnd;
    private int queryStart; // -1 without query
    private int targetEnd;

    /**
     * Where the first complete request in {@code buf[from, to)} ends.
     *
     * @param buf  the bytes received so far
     * @param from where the request starts
     * @param to   where the received bytes end
     * @return the index just past the request (head and {@code Content-Length} body), or
     *         {@code -1} if it has not fully arrived yet
     * @throws IllegalStateException if the request has a chunked body (no contender sends one)
     */
    public static int completeEnd(byte[] buf, int from, int to) {
        int head = indexOf(buf, from, to, CRLFCRLF);
        if (head < 0) {
            return -1;
        }
        int headEnd = head + 4;
        long contentLength = 0;
        int line = lineEnd(buf, from, headEnd) + 2;
        while (line < head + 2) {
            int eol = lineEnd(buf, line, headEnd);
            if (nameIs(buf, line, eol, "content-length")) {
                contentLength = digits(buf, valueStart(buf, line, eol), eol);
            } else if (nameIs(buf, line, eol, "transfer-encoding")) {
                throw new IllegalStateException("chunked request bodies are not served");
            }
            line = eol + 2;
        }
        long total = headEnd + contentLength;
        return total <= to ? (int) total : -1;
    }

    /**
     * Points this view at a complete request.
     *
     * @param buf   the bytes
     * @param start where the request starts
     * @param end   where it ends ({@link #completeEnd})
     * @return this view
     */
    public WireRequest reset(byte[] buf, int start, int end) {
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.headEnd = indexOf(buf, start, end, CRLFCRLF) + 4;
        this.methodEnd = indexOf(buf, start, end, ' ');
        this.pathStart = methodEnd + 1;
        this.targetEnd = indexOf(buf, pathStart, end, ' ');
        int q = indexOf(buf, pathStart, targetEnd, '?');
        this.queryStart = q < 0 ? -1 : q + 1;
        this.pathEnd = q < 0 ? targetEnd : q;
        return this;
    }

    /**
     * @param method such as {@code GET}
     * @return whether the request uses it
     */
    public boolean method(String method) {
        return equalsAscii(buf, start, methodEnd, method);
    }

    /**
     * @param path the encoded path, exactly
     * @return whether the request targets it
     */
    public boolean path(String path) {
        return equalsAscii(buf, pathStart, pathEnd, path);
    }

    /**
     * Whether the query holds exactly these {@code name=value} pairs (encoded, in any order) plus,
     * if {@code numberName} is not {@code null}, one {@code numberName=<digits>}.
     *
     * @param numberName a parameter whose value is a number, or {@code null}
     * @param pairs      the fixed pairs
     * @return whether the query is exactly that
     */
    public boolean query(String numberName, String... pairs) {
        int expected = pairs.length + (numberName == null ? 0 : 1);
        if (queryStart < 0) {
            return expected == 0;
        }
        int count = 0;
        int at = queryStart;
        while (at <= targetEnd) {
            int amp = indexOf(buf, at, targetEnd, '&');
            int segEnd = amp < 0 ? targetEnd : amp;
            count++;
            if (!isOneOf(at, segEnd, pairs) && !(numberName != null && isNumberParam(at, segEnd, numberName))) {
                return false;
            }
            at = segEnd + 1;
        }
        return count == expected;
    }

    /**
     * @param name a numeric query parameter
     * @return its value, or {@code -1} if absent or not a number
     */
    public long queryNumber(String name) {
        if (queryStart < 0) {
            return -1;
        }
        int at = queryStart;
        while (at <= targetEnd) {
            int amp = indexOf(buf, at, targetEnd, '&');
            int segEnd = amp < 0 ? targetEnd : amp;
            if (isNumberParam(at, segEnd, name)) {
                return digits(buf, at + name.length() + 1, segEnd);
            }
            at = segEnd + 1;
        }
        return -1;
    }

    /**
     * @param lowerName a header name, lower case
     * @param value     the exact value (surrounding blanks ignored)
     * @return whether the request carries the header once, with exactly that value
     */
    public boolean header(String lowerName, String value) {
        int found = 0;
        boolean equal = false;
        int line = lineEnd(buf, start, headEnd) + 2;
        while (line < headEnd - 2) {
            int eol = lineEnd(buf, line, headEnd);
            if (nameIs(buf, line, eol, lowerName)) {
                found++;
                equal = equalsAscii(buf, valueStart(buf, line, eol), trimEnd(buf, eol), value);
            }
            line = eol + 2;
        }
        return found == 1 && equal;
    }

    /**
     * @param lowerName a header name, lower case
     * @return whether the request carries it (with any value)
     */
    public boolean hasHeader(String lowerName) {
        int line = lineEnd(buf, start, headEnd) + 2;
        while (line < headEnd - 2) {
            int eol = lineEnd(buf, line, headEnd);
            if (nameIs(buf, line, eol, lowerName)) {
                return true;
            }
            line = eol + 2;
        }
        return false;
    }

    /**
     * @param mediaType a media type such as {@code application/json}
     * @return whether {@code Content-Type} names it (parameters such as {@code charset} aside)
     */
    public boolean contentType(String mediaType) {
        int line = lineEnd(buf, start, headEnd) + 2;
        while (line < headEnd - 2) {
            int eol = lineEnd(buf, line, headEnd);
            if (nameIs(buf, line, eol, "content-type")) {
                int v = valueStart(buf, line, eol);
                int semi = indexOf(buf, v, eol, ';');
                return equalsAsciiIgnoreCase(buf, v, trimEnd(buf, semi < 0 ? eol : semi), mediaType);
            }
            line = eol + 2;
        }
        return false;
    }

    /**
     * @param expected the exact body
     * @return whether the request's body is exactly these bytes
     */
    public boolean body(byte[] expected) {
        return java.util.Arrays.equals(buf, headEnd, end, expected, 0, expected.length);
    }

    /** @return whether the request has no body */
    public boolean noBody() {
        return end == headEnd;
    }

    /**
     * A copy of the request in readable form, for tests (allocates).
     *
     * @return the request
     */
    public Recorded record() {
        String method = ascii(start, methodEnd);
        String path = ascii(pathStart, pathEnd);
        List<String> query = new ArrayList<>();
        if (queryStart >= 0) {
            for (String p : ascii(queryStart, targetEnd).split("&")) {
                query.add(p);
            }
            query.sort(null);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int line = lineEnd(buf, start, headEnd) + 2;
        while (line < headEnd - 2) {
            int eol = lineEnd(buf, line, headEnd);
            int colon = indexOf(buf, line, eol, ':');
            headers.merge(ascii(line, colon).toLowerCase(Locale.ROOT), ascii(valueStart(buf, line, eol), trimEnd(buf, eol)),
                    (a, b) -> a + ", " + b);
            line = eol + 2;
        }
        return new Recorded(method, path, List.copyOf(query), headers,
                new String(buf, headEnd, end - headEnd, StandardCharsets.UTF_8));
    }

    /**
     * A request as a test compares it.
     *
     * @param method  the method
     * @param path    the encoded path
     * @param query   the encoded query parameters, sorted
     * @param headers the headers by lower-case name (repeated ones joined with {@code ", "})
     * @param body    the body as UTF-8 text
     */
    public record Recorded(String method, String path, List<String> query, Map<String, String> headers, String body) {
        /**
         * @param lowerName a header name, lower case
         * @return its value, or {@code null}
         */
        public String header(String lowerName) {
            return headers.get(lowerName);
        }
    }

    @Override
    public String toString() {
        return buf == null ? "WireRequest{}" : "WireRequest{" + ascii(start, targetEnd) + "}";
    }

    private boolean isOneOf(int from, int to, String[] pairs) {
        for (String p : pairs) {
            if (equalsAscii(buf, from, to, p)) {
                return true;
            }
        }
        return false;
    }

    private boolean isNumberParam(int from, int to, String name) {
        int eq = from + name.length();
        return eq < to && buf[eq] == '=' && equalsAscii(buf, from, eq, name) && digits(buf, eq + 1, to) >= 0;
    }

    private String ascii(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static long digits(byte[] b, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    private static boolean nameIs(byte[] b, int line, int eol, String lowerName) {
        int colon = line + lowerName.length();
        return colon < eol && b[colon] == ':' && equalsAsciiIgnoreCase(b, line, colon, lowerName);
    }

    private static int valueStart(byte[] b, int line, int eol) {
        int v = indexOf(b, line, eol, ':') + 1;
        while (v < eol && (b[v] == ' ' || b[v] == '\t')) {
            v++;
        }
        return v;
    }

    private static int trimEnd(byte[] b, int to) {
        while (to > 0 && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        return to;
    }

    private static int lineEnd(byte[] b, int from, int to) {
        int i = indexOf(b, from, to, '\r');
        return i < 0 ? to : i;
    }

    private static boolean equalsAscii(byte[] b, int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsAsciiIgnoreCase(byte[] b, int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            int d = s.charAt(i);
            if (d >= 'A' && d <= 'Z') {
                d += 'a' - 'A';
            }
            if (c != d) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
