package dev.waiver.testkit.internal.qualys;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ip} filter: IPv4 addresses and ranges ({@code 10.0.0.1-10.0.0.9}), comma-separated,
 * as Qualys takes IPs elsewhere in its API. Other text (an IPv6 address) matches by equality.
 */
final class IpMatcher {

    private final List<long[]> ranges = new ArrayList<>();
    private final List<String> exact = new ArrayList<>();

    private IpMatcher() {
    }

    /**
     * @param text the parameter's value
     * @return the matcher
     * @throws QualysError 1905 for an empty entry or a reversed range
     */
    static IpMatcher parse(String text) {
        IpMatcher m = new IpMatcher();
        for (String part : text.split(",")) {
            String s = part.strip();
            int dash = s.indexOf('-');
            long first = ipv4(dash < 0 ? s : s.substring(0, dash).strip());
            long last = dash < 0 ? first : ipv4(s.substring(dash + 1).strip());
            if (s.isEmpty() || (dash >= 0 && (first < 0 || last < first))) {
                throw QualysError.invalid("ip", text);
            }
            if (first < 0) {
                m.exact.add(s);
            } else {
                m.ranges.add(new long[] {first, last});
            }
        }
        return m;
    }

    /**
     * @param ip a record's IP address
     * @return whether the filter takes it
     */
    boolean matches(String ip) {
        long n = ipv4(ip);
        for (long[] r : ranges) {
            if (n >= r[0] && n <= r[1]) {
                return true;
            }
        }
        return exact.contains(ip);
    }

    /** An IPv4 address as a number, or -1 if the text is not one. */
    private static long ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long n = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return -1;
            }
            n = n * 256 + octet;
        }
        return n;
    }
}
