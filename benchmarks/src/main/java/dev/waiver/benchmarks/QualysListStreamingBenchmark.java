package dev.waiver.benchmarks;

import dev.waiver.benchmarks.support.Credentials;
import dev.waiver.benchmarks.support.HeapPeak;
import dev.waiver.benchmarks.support.QualysListFile;
import dev.waiver.benchmarks.support.RawListPass;
import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.model.ComplianceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Okio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Benchmark 2, Qualys list streaming: one pass over a generated {@code EXCEPTION_LIST_OUTPUT} of
 * {@code records} records (written once to a temporary file, see {@link QualysListFile}):
 * <ul>
 *   <li>{@code waiverList}: {@code qualys.complianceExceptions().list()} iterated to the end, the
 *       answer body streamed from the file by an OkHttp interceptor, under {@code -Xmx64m};</li>
 *   <li>{@code rawStaxFields}: the fair baseline, a raw Woodstox pass that reads every record's
 *       documented values as text into one set of fields (no typed record), also under
 *       {@code -Xmx64m};</li>
 *   <li>{@code rawStaxCount}: a raw Woodstox pass that only counts elements and reads no text
 *       (the parser's floor), also under {@code -Xmx64m};</li>
 *   <li>{@code domParse}: a DOM parse into {@code org.w3c.dom.Document} and a count of its
 *       {@code EXCEPTION} elements, with the heap it needs ({@code -Xmx12g}; about 9 GiB at a
 *       million records, so two passes without warm-up: each takes over a minute).</li>
 * </ul>
 * Time per pass (records/s = records / time); each measured pass prints its peak heap
 * ({@link HeapPeak}) as a {@code [heap]} line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class QualysListStreamingBenchmark {

    /** How many records the answer holds. */
    @Param({"1000000"})
    public int records;

    /** The {@code Content-Type} the list answer is served with (Qualys sends both kinds). */
    @Param({"text/xml;charset=UTF-8"})
    public String contentType;

    private Path file;
    private QualysClient qualys;
    private RawListPass raw;
    private DocumentBuilderFactory dom;

    /** Writes (or finds) the file and builds the clients. */
    @Setup(Level.Trial)
    public void setUp() {
        file = QualysListFile.ensure(records);
        MediaType type = MediaType.get(contentType);
        Interceptor fromFile = chain -> new Response.Builder()
                .request(chain.request())
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .header("Content-Type", contentType)
                .body(ResponseBody.create(Okio.buffer(Okio.source(file)), type, Files.size(file)))
                .build();
        qualys = QualysClient.builder().baseUrl("http://127.0.0.1:9")
                .okHttpClient(new OkHttpClient.Builder().addInterceptor(fromFile).build())
                .username(Credentials.QUALYS_USER).password(Credentials.QUALYS_PASSWORD).build();
        raw = new RawListPass();
        dom = DocumentBuilderFactory.newInstance();
        dom.setNamespaceAware(false);
        dom.setValidating(false);
        dom.setExpandEntityReferences(false);
        try {
            dom.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the client. */
    @TearDown(Level.Trial)
    public void tearDown() {
        qualys.close();
    }

    /** Starts each pass from a collected heap with fresh peaks. */
    @Setup(Level.Iteration)
    public void resetPeak() {
        HeapPeak.reset();
    }

    /** Prints the pass's peak heap. */
    @TearDown(Level.Iteration)
    public void printPeak() {
        System.out.printf(Locale.ROOT, "[heap] records=%d peakMiB=%.1f maxHeapMiB=%.0f%n", records,
                HeapPeak.read() / 1048576.0, HeapPeak.max() / 1048576.0);
    }

    /**
     * @return records read through Waiver's streaming list reader
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Xmx64m")
    public long waiverList() {
        long n = 0;
        for (ComplianceException e : qualys.complianceExceptions().list()) {
            if (e.exceptionNumber() > 0) {
                n++;
            }
        }
        return expect(n);
    }

    /**
     * @return {@code EXCEPTION} elements seen by a raw Woodstox pass counting every element and
     *         reading no text (the parser's floor; not the same work as Waiver's)
     * @throws IOException        if reading fails
     * @throws XMLStreamException if parsing fails
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Xmx64m")
    public long rawStaxCount() throws IOException, XMLStreamException {
        return expect(raw.countElements(file));
    }

    /**
     * @return records whose every documented value a raw Woodstox pass read as text into one set
     *         of fields (the fair baseline: Waiver's reading, without its typed record)
     * @throws IOException        if reading fails
     * @throws XMLStreamException if parsing fails
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Xmx64m")
    public long rawStaxFields() throws IOException, XMLStreamException {
        return expect(raw.readFields(file));
    }

    /**
     * @return {@code EXCEPTION} elements of the parsed document
     * @throws IOException                  if reading fails
     * @throws SAXException                 if parsing fails
     * @throws ParserConfigurationException never
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Xmx12g")
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    public long domParse() throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilder builder = dom.newDocumentBuilder();
        Document doc = builder.parse(file.toFile());
        return expect(doc.getElementsByTagName("EXCEPTION").getLength());
    }

    private long expect(long n) {
        if (n != records) {
            throw new IllegalStateException("read " + n + " records, expected " + records);
        }
        return n;
    }
}
