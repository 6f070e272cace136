package dev.waiver.testkit;

import dev.waiver.testkit.internal.VendorWiring;
import dev.waiver.testkit.internal.qualys.QualysBackend;
import dev.waiver.testkit.internal.qualys.QualysCatalog;
import dev.waiver.testkit.internal.qualys.QualysUsers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Qualys Policy Compliance exceptions fake: {@code /api/2.0|3.0/fo/compliance/exception/} with
 * the actions {@code request} (alias {@code create}), {@code list}, {@code update} and
 * {@code delete}, answering as Qualys documents (Qualys API User Guide v8.16, "Exceptions"):
 * form parameters (the last of a repeated one wins), HTTP Basic plus {@code X-Requested-With},
 * {@code SIMPLE_RETURN} / {@code BATCH_RETURN} / {@code EXCEPTION_LIST_OUTPUT} answers, truncation
 * with WARNING 1980 and a next-batch URL, errors with {@code CODE} whatever the HTTP status. It
 * also answers Qualys' Host List ({@code /api/2.0/fo/asset/host/?action=list&ids=...}, the path of
 * Qualys' published sample) from its hosts, in the sample's {@code HOST_LIST_OUTPUT} shape
 * ({@code ID}, {@code IP}, {@code TRACKING_METHOD}); of that API's parameters it takes {@code ids}
 * only (commas and ranges; without it, the registered hosts) and refuses the others (1901).
 *
 * <pre>{@code
 * fakes.qualys().seed().approved(10_000).expiringIn(Duration.ofDays(90)).create();
 * fakes.qualys().failNext(QualysFake.Operation.LIST, QualysFake.rateLimited(Duration.ofSeconds(30)));
 * long n = fakes.qualysClient().complianceExceptions().create(r -> r.controlId(1113) ...).firstExceptionNumber();
 * assertThat(fakes.qualys().exception(n)).map(QualysExceptionRecord::status).hasValue(ExceptionStatus.PENDING);
 * }</pre>
 *
 * <p>Ids a request names but the test did not register ({@link #host}, {@link #control}, ...) get
 * generated, stable names, so a request never fails for want of an inventory. A {@code request} on
 * a host declared {@link #unknownHost unknown} or {@link #hostWithoutIp without IP} is refused
 * (1905 on {@code host_id}: the fake's choice, Qualys documents no answer for it).
 */
public final class QualysFake extends VendorFake<QualysFake.Operation> {

    /** The user id of the API user ({@link TestCredentials#QUALYS_USERNAME}), the default assignee and author. */
    public static final long DEFAULT_USER_ID = 1001;
    /** The API user's display name. */
    public static final String DEFAULT_USER_NAME = "Waiver Testkit";

    /** The Qualys operations, for {@link #failNext}; a next-batch URL is a {@link #LIST}, the Host List a {@link #HOST_LIST}. */
    public enum Operation implements FakeOperation {
        /** {@code action=request} (alias {@code create}). */
        REQUEST("qualys.request"),
        /** {@code action=list} and each next-batch URL. */
        LIST("qualys.list"),
        /** {@code action=update}. */
        UPDATE("qualys.update"),
        /** {@code action=delete}. */
        DELETE("qualys.delete"),
        /** The Host List: {@code action=list} on {@code /api/2.0/fo/asset/host/}. */
        HOST_LIST("qualys.hostList");

        private final String name;

        Operation(String name) {
            this.name = name;
        }

        @Override
        public String operationName() {
            return name;
        }

        /**
         * @param action the {@code action} parameter's value on the exceptions endpoint
         * @return the operation it names, if any (never {@link #HOST_LIST}, which has its own path)
         */
        public static Optional<Operation> ofAction(String action) {
            if (action == null) {
                return Optional.empty();
            }
            return switch (action) {
                case "request", "create" -> Optional.of(REQUEST);
                case "list" -> Optional.of(LIST);
                case "update" -> Optional.of(UPDATE);
                case "delete" -> Optional.of(DELETE);
                default -> Optional.empty();
            };
        }
    }

    QualysFake(VendorWiring wiring) {
        super(wiring);
    }

    /**
     * @param wait the wait Qualys names ({@code SECONDS_TO_WAIT} and {@code X-RateLimit-ToWait-Sec})
     * @return HTTP 409 with code 1965: rate limit reached
     */
    public static FakeFault rateLimited(Duration wait) {
        return FakeFault.vendorError(409, "1965").withRetryAfter(wait);
    }

    /** @return HTTP 409 with code 1960: concurrency limit reached ({@code CALLS_TO_FINISH} 1) */
    public static FakeFault concurrencyLimited() {
        return FakeFault.vendorError(409, "1960");
    }

    /** @return HTTP 409 with code 1920: blocked by other requests */
    public static FakeFault blocked() {
        return FakeFault.vendorError(409, "1920");
    }

    /** @return HTTP 200 carrying code 2001: the account has expired */
    public static FakeFault accountExpired() {
        return FakeFault.vendorError(200, "2001");
    }

    /**
     * Seeds exceptions in bulk: {@code seed().approved(10_000).expiringIn(Duration.ofDays(90)).create()}.
     *
     * @return a seed builder
     */
    public QualysSeed seed() {
        return new QualysSeed(this);
    }

    /**
     * Seeds one exception; unset fields take the builder's defaults, the creation time the clock's
     * now, the number the next free one.
     *
     * @param record fills the record
     * @return the stored record
     */
    public QualysExceptionRecord add(Consumer<QualysExceptionRecord.Builder> record) {
        QualysExceptionRecord.Builder b = QualysExceptionRecord.builder();
        record.accept(b);
        return add(b);
    }

    /**
     * @param record a filled builder
     * @return the stored record
     */
    QualysExceptionRecord add(QualysExceptionRecord.Builder record) {
        if (record.createdAt() == null) {
            record.createdAt(context().clock().instant());
        }
        return qualys().store().add(record);
    }

    /** @return every exception, ascending, as Qualys shows it now (Expired once an end date passed) */
    public List<QualysExceptionRecord> exceptions() {
        LocalDate today = today();
        return qualys().store().all().stream().map(r -> r.asOf(today)).toList();
    }

    /**
     * @param number an exception number
     * @return the exception as Qualys shows it now, if it exists
     */
    public Optional<QualysExceptionRecord> exception(long number) {
        return qualys().store().get(number).map(r -> r.asOf(today()));
    }

    /**
     * Registers a user: its display name shows as {@code ASSIGNEE}, "name (login)" as a history {@code USER}.
     *
     * @param id          the user id
     * @param displayName the display name
     * @param login       the login
     * @return this fake
     */
    public QualysFake user(long id, String displayName, String login) {
        qualys().users().put(new QualysUsers.User(id, Objects.requireNonNull(displayName, "displayName"),
                Objects.requireNonNull(login, "login")));
        return this;
    }

    /**
     * @param id      a host id
     * @param ip      its IP address ({@code HOST/IP_ADDRESS})
     * @param network its network name, or {@code null}
     * @return this fake
     */
    public QualysFake host(long id, String ip, String network) {
        qualys().catalog().host(id, new QualysCatalog.Host(Objects.requireNonNull(ip, "ip"), network));
        return this;
    }

    /**
     * Registers a host Qualys tracks without IP address (by agent): the Host List shows it without
     * {@code IP}, and a {@code request} on it is refused.
     *
     * @param id      a host id
     * @param network its network name, or {@code null}
     * @return this fake
     */
    public QualysFake hostWithoutIp(long id, String network) {
        qualys().catalog().host(id, new QualysCatalog.Host(null, network));
        return this;
    }

    /**
     * Makes a host id unknown to Qualys: the Host List does not show it, and a {@code request} on it
     * is refused. Registering the host again makes it known.
     *
     * @param id a host id
     * @return this fake
     */
    public QualysFake unknownHost(long id) {
        qualys().catalog().unknownHost(id);
        return this;
    }

    /**
     * @param id   a technology id
     * @param name its name ({@code TECHNOLOGY/NAME})
     * @return this fake
     */
    public QualysFake technology(long id, String name) {
        qualys().catalog().technology(id, Objects.requireNonNull(name, "name"));
        return this;
    }

    /**
     * @param id   a policy id
     * @param name its title ({@code POLICY/NAME})
     * @return this fake
     */
    public QualysFake policy(long id, String name) {
        qualys().catalog().policy(id, Objects.requireNonNull(name, "name"));
        return this;
    }

    /**
     * @param id               a control id ({@code CONTROL/CID})
     * @param statement        its statement
     * @param criticalityValue its criticality value
     * @param criticalityLabel its criticality label, for example {@code URGENT}
     * @return this fake
     */
    public QualysFake control(long id, String statement, int criticalityValue, String criticalityLabel) {
        qualys().catalog().control(id, new QualysCatalog.Control(Objects.requireNonNull(statement, "statement"),
                criticalityValue, Objects.requireNonNull(criticalityLabel, "criticalityLabel")));
        return this;
    }

    /** @return the fake's date (UTC) */
    LocalDate today() {
        return context().clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * @param comment a comment
     * @param at      when
     * @return a history entry by the API user
     */
    QualysExceptionRecord.History apiUserComment(String comment, Instant at) {
        QualysUsers.User apiUser = qualys().users().get(DEFAULT_USER_ID);
        return new QualysExceptionRecord.History(apiUser.id(), apiUser.historyName(), comment, at);
    }

    /** @return the catalog, for the seed builder */
    QualysCatalog catalog() {
        return qualys().catalog();
    }

    private QualysBackend qualys() {
        return (QualysBackend) backend();
    }
}
