package dev.waiver.testkit.internal.qualys;

import dev.waiver.testkit.QualysExceptionRecord;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The documented filters of the {@code list} action (Qualys API User Guide v8.16, "Exceptions"),
 * applied to the fake's records as they show on the fake's date. Where Qualys does not say how a
 * filter matches, the fake's choice is written beside it.
 */
final class ListFilter implements Predicate<QualysExceptionRecord> {

    /** The statuses a {@code list} filter takes: lower case, as documented. */
    private static final Set<String> STATUSES = Set.of("pending", "approved", "rejected", "expired");

    private final List<Predicate<QualysExceptionRecord>> tests = new ArrayList<>();

    private ListFilter() {
    }

    /**
     * @param p     the call's parameters
     * @param today the fake's date
     * @return the filter
     * @throws QualysError 1905 for a value Qualys would refuse
     */
    static ListFilter of(QualysParams p, LocalDate today) {
        ListFilter f = new ListFilter();
        Long number = ParamValues.positive(p, "exception_number");
        if (number != null) {
            f.tests.add(r -> r.number() == number);
        }
        List<long[]> spans = ParamValues.numberSpans(p, "exception_numbers");
        if (spans != null) {
            f.tests.add(r -> spans.stream().anyMatch(s -> r.number() >= s[0] && r.number() <= s[1]));
        }
        Long min = ParamValues.positive(p, "exception_number_min");
        if (min != null) {
            f.tests.add(r -> r.number() >= min);
        }
        Long max = ParamValues.positive(p, "exception_number_max");
        if (max != null) {
            f.tests.add(r -> r.number() <= max);
        }
        String ip = p.get("ip");
        if (ip != null) {
            IpMatcher ips = IpMatcher.parse(ip);
            f.tests.add(r -> ips.matches(r.ip()));
        }
        Long assignee = ParamValues.positive(p, "assignee_id");
        if (assignee != null) {
            f.tests.add(r -> r.assigneeId() == assignee);
        }
        String network = p.get("network_name");
        if (network != null) {
            // Qualys does not say how a network name matches: the fake compares it exactly
            f.tests.add(r -> network.equals(r.networkName()));
        }
        String status = p.get("status");
        if (status != null) {
            if (!STATUSES.contains(status)) {
                throw QualysError.invalid("status", status);
            }
            f.tests.add(r -> r.asOf(today).status().value().toLowerCase(Locale.ROOT).equals(status));
        }
        Boolean active = ParamValues.flag(p, "is_active");
        if (active != null) {
            f.tests.add(r -> r.activeOn(today) == active);
        }
        Long control = ParamValues.positive(p, "control_id");
        if (control != null) {
            // documented as a prefix match: 23 also matches 234 and 2343
            String prefix = control.toString();
            f.tests.add(r -> Long.toString(r.controlId()).startsWith(prefix));
        }
        String statement = p.get("control_statement");
        if (statement != null) {
            // documented as a partial match; the fake ignores case
            String part = statement.toLowerCase(Locale.ROOT);
            f.tests.add(r -> r.controlStatement().toLowerCase(Locale.ROOT).contains(part));
        }
        Long policy = ParamValues.positive(p, "policy_id");
        if (policy != null) {
            f.tests.add(r -> r.policyId() == policy);
        }
        String technology = p.get("technology_name");
        if (technology != null) {
            // Qualys does not say how a technology name matches: the fake compares it ignoring case
            f.tests.add(r -> r.technologyName().equalsIgnoreCase(technology));
        }
        Long createdBy = ParamValues.positive(p, "created_by");
        if (createdBy != null) {
            f.tests.add(r -> r.createdBy() == createdBy);
        }
        Long modifiedBy = ParamValues.positive(p, "modified_by");
        if (modifiedBy != null) {
            f.tests.add(r -> r.modifiedBy() == modifiedBy);
        }
        // the date filters: "after" is taken as "on or after that day", "before" as "before that day" (UTC)
        LocalDate createdAfter = ParamValues.usDate(p, "created_after_date");
        if (createdAfter != null) {
            f.tests.add(r -> !r.createdAt().atZone(ZoneOffset.UTC).toLocalDate().isBefore(createdAfter));
        }
        LocalDate updatedAfter = ParamValues.usDate(p, "updated_after_date");
        if (updatedAfter != null) {
            f.tests.add(r -> !r.modifiedAt().atZone(ZoneOffset.UTC).toLocalDate().isBefore(updatedAfter));
        }
        LocalDate expiredBefore = ParamValues.usDate(p, "expired_before_date");
        if (expiredBefore != null) {
            f.tests.add(r -> r.endDate() != null && r.endDate().isBefore(expiredBefore));
        }
        LocalDate expiredAfter = ParamValues.usDate(p, "expired_after_date");
        if (expiredAfter != null) {
            f.tests.add(r -> r.endDate() != null && !r.endDate().isBefore(expiredAfter));
        }
        return f;
    }

    @Override
    public boolean test(QualysExceptionRecord r) {
        for (Predicate<QualysExceptionRecord> t : tests) {
            if (!t.test(r)) {
                return false;
            }
        }
        return true;
    }
}
