package dev.waiver.testkit.internal;

/** Reads numeric query parameters with the vendor's ranges. */
public final class Query {

    private Query() {
    }

    /**
     * @param request the request
     * @param name    the parameter
     * @param def     its default when absent
     * @param min     the smallest value allowed
     * @param max     the largest value allowed
     * @return the value
     * @throws BadRequest when it is not a number in range
     */
    public static long number(FakeRequest request, String name, long def, long min, long max) {
        String raw = request.query(name).orElse(null);
        if (raw == null || raw.isEmpty()) {
            return def;
        }
        long v;
        try {
            v = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadRequest("invalid value for " + name + ": " + raw + " is not an integer");
        }
        if (v < min || v > max) {
            throw new BadRequest("invalid value for " + name + ": " + v + " must be between " + min + " and " + max);
        }
        return v;
    }
}
