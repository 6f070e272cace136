package dev.waiver.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waiver.core.ApiException;
import dev.waiver.core.WaiverException;
import dev.waiver.core.http.FuzzResponses;
import dev.waiver.core.http.TransportResponse;
import dev.waiver.qualys.internal.Answers;
import dev.waiver.qualys.internal.BatchReturnReader;
import dev.waiver.qualys.internal.ExceptionListPage;
import dev.waiver.qualys.internal.RateLimitTracker;
import dev.waiver.qualys.internal.SimpleReturn;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Qualys XML readers on arbitrary answers, through the same entry points the client uses
 * ({@link Answers#read} with a {@code SIMPLE_RETURN} reader and with {@link BatchReturnReader},
 * and {@link ExceptionListPage} streamed to its end).
 *
 * <p>The oracles: a reader that rejected everything would fail here.
 * <ul>
 *   <li>every valid seed (the corpus files named {@code seed-*} that Qualys' documents describe)
 *       yields its known values, field by field, whether it arrives from the corpus through the
 *       fuzz entry points or from the plain tests below; the error seeds yield the typed exception
 *       with their vendor code;</li>
 *   <li>mutations that keep the meaning (whitespace between elements, an unknown element, a
 *       comment, CDATA written as escaped text) yield exactly the same values;</li>
 *   <li>destructive mutations (every truncation, bytes replaced by markup, NUL and invalid UTF-8)
 *       yield either values or a {@link WaiverException}, never an untyped exception, and within a
 *       JUnit {@code @Timeout} (no hang); a truncated list yields a prefix of the known records,
 *       each record whole and equal to the known one, before its typed error.</li>
 * </ul>
 */
class QualysXmlFuzzTest {

    static final String CORPUS = "/dev/waiver/reliability/fuzz/QualysXmlFuzzTestInputs/";

    // ---- fuzz entry points (regression mode replays the corpus, seeds included) ----

    @FuzzTest(maxDuration = "10m")
    void simpleReturnAnswer(byte[] data) {
        Outcome<SimpleReturn> o = Outcome.of(() -> readSimpleReturn(FuzzInput.of(data)));
        KNOWN_SIMPLE_RETURNS.stream().filter(k -> Arrays.equals(k.bytes(), data)).forEach(k -> k.check().accept(o));
    }

    @FuzzTest(maxDuration = "10m")
    void batchReturnAnswer(byte[] data) {
        Outcome<BatchResult> o = Outcome.of(() -> readBatch(FuzzInput.of(data)));
        KNOWN_BATCHES.stream().filter(k -> Arrays.equals(k.bytes(), data)).forEach(k -> k.check().accept(o));
    }

    @FuzzTest(maxDuration = "10m")
    void exceptionListPage(byte[] data) {
        ListRead read = readList(FuzzInput.of(data));
        KNOWN_LISTS.stream().filter(k -> Arrays.equals(k.bytes(), data)).forEach(k -> k.check().accept(read));
    }

    // ---- known values of the seeds ----

    record Known<T>(String name, byte[] bytes, Consumer<T> check) {
        static <T> Known<T> of(String path, Consumer<T> check) {
            return new Known<>(path, seed(path), check);
        }
    }

    static final List<Known<Outcome<SimpleReturn>>> KNOWN_SIMPLE_RETURNS = List.of(
            Known.of("simpleReturnAnswer/seed-created", o -> {
                SimpleReturn r = o.value();
                assertThat(r.datetime()).isEqualTo("2023-11-28T11:21:31Z");
                assertThat(r.code()).isNull();
                assertThat(r.text()).isEqualTo("Exception created successfully");
                assertThat(r.items()).containsExactly(Map.entry("EXCEPTION_NUMBER", List.of("59")));
                assertThat(r.item("EXCEPTION_NUMBER")).contains("59");
            }),
            Known.of("simpleReturnAnswer/seed-error-in-200", o -> assertThat(o.failure())
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.vendorCode()).contains("2001");
                        assertThat(e.getMessage()).contains("Account expired");
                    })));

    static final List<Known<Outcome<BatchResult>>> KNOWN_BATCHES = List.of(
            Known.of("batchReturnAnswer/seed-update", o -> {
                BatchResult r = o.value();
                assertThat(r.datetime()).hasToString("2025-11-03T09:12:44Z");
                assertThat(r.batches()).hasSize(2);
                BatchResult.Batch ok = r.batches().get(0);
                assertThat(ok.text()).isEqualTo("Successfully Updated");
                assertThat(ok.code()).isNull();
                assertThat(ok.numbers().toParameter()).isEqualTo("12,289-292");
                BatchResult.Batch failed = r.batches().get(1);
                assertThat(failed.code()).isEqualTo("1905");
                assertThat(failed.text()).isEqualTo("Exception number(s) not found");
                assertThat(failed.numbers().toParameter()).isEqualTo("78");
                assertThat(r.failedBatches()).containsExactly(failed);
            }));

    static final List<Known<ListRead>> KNOWN_LISTS = List.of(
            Known.of("exceptionListPage/seed-list-with-next", read -> {
                assertThat(read.failure()).isNull();
                assertThat(read.records()).hasSize(2);
                isFirstListedRecord(read.records().get(0));
                isSecondListedRecord(read.records().get(1));
                assertThat(read.next()).contains(
                        "https://qualysapi.qualys.com/api/3.0/fo/compliance/exception/?action=list&id_min=293");
            }),
            Known.of("exceptionListPage/seed-simple-return-error", read -> {
                assertThat(read.records()).isEmpty();
                assertThat(read.failure()).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.vendorCode()).contains("1965"));
            }));

    static void isFirstListedRecord(ComplianceException e) {
        assertThat(e.exceptionNumber()).isEqualTo(291L);
        assertThat(e.ip()).contains("10.10.10.7");
        assertThat(e.technologyId()).hasValue(45L);
        assertThat(e.technologyName()).contains("Windows 2019");
        assertThat(e.policyId()).hasValue(801459496L);
        assertThat(e.policyName()).contains("Windows 2019 Server Hardening");
        assertThat(e.controlId()).hasValue(2343L);
        assertThat(e.controlStatement()).contains("Status of the 'Audit Logon' setting");
        assertThat(e.criticalityValue()).hasValue(2);
        assertThat(e.criticalityLabel()).contains("MEDIUM");
        assertThat(e.assignee()).contains("Casey Ito");
        assertThat(e.status()).contains(ExceptionStatus.of("Rejected"));
        assertThat(e.active()).contains(false);
        assertThat(e.reopenOnEvidenceChange()).contains(false);
        assertThat(e.expiresAt()).isEmpty();
        assertThat(e.modifiedAt()).hasValueSatisfying(t -> assertThat(t).hasToString("2025-10-06T10:00:00Z"));
        assertThat(e.history()).singleElement().satisfies(h -> {
            assertThat(h.user()).contains("Jordan Doe (acme_jd)");
            assertThat(h.comment()).isEqualTo("Audit volume too high");
            assertThat(h.insertedAt().map(Object::toString)).contains("2025-10-05T09:00:00Z");
        });
    }

    static void isSecondListedRecord(ComplianceException e) {
        assertThat(e.exceptionNumber()).isEqualTo(292L);
        assertThat(e.ip()).contains("10.10.10.8");
        assertThat(e.controlId()).hasValue(3376L);
        assertThat(e.status()).contains(ExceptionStatus.of("Approved"));
        assertThat(e.active()).contains(true);
        assertThat(e.expiresAt()).isPresent();
        assertThat(e.history()).isEmpty();
    }

    // ---- plain tests: the oracles on the seeds and on deterministic mutations of them ----

    @Test
    void everyValidAndErrorSeedYieldsItsKnownOutcome() {
        KNOWN_SIMPLE_RETURNS.forEach(k -> k.check().accept(Outcome.of(() -> readSimpleReturn(FuzzInput.of(k.bytes())))));
        KNOWN_BATCHES.forEach(k -> k.check().accept(Outcome.of(() -> readBatch(FuzzInput.of(k.bytes())))));
        KNOWN_LISTS.forEach(k -> k.check().accept(readList(FuzzInput.of(k.bytes()))));
    }

    /** Rewrites that keep an answer's meaning. */
    static final List<UnaryOperator<String>> MEANING_KEPT = List.of(
            xml -> xml.replaceAll(">\\s+<", "><"),
            xml -> xml.replace("><", ">\n    <"),
            xml -> xml.replace("<RESPONSE>", "<RESPONSE><UNDOCUMENTED_FIELD kind=\"new\">x<NESTED><A/></NESTED>"
                    + "</UNDOCUMENTED_FIELD>"),
            xml -> xml.replace("<RESPONSE>", "<RESPONSE><!-- a comment -->"),
            QualysXmlFuzzTest::cdataAsEscapedText);

    @Test
    @Timeout(60)
    void rewritesThatKeepTheMeaningYieldTheSameValues() {
        for (UnaryOperator<String> rewrite : MEANING_KEPT) {
            for (Known<Outcome<SimpleReturn>> k : KNOWN_SIMPLE_RETURNS) {
                k.check().accept(Outcome.of(() -> readSimpleReturn(FuzzInput.of(rewritten(k.bytes(), rewrite)))));
            }
            for (Known<Outcome<BatchResult>> k : KNOWN_BATCHES) {
                k.check().accept(Outcome.of(() -> readBatch(FuzzInput.of(rewritten(k.bytes(), rewrite)))));
            }
            for (Known<ListRead> k : KNOWN_LISTS) {
                k.check().accept(readList(FuzzInput.of(rewritten(k.bytes(), rewrite))));
            }
        }
    }

    @Test
    @Timeout(120)
    void everyTruncationYieldsTheKnownValuesOrATypedErrorAndAListAPrefixOfItsRecords() {
        for (Known<Outcome<SimpleReturn>> k : KNOWN_SIMPLE_RETURNS) {
            forEachTruncation(k.bytes(), cut -> valueOrTyped(Outcome.of(() -> readSimpleReturn(FuzzInput.of(cut))),
                    k.check()));
        }
        for (Known<Outcome<BatchResult>> k : KNOWN_BATCHES) {
            forEachTruncation(k.bytes(), cut -> valueOrTyped(Outcome.of(() -> readBatch(FuzzInput.of(cut))), k.check()));
        }
        ListRead whole = readList(FuzzInput.of(seed("exceptionListPage/seed-list-with-next")));
        forEachTruncation(seed("exceptionListPage/seed-list-with-next"), cut -> {
            ListRead read = readList(FuzzInput.of(cut));
            assertThat(read.records()).isEqualTo(whole.records().subList(0, read.records().size()));
        });
    }

    @Test
    @Timeout(120)
    void bytesReplacedByMarkupNulOrInvalidUtf8YieldValuesOrATypedError() {
        byte[][] replacements = {"<".getBytes(StandardCharsets.UTF_8), "&".getBytes(StandardCharsets.UTF_8),
            "]]>".getBytes(StandardCharsets.UTF_8), {0}, {(byte) 0xFF}, {(byte) 0xC3}};
        List<byte[]> seeds = new ArrayList<>();
        KNOWN_SIMPLE_RETURNS.forEach(k -> seeds.add(k.bytes()));
        KNOWN_BATCHES.forEach(k -> seeds.add(k.bytes()));
        KNOWN_LISTS.forEach(k -> seeds.add(k.bytes()));
        int mutants = 0;
        for (byte[] seed : seeds) {
            int header = indexOf(seed, (byte) '\n') + 1;
            for (int at = header; at < seed.length; at += 7) {
                for (byte[] r : replacements) {
                    byte[] mutant = new byte[seed.length - 1 + r.length];
                    System.arraycopy(seed, 0, mutant, 0, at);
                    System.arraycopy(r, 0, mutant, at, r.length);
                    System.arraycopy(seed, at + 1, mutant, at + r.length, seed.length - at - 1);
                    Outcome.of(() -> readSimpleReturn(FuzzInput.of(mutant)));
                    Outcome.of(() -> readBatch(FuzzInput.of(mutant)));
                    assertThat(readList(FuzzInput.of(mutant)).records()).hasSizeLessThanOrEqualTo(2);
                    mutants++;
                }
            }
        }
        assertThat(mutants).isGreaterThan(1_000);
    }

    // ---- reading, the way the client does ----

    static SimpleReturn readSimpleReturn(FuzzInput in) throws IOException {
        return Answers.read(response(in), new RateLimitTracker(), "request", new Answers.Reader<SimpleReturn>() {
            @Override
            public SimpleReturn simpleReturn(SimpleReturn r) {
                return r;
            }
        });
    }

    static BatchResult readBatch(FuzzInput in) throws IOException {
        return Answers.read(response(in), new RateLimitTracker(), "update", new BatchReturnReader());
    }

    /**
     * What a list walk yields from one answer: the records handed out, then the next-batch URL or
     * the typed error that ended it.
     */
    record ListRead(List<ComplianceException> records, Optional<Object> next, WaiverException failure) {
    }

    static ListRead readList(FuzzInput in) {
        List<ComplianceException> records = new ArrayList<>();
        try (ExceptionListPage page = ExceptionListPage.open(response(in), new RateLimitTracker())) {
            for (Iterator<ComplianceException> it = page.items(); it.hasNext(); ) {
                records.add(it.next());
            }
            return new ListRead(records, page.nextKey(), null);
        } catch (WaiverException e) {
            assertThat(e.getMessage()).isNotNull().hasSizeLessThan(2_000);
            return new ListRead(records, Optional.empty(), e);
        } catch (IOException e) {
            throw new AssertionError("a checked exception escaped the reader", e);
        }
    }

    static TransportResponse response(FuzzInput in) {
        // The readers run on 2xx answers only: the transport sends everything else to the decoder.
        int status = 200 + Math.floorMod(in.status(), 100);
        return FuzzResponses.of(status, in.contentType(), Map.of("X-RateLimit-Remaining", "" + in.body().length),
                in.body());
    }

    /** A value or a typed error; anything else escapes (a finding). */
    record Outcome<T>(T value, WaiverException failure) {
        interface Read<T> {
            T run() throws IOException, XMLStreamException;
        }

        static <T> Outcome<T> of(Read<T> read) {
            try {
                T value = read.run();
                assertThat(value).isNotNull();
                return new Outcome<>(value, null);
            } catch (WaiverException typed) {
                assertThat(typed.getMessage()).isNotNull().hasSizeLessThan(2_000);
                return new Outcome<>(null, typed);
            } catch (IOException | XMLStreamException e) {
                // The body is in memory: no I/O can fail, and XML errors must arrive as TransportException.
                throw new AssertionError("a checked exception escaped the reader", e);
            }
        }

        public T value() {
            assertThat(failure).as("the reader's failure").isNull();
            return value;
        }
    }

    /** A truncated valid answer is either still whole in meaning (only trailing bytes cut) or a typed error. */
    static <T> void valueOrTyped(Outcome<T> o, Consumer<Outcome<T>> known) {
        if (o.failure() == null) {
            known.accept(o);
        }
    }

    static void forEachTruncation(byte[] seed, Consumer<byte[]> read) {
        int header = indexOf(seed, (byte) '\n') + 1;
        for (int len = header; len < seed.length; len++) {
            read.accept(Arrays.copyOf(seed, len));
        }
    }

    static byte[] rewritten(byte[] seed, UnaryOperator<String> rewrite) {
        int header = indexOf(seed, (byte) '\n') + 1;
        String head = new String(seed, 0, header, StandardCharsets.US_ASCII);
        String body = new String(seed, header, seed.length - header, StandardCharsets.UTF_8);
        return (head + rewrite.apply(body)).getBytes(StandardCharsets.UTF_8);
    }

    static String cdataAsEscapedText(String xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<!\\[CDATA\\[(.*?)]]>", java.util.regex.Pattern.DOTALL)
                .matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String escaped = m.group(1).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(escaped));
        }
        return m.appendTail(out).toString();
    }

    static byte[] seed(String path) {
        try (InputStream in = QualysXmlFuzzTest.class.getResourceAsStream(CORPUS + path)) {
            assertThat(in).as("corpus file %s", path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
