package dev.waiver.qualys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.core.testing.RecordingSleeper;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.qualys.model.CreatedExceptions;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.TagSelector;
import dev.waiver.qualys.model.TagSetBy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestActionTest extends QualysTestSupport {

    private static final String SEED_BODY = "action=request&control_id=16832&host_id=3753479&policy_id=1366063"
            + "&technology_id=390&instance_string=MSSQL+2022%3A1%3A1433%3AMSSQLSERVER%3Amaster&assignee_id=996765"
            + "&comments=comment&reopen_on_evidence_change=0";

    private static void seedRequest(CreateExceptionRequest.Builder r) {
        r.controlId(16832).hostId(3753479).policyId(1366063).technologyId(390).assigneeId(996765)
                .reopenOnEvidenceChange(false).comments("comment").instanceString("MSSQL 2022:1:1433:MSSQLSERVER:master");
    }

    @Test
    void createSendsTheSeedsRequestActionToTheSlashTerminatedPathAndReturnsTheTypedAnswer() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "request-created.xml")));

        CreatedExceptions created = client().complianceExceptions().create(RequestActionTest::seedRequest);

        assertThat(created).isEqualTo(CreatedExceptions.of(Instant.parse("2023-11-28T11:21:31Z"),
                "Exception created successfully", ExceptionNumbers.of(59)));
        assertThat(created.exceptionNumbers()).isEqualTo(ExceptionNumbers.of(59));
        assertThat(created.firstExceptionNumber()).isEqualTo(59L);
        assertThat(created.text()).isEqualTo("Exception created successfully");
        assertThat(created.datetime()).contains(Instant.parse("2023-11-28T11:21:31Z"));
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("X-Requested-With", equalTo("waiver-java"))
                .withHeader("Content-Type", containing(FORM))
                .withHeader("Accept", equalTo("application/xml, text/xml"))
                .withHeader("User-Agent", containing("waiver-java/"))
                .withRequestBody(equalTo(SEED_BODY)));
    }

    @Test
    void createWithABuiltRequestReadsAnAnswerWithoutXmlDeclaration() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(fixture("request-created-no-declaration.xml"))));

        CreatedExceptions created = client().complianceExceptions().create(CreateExceptionRequest.builder()
                .controlId(1113).hostId(28595192824L).policyId(801459496).technologyId(45).assigneeId(2449482824L)
                .reopenOnEvidenceChange(true).comments("new exception").build());

        assertThat(created.exceptionNumbers()).isEqualTo(ExceptionNumbers.of(15));
        assertThat(created.text()).isEqualTo("Exception created successfully");
        assertThat(created.datetime()).contains(Instant.parse("2018-04-15T10:14:43Z"));
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=request&control_id=1113&host_id=28595192824&policy_id=801459496&technology_id=45"
                        + "&assignee_id=2449482824&comments=new+exception&reopen_on_evidence_change=1")));
    }

    @Test
    void valuesWithReservedAndNonAsciiCharactersArriveIntact() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "request-created.xml")));

        client().complianceExceptions().create(r -> r.controlId(1).hostId(2).policyId(3).technologyId(4).assigneeId(5)
                .comments("risk accepted & signed: a=b+c/d? 50% ü€ 日本")
                .instanceString("oracle10:1:1521:ora10204u"));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=request&control_id=1&host_id=2&policy_id=3&technology_id=4"
                        + "&instance_string=oracle10%3A1%3A1521%3Aora10204u&assignee_id=5"
                        + "&comments=risk+accepted+%26+signed%3A+a%3Db%2Bc%2Fd%3F+50%25+%C3%BC%E2%82%AC+%E6%97%A5%E6%9C%AC")));
    }

    @Test
    void v3TagParametersAndEchoAreSentInOrder() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "request-created.xml")));

        client().complianceExceptions().create(r -> r.controlId(1).policyId(3).technologyId(4).assigneeId(5)
                .comments("c").echoRequest(true).tagSetBy(TagSetBy.NAME).tagIncludeSelector(TagSelector.ALL)
                .tagExcludeSelector(TagSelector.ANY).tagSetInclude(List.of("Prod DB", "PCI"))
                .tagSetExclude(List.of("Decommissioned")));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=request&echo_request=1&control_id=1&policy_id=3&technology_id=4&assignee_id=5&comments=c"
                        + "&tag_set_by=name&tag_include_selector=all&tag_exclude_selector=any"
                        + "&tag_set_include=Prod+DB%2CPCI&tag_set_exclude=Decommissioned")));
    }

    @Test
    void v2ClientCallsTheV2PathAndRefusesTagParametersBeforeSending() {
        wm.stubFor(post(urlEqualTo(V2_PATH)).willReturn(xmlFixture(200, "request-created.xml")));
        try (QualysClient v2 = client(TestRetries.noSleep(), QualysApiVersion.V2_0)) {
            assertThat(v2.apiVersion()).isEqualTo(QualysApiVersion.V2_0);
            assertThat(v2.complianceExceptions().create(RequestActionTest::seedRequest).exceptionNumbers())
                    .isEqualTo(ExceptionNumbers.of(59));
            wm.verify(1, postRequestedFor(urlEqualTo(V2_PATH)).withRequestBody(equalTo(SEED_BODY)));

            assertThatThrownBy(() -> v2.complianceExceptions().create(r -> {
                seedRequest(r);
                r.tagSetExclude(List.of("x"));
            })).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("CreateExceptionRequest.tagSetExclude is only available on Qualys API v3.0, and this client uses v2.0: "
                            + "build the client with .apiVersion(QualysApiVersion.V3_0)");
        }
        assertThat(requestCount()).isEqualTo(1);
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of("missing controlId", (Consumer<CreateExceptionRequest.Builder>) r -> r.policyId(3)
                        .technologyId(4).assigneeId(5).hostId(2).comments("c"),
                        "CreateExceptionRequest.controlId is required: set .controlId(...)"),
                Arguments.of("missing policyId", (Consumer<CreateExceptionRequest.Builder>) r -> r.controlId(1)
                        .technologyId(4).assigneeId(5).hostId(2).comments("c"),
                        "CreateExceptionRequest.policyId is required: set .policyId(...)"),
                Arguments.of("missing technologyId", (Consumer<CreateExceptionRequest.Builder>) r -> r.controlId(1)
                        .policyId(3).assigneeId(5).hostId(2).comments("c"),
                        "CreateExceptionRequest.technologyId is required: set .technologyId(...)"),
                Arguments.of("missing assigneeId", (Consumer<CreateExceptionRequest.Builder>) r -> r.controlId(1)
                        .policyId(3).technologyId(4).hostId(2).comments("c"),
                        "CreateExceptionRequest.assigneeId is required: set .assigneeId(...)"),
                Arguments.of("missing comments", (Consumer<CreateExceptionRequest.Builder>) r -> r.controlId(1)
                        .policyId(3).technologyId(4).assigneeId(5).hostId(2),
                        "CreateExceptionRequest.comments is required: set .comments(...)"),
                Arguments.of("blank comments", (Consumer<CreateExceptionRequest.Builder>) r -> r.controlId(1)
                        .policyId(3).technologyId(4).assigneeId(5).hostId(2).comments(" "),
                        "CreateExceptionRequest.comments must not be blank: leave it unset instead"),
                Arguments.of("missing host", (Consumer<CreateExceptionRequest.Builder>) r -> r.controlId(1)
                        .policyId(3).technologyId(4).assigneeId(5).comments("c"),
                        "CreateExceptionRequest.hostId is required: set .hostId(...) (on API v3.0 a tag set, "
                                + ".tagSetInclude(...), may name the hosts instead)"),
                Arguments.of("instance without host", (Consumer<CreateExceptionRequest.Builder>) r -> r.controlId(1)
                        .policyId(3).technologyId(4).assigneeId(5).comments("c").tagSetInclude(List.of("t"))
                        .instanceString("os"),
                        "CreateExceptionRequest.instanceString is only allowed with hostId: Qualys applies an instance "
                                + "to one host"),
                Arguments.of("tag with comma", (Consumer<CreateExceptionRequest.Builder>) r -> r.controlId(1)
                        .policyId(3).technologyId(4).assigneeId(5).comments("c").tagSetInclude(List.of("a,b")),
                        "CreateExceptionRequest.tagSetInclude[0] must not contain ',' (Qualys separates tags with "
                                + "commas), was 'a,b'"),
                Arguments.of("empty tag", (Consumer<CreateExceptionRequest.Builder>) r -> r.controlId(1)
                        .policyId(3).technologyId(4).assigneeId(5).hostId(2).comments("c")
                        .tagSetExclude(Arrays.asList("x", null)),
                        "CreateExceptionRequest.tagSetExclude[1] must not be null or blank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidRequestsAreRefusedBeforeSending(String rule, Consumer<CreateExceptionRequest.Builder> fill,
                                                String message) {
        assertThatThrownBy(() -> client().complianceExceptions().create(fill))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(requestCount()).isZero();
    }

    @Test
    void rulesQualysDoesNotStateAreLeftToQualys() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "request-created.xml")));

        client().complianceExceptions().create(r -> r.controlId(0).hostId(-2).policyId(3).technologyId(4)
                .assigneeId(5).comments("c").tagIncludeSelector(TagSelector.ALL).tagSetInclude(List.of()));

        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(
                "action=request&control_id=0&host_id=-2&policy_id=3&technology_id=4&assignee_id=5&comments=c"
                        + "&tag_include_selector=all")));
    }

    @Test
    void theRequestIsAValueWithACopyingBuilder() {
        CreateExceptionRequest.Builder b = CreateExceptionRequest.builder();
        seedRequest(b);
        CreateExceptionRequest request = b.build();

        assertThat(request.controlId()).isEqualTo(16832);
        assertThat(request.hostId()).hasValue(3753479);
        assertThat(request.policyId()).isEqualTo(1366063);
        assertThat(request.technologyId()).isEqualTo(390);
        assertThat(request.assigneeId()).isEqualTo(996765);
        assertThat(request.comments()).isEqualTo("comment");
        assertThat(request.instanceString()).contains("MSSQL 2022:1:1433:MSSQLSERVER:master");
        assertThat(request.reopenOnEvidenceChange()).contains(false);
        assertThat(request.echoRequest()).isEmpty();
        assertThat(request.tagSetBy()).isEmpty();
        assertThat(request.tagIncludeSelector()).isEmpty();
        assertThat(request.tagExcludeSelector()).isEmpty();
        assertThat(request.tagSetInclude()).isEmpty();
        assertThat(request.tagSetExclude()).isEmpty();

        CreateExceptionRequest copy = request.toBuilder().build();
        assertThat(copy).isEqualTo(request).hasSameHashCodeAs(request).isNotSameAs(request);
        assertThat(copy.toString()).isEqualTo(request.toString()).contains("controlId=16832", "comments=comment");
        CreateExceptionRequest changed = request.toBuilder().comments("other").instanceString(null).build();
        assertThat(changed).isNotEqualTo(request);
        assertThat(changed.instanceString()).isEmpty();
        assertThat(request.comments()).isEqualTo("comment");

        List<String> tags = new ArrayList<>(List.of("PCI"));
        CreateExceptionRequest tagged = request.toBuilder().tagSetInclude(tags).build();
        tags.add("later");
        assertThat(tagged.tagSetInclude()).containsExactly("PCI");
        assertThatThrownBy(() -> tagged.tagSetInclude().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requestIsNotRetriedAfterAServerErrorOrAResetConnection() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> client().complianceExceptions().create(RequestActionTest::seedRequest))
                .isInstanceOf(ServerException.class);
        assertThat(requestCount()).isEqualTo(1);

        wm.resetAll();
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client().complianceExceptions().create(RequestActionTest::seedRequest))
                .isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).requestMayHaveReachedServer()).isTrue())
                // the safe create's Host List lookup (SafeCreateLookupTest), unanswered here, is suppressed
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(NotFoundException.class));
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)));
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void requestRefusedByTheRateLimitIsSentAgainAfterTheWait() {
        RecordingSleeper sleeper = new RecordingSleeper();
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(409, fixture("error-1965.xml").replace("{{WAIT}}", "7")))
                .willSetStateTo("free"));
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("limit").whenScenarioStateIs("free")
                .willReturn(xmlFixture(200, "request-created.xml")));

        try (QualysClient c = client(TestRetries.recording(sleeper), QualysApiVersion.V3_0)) {
            assertThat(c.complianceExceptions().create(RequestActionTest::seedRequest).firstExceptionNumber())
                    .isEqualTo(59L);
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        wm.verify(2, postRequestedFor(urlEqualTo(V3_PATH)).withRequestBody(equalTo(SEED_BODY)));
    }

    @Test
    void anAnswerNamingSeveralNewExceptionsKeepsThemAll() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(200, fixture("request-created.xml")
                .replace("<VALUE>59</VALUE>", "<VALUE>59</VALUE><VALUE>61-62</VALUE>"))));

        CreatedExceptions created = client().complianceExceptions().create(r -> r.controlId(1).policyId(3)
                .technologyId(4).assigneeId(5).comments("c").tagSetInclude(List.of("PCI")));

        assertThat(created.exceptionNumbers()).isEqualTo(ExceptionNumbers.builder().add(59).addRange(61, 62).build());
        assertThat(created.firstExceptionNumber()).isEqualTo(59L);
    }

    @Test
    void successWithoutExceptionNumberIsAnUnreadableAnswerNotAZero() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(200, fixture("request-created.xml")
                .replace("EXCEPTION_NUMBER", "OTHER_KEY"))));
        assertThatThrownBy(() -> client().complianceExceptions().create(RequestActionTest::seedRequest))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("no EXCEPTION_NUMBER item");
        // sent once; the answer may have created something, so the safe create looked it up (the Host List, unanswered)
        wm.verify(1, postRequestedFor(urlEqualTo(V3_PATH)));
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitLongerThanTheMaximumWaitFailsAtOnceWithTheWait() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(409, fixture("error-1965.xml").replace("{{WAIT}}", "68928"))));
        assertThatThrownBy(() -> client().complianceExceptions().create(RequestActionTest::seedRequest))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(68928));
                    assertThat(e.vendorCode()).contains("1965");
                    assertThat(e.error().vendorSaysRetryable()).isTrue();
                });
        assertThat(requestCount()).isEqualTo(1);
    }
}
