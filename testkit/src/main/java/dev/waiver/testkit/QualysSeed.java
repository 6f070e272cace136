package dev.waiver.testkit;

import dev.waiver.qualys.model.ExceptionStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Seeds many Qualys exceptions at once, numbered consecutively after the last one:
 * <pre>{@code
 * List<QualysExceptionRecord> seeded = fakes.qualys().seed()
 *         .approved(10_000).expiringIn(Duration.ofDays(90))
 *         .control(1113, "Status of the 'Guest' account", 3, "SERIOUS")
 *         .create();
 * }</pre>
 * Each record is on its own host (ids from {@link #firstHostId(long)}, IPs registered with
 * {@link QualysFake#host} or generated from the id), created now on the fake's clock by the API
 * user with one history comment, and for an approved or rejected one a second comment deciding it.
 * Not thread-safe; {@link #create()} is.
 */
public final class QualysSeed {

    private final QualysFake fake;
    private int count = 1;
    private ExceptionStatus status = ExceptionStatus.PENDING;
    private boolean expired;
    private LocalDate endDate;
    private Duration expiringIn;
    private long firstHostId = 1_000_000;
    private Long technologyId;
    private Long policyId;
    private Long controlId;
    private Long assigneeId;
    private String comment = "Exception requested for a failing control";
    private boolean reopen;
    private BiConsumer<Integer, QualysExceptionRecord.Builder> each = (i, b) -> { };

    QualysSeed(QualysFake fake) {
        this.fake = fake;
    }

    /**
     * @param n how many pending exceptions
     * @return this seed
     */
    public QualysSeed pending(int n) {
        return as(n, ExceptionStatus.PENDING, false);
    }

    /**
     * @param n how many approved exceptions (never expiring unless {@link #expiringIn} or {@link #endDate} says)
     * @return this seed
     */
    public QualysSeed approved(int n) {
        return as(n, ExceptionStatus.APPROVED, false);
    }

    /**
     * @param n how many rejected exceptions
     * @return this seed
     */
    public QualysSeed rejected(int n) {
        return as(n, ExceptionStatus.REJECTED, false);
    }

    /**
     * @param n how many expired exceptions: approved with an end date before today (yesterday
     *          unless {@link #endDate} says otherwise)
     * @return this seed
     */
    public QualysSeed expired(int n) {
        return as(n, ExceptionStatus.APPROVED, true);
    }

    private QualysSeed as(int n, ExceptionStatus s, boolean isExpired) {
        if (n < 1) {
            throw new IllegalArgumentException("the count must be at least 1, was " + n);
        }
        count = n;
        status = s;
        expired = isExpired;
        return this;
    }

    /**
     * @param d how long from the fake's today until the end date (whole days, rounded up)
     * @return this seed
     */
    public QualysSeed expiringIn(Duration d) {
        expiringIn = Objects.requireNonNull(d, "d");
        endDate = null;
        return this;
    }

    /**
     * @param date the end date (the last valid day)
     * @return this seed
     */
    public QualysSeed endDate(LocalDate date) {
        endDate = Objects.requireNonNull(date, "date");
        expiringIn = null;
        return this;
    }

    /**
     * @param hostId the first record's host id; the next ones count up
     * @return this seed
     */
    public QualysSeed firstHostId(long hostId) {
        firstHostId = hostId;
        return this;
    }

    /**
     * @param id   the technology id
     * @param name its name (registered with the fake)
     * @return this seed
     */
    public QualysSeed technology(long id, String name) {
        fake.technology(id, name);
        technologyId = id;
        return this;
    }

    /**
     * @param id   the policy id
     * @param name its title (registered with the fake)
     * @return this seed
     */
    public QualysSeed policy(long id, String name) {
        fake.policy(id, name);
        policyId = id;
        return this;
    }

    /**
     * @param id               the control id
     * @param statement        its statement
     * @param criticalityValue its criticality value
     * @param criticalityLabel its criticality label (all registered with the fake)
     * @return this seed
     */
    public QualysSeed control(long id, String statement, int criticalityValue, String criticalityLabel) {
        fake.control(id, statement, criticalityValue, criticalityLabel);
        controlId = id;
        return this;
    }

    /**
     * @param userId the assignee of every record
     * @return this seed
     */
    public QualysSeed assignee(long userId) {
        assigneeId = userId;
        return this;
    }

    /**
     * @param text the first history comment of every record
     * @return this seed
     */
    public QualysSeed comment(String text) {
        comment = Objects.requireNonNull(text, "text");
        return this;
    }

    /**
     * @param v the reopen flag of every record
     * @return this seed
     */
    public QualysSeed reopenOnEvidenceChange(boolean v) {
        reopen = v;
        return this;
    }

    /**
     * @param customiser changes record {@code i} (0-based) after the seed's settings are applied
     * @return this seed
     */
    public QualysSeed each(BiConsumer<Integer, QualysExceptionRecord.Builder> customiser) {
        each = Objects.requireNonNull(customiser, "customiser");
        return this;
    }

    /** @return the records created, ascending */
    public List<QualysExceptionRecord> create() {
        Instant now = fake.context().clock().instant();
        LocalDate today = fake.today();
        LocalDate end = endDate != null ? endDate
                : expiringIn != null ? today.plusDays(ceilDays(expiringIn))
                : expired ? today.minusDays(1) : null;
        List<QualysExceptionRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long hostId = firstHostId + i;
            var host = fake.catalog().host(hostId);
            QualysExceptionRecord.Builder b = QualysExceptionRecord.builder()
                    .host(hostId, host.ip())
                    .networkName(host.network())
                    .status(status)
                    .reopenOnEvidenceChange(reopen)
                    .endDate(ExceptionStatus.APPROVED.equals(status) ? end : null)
                    .createdAt(now)
                    .addHistory(fake.apiUserComment(comment, now));
            if (technologyId != null) {
                b.technology(technologyId, fake.catalog().technology(technologyId));
            }
            if (policyId != null) {
                b.policy(policyId, fake.catalog().policy(policyId));
            }
            if (controlId != null) {
                var c = fake.catalog().control(controlId);
                b.control(controlId, c.statement(), c.criticalityValue(), c.criticalityLabel());
            }
            if (assigneeId != null) {
                b.assigneeId(assigneeId);
            }
            if (!ExceptionStatus.PENDING.equals(status)) {
                b.addHistory(fake.apiUserComment(status.value(), now));
            }
            each.accept(i, b);
            out.add(fake.add(b));
        }
        return out;
    }

    private static long ceilDays(Duration d) {
        long days = d.toDays();
        return d.minusDays(days).isZero() ? days : days + 1;
    }
}
