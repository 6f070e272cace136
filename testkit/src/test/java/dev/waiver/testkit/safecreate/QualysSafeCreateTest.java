package dev.waiver.testkit.safecreate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.Operation;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.TransportException;
import dev.waiver.core.WaiverException;
import dev.waiver.qualys.CreateExceptionRequest;
import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.model.CreatedExceptions;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.QualysExceptionRecord;
import dev.waiver.testkit.QualysFake;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import dev.waiver.testkit.WaiverFakesExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Qualys' safe create ({@code ComplianceExceptions.create} with a {@code hostId}) against the
 * stateful fake, over real OkHttp: the Host List gives the host's IP, the exception list by IP,
 * control and policy gives the candidates.
 */
class QualysSafeCreateTest {

    private static final Instant START = Instant.parse("2026-03-02T09:30:00Z");
    private static final long HOST = 3753479;
    private static final String IP = "10.10.10.5";
    private static final long CONTROL = 1683;
    private static final long POLICY = 1366063;
    private static final long TECHNOLOGY = 390;
    private static final String EXCEPTIONS = "POST /api/3.0/fo/compliance/exception/ ";
    private static final String CREATE = EXCEPTIONS + "action=request&control_id=1683&host_id=3753479"
            + "&policy_id=1366063&technology_id=390&assignee_id=1001&comments=accepted+risk";
    private static final String HOSTS = "GET /api/2.0/fo/asset/host/?action=list&ids=3753479 ";
    private static final String LOOKUP = EXCEPTIONS + "action=list&ip=10.10.10.5&control_id=1683&policy_id=1366063";

    @RegisterExtension
    final WaiverFakesExtension fakes = WaiverFakesExtension.with(b -> b.only(FakeVendor.QUALYS).clock(START));

    private static CreatedExceptions create(QualysClient qualys) {
        return create(qualys, r -> { });
    }

    private static CreatedExceptions create(QualysClient qualys, Consumer<CreateExceptionRequest.Builder> more) {
        return qualys.complianceExceptions().create(r -> {
            r.controlId(CONTROL).hostId(HOST).policyId(POLICY).technologyId(TECHNOLOGY)
                    .assigneeId(QualysFake.DEFAULT_USER_ID).comments("accepted risk");
            more.accept(r);
        });
    }

    /** Each call as method, URL and form body: the exceptions endpoint takes every action at one URL. */
    private static List<String> wire(WaiverFakes all) {
        return all.qualys().requests().stream().map(QualysSafeCreateTest::line).toList();
    }

    private static String line(LoggedRequest r) {
        return r.getMethod().getName() + " " + r.getUrl() + " " + r.getBodyAsString();
    }

    /** Registers the host, and an existing exception of the given control and status on it. */
    private static QualysExceptionRecord existing(WaiverFakes all, long control, ExceptionStatus status) {
        all.qualys().host(HOST, IP, null);
        return all.qualys().add(r -> r.host(HOST, IP).technology(TECHNOLOGY, "Microsoft SQL Server 2022")
                .policy(POLICY, "CIS Benchmark").control(control, "Minimum password length", 5, "URGENT")
                .assigneeId(QualysFake.DEFAULT_USER_ID).status(status)
                .endDate(status.equals(ExceptionStatus.APPROVED) || status.equals(ExceptionStatus.EXPIRED)
                        ? LocalDate.of(2026, 1, 31) : null));
    }

    private static TransportException originalFailure(QualysClient qualys) {
        return originalFailure(qualys, r -> { });
    }

    private static TransportException originalFailure(QualysClient qualys, Consumer<CreateExceptionRequest.Builder> more) {
        TransportException e = catchThrowableOfType(TransportException.class, () -> create(qualys, more));
        assertThat(e).isNotNull();
        assertThat(e.requestMayHaveReachedServer()).isTrue();
        assertThat(e.operation()).contains(Operation.of("qualys", "request"));
        return e;
    }

    @Test
    void recordedThenDroppedIsRecoveredOnce(QualysClient qualys, WaiverFakes all) {
        all.qualys().host(HOST, IP, null);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.recordThenReset());

        CreatedExceptions created = create(qualys);

        assertThat(all.qualys().exceptions()).singleElement().satisfies(e -> {
            assertThat(e.hostId()).isEqualTo(HOST);
            assertThat(e.ip()).isEqualTo(IP);
            assertThat(e.controlId()).isEqualTo(CONTROL);
            assertThat(created).isEqualTo(CreatedExceptions.ofRecovered(ExceptionNumbers.of(e.number())));
        });
        assertThat(created.recovered()).isTrue();
        assertThat(created.firstExceptionNumber()).isEqualTo(1L);
        assertThat(created.text()).isEmpty();
        assertThat(created.datetime()).isEmpty();
        assertThat(wire(all)).containsExactly(CREATE, HOSTS, LOOKUP);
    }

    @Test
    void droppedBeforeRecordingIsLookedUpThenSentOnceMore(QualysClient qualys, WaiverFakes all) {
        all.qualys().host(HOST, IP, null);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.connectionReset());

        CreatedExceptions created = create(qualys);

        assertThat(all.qualys().exceptions()).extracting(QualysExceptionRecord::number).containsExactly(1L);
        assertThat(created).isEqualTo(CreatedExceptions.of(START, "Exception created successfully", ExceptionNumbers.of(1)));
        assertThat(created.recovered()).isFalse();
        assertThat(wire(all)).containsExactly(CREATE, HOSTS, LOOKUP, CREATE);
    }

    @Test
    void secondSendIsTheLast(QualysClient qualys, WaiverFakes all) {
        all.qualys().failNext(QualysFake.Operation.REQUEST, 2, FakeFault.connectionReset());

        TransportException e = originalFailure(qualys);

        assertThat(e.getSuppressed()).isEmpty();
        assertThat(all.qualys().exceptions()).isEmpty();
        // an unregistered host has a generated IP, derived from its id
        assertThat(wire(all)).containsExactly(CREATE, HOSTS,
                LOOKUP.replace(IP, "10.57.70.7"), CREATE);
    }

    @Test
    void optedOutThrowsTheOriginalFailure(WaiverFakes all) {
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.recordThenReset());
        try (QualysClient qualys = QualysClient.builder().baseUrl(all.qualys().baseUrl())
                .username(TestCredentials.QUALYS_USERNAME).password(TestCredentials.QUALYS_PASSWORD)
                .safeCreates(false).build()) {
            assertThat(originalFailure(qualys).getSuppressed()).isEmpty();
        }
        assertThat(all.qualys().exceptions()).hasSize(1);
        assertThat(wire(all)).containsExactly(CREATE);
    }

    @Test
    void anInstanceCannotBeToldApartSoNothingIsSentAgain(QualysClient qualys, WaiverFakes all) {
        all.qualys().host(HOST, IP, null);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.recordThenReset());

        TransportException e = originalFailure(qualys, r -> r.instanceString("os"));

        assertThat(e.getSuppressed()).singleElement().isExactlyInstanceOf(WaiverException.class)
                .extracting(Throwable::getMessage).isEqualTo("safe create: cannot tell which exception the lost create made: the request names an "
                        + "instance, which Qualys' list does not show, and 1 exception(s) of control 1683, policy "
                        + "1366063, technology 390 on host 3753479 (10.10.10.5) exist: 1; nothing was sent again");
        assertThat(all.qualys().exceptions()).singleElement().satisfies(r -> assertThat(r.instanceString()).isEqualTo("os"));
        assertThat(wire(all)).containsExactly(CREATE.replace("&assignee_id", "&instance_string=os&assignee_id"),
                HOSTS, LOOKUP);
    }

    @Test
    void anInstanceWithoutCandidateIsSentOnceMore(QualysClient qualys, WaiverFakes all) {
        all.qualys().host(HOST, IP, null);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.connectionReset());

        CreatedExceptions created = create(qualys, r -> r.instanceString("os"));

        assertThat(created).isEqualTo(CreatedExceptions.of(START, "Exception created successfully", ExceptionNumbers.of(1)));
        String withInstance = CREATE.replace("&assignee_id", "&instance_string=os&assignee_id");
        assertThat(wire(all)).containsExactly(withInstance, HOSTS, LOOKUP, withInstance);
    }

    @Test
    void twoCandidatesCannotBeToldApartSoNothingIsSentAgain(QualysClient qualys, WaiverFakes all) {
        existing(all, CONTROL, ExceptionStatus.PENDING);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.recordThenReset());

        TransportException e = originalFailure(qualys);

        assertThat(e.getSuppressed()).singleElement().isExactlyInstanceOf(WaiverException.class)
                .extracting(Throwable::getMessage).isEqualTo("safe create: cannot tell which exception the lost create made: 2 exception(s) of "
                        + "control 1683, policy 1366063, technology 390 on host 3753479 (10.10.10.5) exist: 1, 2; "
                        + "nothing was sent again");
        assertThat(all.qualys().exceptions()).extracting(QualysExceptionRecord::number).containsExactly(1L, 2L);
        assertThat(wire(all)).containsExactly(CREATE, HOSTS, LOOKUP);
    }

    @Test
    void aControlIdThatOnlyStartsWithOursIsNotACandidate(QualysClient qualys, WaiverFakes all) {
        QualysExceptionRecord other = existing(all, 16832, ExceptionStatus.PENDING);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.connectionReset());

        CreatedExceptions created = create(qualys);

        assertThat(created).isEqualTo(CreatedExceptions.of(START, "Exception created successfully", ExceptionNumbers.of(2)));
        assertThat(all.qualys().exceptions()).extracting(QualysExceptionRecord::controlId).containsExactly(16832L, 1683L);
        assertThat(wire(all)).containsExactly(CREATE, HOSTS, LOOKUP, CREATE);
        // Qualys' control_id filter matches prefixes: the lookup's list showed 16832 for 1683
        assertThat(qualys.complianceExceptions().list(f -> f.ip(IP).controlId(CONTROL).policyId(POLICY)).stream()
                .map(x -> x.exceptionNumber()).toList()).containsExactly(other.number(), 2L);
    }

    @Test
    void otherTechnologiesAndClosedExceptionsAreNotCandidates(QualysClient qualys, WaiverFakes all) {
        existing(all, CONTROL, ExceptionStatus.REJECTED);
        existing(all, CONTROL, ExceptionStatus.EXPIRED);
        all.qualys().add(r -> r.host(HOST, IP).technology(45, "Windows 2019").policy(POLICY, "CIS Benchmark")
                .control(CONTROL, "Minimum password length", 5, "URGENT").status(ExceptionStatus.PENDING));
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.recordThenReset());

        CreatedExceptions created = create(qualys);

        assertThat(created).isEqualTo(CreatedExceptions.ofRecovered(ExceptionNumbers.of(4)));
        assertThat(all.qualys().exceptions()).hasSize(4);
        assertThat(wire(all)).containsExactly(CREATE, HOSTS, LOOKUP);
    }

    @Test
    void aHostWithoutIpCannotBeLookedUp(QualysClient qualys, WaiverFakes all) {
        all.qualys().hostWithoutIp(HOST, null);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.connectionReset());

        TransportException e = originalFailure(qualys);

        assertThat(e.getSuppressed()).singleElement().isExactlyInstanceOf(WaiverException.class)
                .extracting(Throwable::getMessage).isEqualTo("safe create: Qualys' Host List gives host 3753479 no IP address (an agent-tracked host?), "
                        + "and Qualys' exception list names hosts by IP only; nothing was sent again");
        assertThat(all.qualys().exceptions()).isEmpty();
        assertThat(wire(all)).containsExactly(CREATE, HOSTS);
    }

    @Test
    void anUnknownHostCannotBeLookedUp(QualysClient qualys, WaiverFakes all) {
        all.qualys().unknownHost(HOST);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.connectionReset());

        TransportException e = originalFailure(qualys);

        assertThat(e.getSuppressed()).singleElement().isExactlyInstanceOf(WaiverException.class)
                .extracting(Throwable::getMessage).isEqualTo("safe create: Qualys' Host List shows no host 3753479, so its exceptions cannot be "
                        + "looked up; nothing was sent again");
        assertThat(wire(all)).containsExactly(CREATE, HOSTS);
    }

    @Test
    void aHostListAnsweredWithAQualysErrorIsSuppressedTyped(QualysClient qualys, WaiverFakes all) {
        all.qualys().host(HOST, IP, null);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.recordThenReset());
        all.qualys().failNext(QualysFake.Operation.HOST_LIST, QualysFake.accountExpired());

        TransportException e = originalFailure(qualys);

        assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(PermissionDeniedException.class, s -> {
            assertThat(s.statusCode()).isEqualTo(200);
            assertThat(s.vendorCode()).contains("2001");
            assertThat(s.operation()).contains(Operation.of("qualys", "hostList"));
        });
        assertThat(all.qualys().exceptions()).hasSize(1);
        assertThat(wire(all)).containsExactly(CREATE, HOSTS);
    }

    @Test
    void aFailedExceptionListIsSuppressed(QualysClient qualys, WaiverFakes all) {
        all.qualys().host(HOST, IP, null);
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.recordThenReset());
        all.qualys().failNext(QualysFake.Operation.LIST, FakeFault.forbidden());

        TransportException e = originalFailure(qualys);

        assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(PermissionDeniedException.class, s -> {
            assertThat(s.statusCode()).isEqualTo(403);
            assertThat(s.operation()).contains(Operation.of("qualys", "list"));
        });
        assertThat(wire(all)).containsExactly(CREATE, HOSTS, LOOKUP);
    }

    @Test
    void aTagSetIsNotCovered(QualysClient qualys, WaiverFakes all) {
        all.qualys().failNext(QualysFake.Operation.REQUEST, FakeFault.connectionReset());

        TransportException e = catchThrowableOfType(TransportException.class, () -> qualys.complianceExceptions()
                .create(r -> r.controlId(CONTROL).policyId(POLICY).technologyId(TECHNOLOGY)
                        .assigneeId(QualysFake.DEFAULT_USER_ID).comments("accepted risk").tagSetInclude(List.of("PCI"))));

        assertThat(e.requestMayHaveReachedServer()).isTrue();
        assertThat(e.getSuppressed()).isEmpty();
        assertThat(wire(all)).containsExactly(EXCEPTIONS + "action=request&control_id=1683&policy_id=1366063"
                + "&technology_id=390&assignee_id=1001&comments=accepted+risk&tag_set_include=PCI");
    }
}
