package dev.waiver.contract;

/**
 * A part of a request that the SDK sends although the description it is validated against does not
 * declare it, with the reason. Before validation, the part is taken out of the request; the rest is
 * validated as strictly as ever. {@link AllowListTest} proves every entry is still needed (the
 * newer description lacks the part) and, where it says so, that the older description declares it.
 *
 * @param api the description the request is validated against
 * @param method the HTTP method
 * @param pathTemplate the operation's path as the description writes it
 * @param where body field (top level), query parameter or header
 * @param name the field's or parameter's name
 * @param olderDescription whether {@link HarnessApi#STO_OLDER} declares it for the same operation
 * @param why where the part comes from, for whoever reads a report
 */
record AllowedExtra(HarnessApi api, String method, String pathTemplate, Where where, String name,
        boolean olderDescription, String why) {

    /** Where in a request the part is. */
    enum Where {
        /** A top-level field of the JSON body. */
        BODY,
        /** A query parameter. */
        QUERY,
        /** A header, by name, case-insensitively. */
        HEADER
    }

    /**
     * @param method a request's method
     * @param template the path template the request was sent for
     * @return whether this entry is about that operation
     */
    boolean covers(String method, String template) {
        return this.method.equals(method) && this.pathTemplate.equals(template);
    }

    @Override
    public String toString() {
        return api + " " + method + " " + pathTemplate + " " + where + " " + name + " (" + why + ")";
    }
}
