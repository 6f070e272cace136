package dev.waiver.benchmarks.support;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.waiver.har.model.FirewallException;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor for this stack: the same requests written by hand with OkHttp and Jackson (and
 * Woodstox for Qualys), decoded into the same model classes Waiver returns. No retries, no
 * validation, no logging, no error mapping beyond "not 2xx".
 */
public final class RawCalls {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final ObjectMapper harJson;
    private final ObjectReader stoExemption;
    private final ObjectReader stoPage;
    private final ObjectReader harException;
    private final XMLInputFactory xml;
    private final String basicAuth;

    /** @param rig where the answers come from */
    public RawCalls(Rig rig) {
        this.http = rig.okHttp();
        this.base = HttpUrl.get(rig.baseUrl());
        ObjectMapper stoJson = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        // HAR timestamps are epoch milliseconds: integers read as millis, not seconds.
        this.harJson = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS).build();
        this.stoExemption = stoJson.readerFor(Exemption.class);
        this.stoPage = stoJson.readerFor(ExemptionPage.class);
        this.harException = harJson.readerFor(FirewallException.class);
        WstxInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        this.xml = f;
        this.basicAuth = okhttp3.Credentials.basic(Credentials.QUALYS_USER, Credentials.QUALYS_PASSWORD,
                StandardCharsets.UTF_8);
    }

    /** @return the STO exemption, read with GET */
    public Exemption stoGet() {
        HttpUrl url = base.newBuilder()
                .addPathSegments("sto/api/v2/exemptions").addPathSegment(Credentials.STO_EXEMPTION_ID)
                .addQueryParameter("accountId", Credentials.HARNESS_ACCOUNT)
                .addQueryParameter("orgId", Credentials.ORG)
                .addQueryParameter("projectId", Credentials.PROJECT)
                .build();
        Request request = new Request.Builder().url(url)
                .header("x-api-key", Credentials.HARNESS_API_KEY)
                .header("Accept", "application/json")
                .build();
        return call(request, stoExemption);
    }

    /**
     * @param page the 0-based page
     * @return one page of the STO list
     */
    public ExemptionPage stoListPage(int page) {
        HttpUrl url = base.newBuilder()
                .addPathSegments("sto/api/v2/exemptions")
                .addQueryParameter("orgId", Credentials.ORG)
                .addQueryParameter("projectId", Credentials.PROJECT)
                .addQueryParameter("page", Integer.toString(page))
                .addQueryParameter("pageSize", Integer.toString(VendorAnswers.PAGE_SIZE))
                .addQueryParameter("accountId", Credentials.HARNESS_ACCOUNT)
                .build();
        Request request = new Request.Builder().url(url)
                .header("x-api-key", Credentials.HARNESS_API_KEY)
                .header("Accept", "application/json")
                .build();
        return call(request, stoPage);
    }

    /** @return how many exemptions a hand-written page loop over the STO list reads */
    public long stoListAll() {
        long n = 0;
        for (int page = 0; ; page++) {
            ExemptionPage answer = stoListPage(page);
            for (Exemption e : answer.results()) {
                if (e.id() != null) {
                    n++;
                }
            }
            Long totalPages = answer.pagination().flatMap(p -> p.totalPages()).orElse(null);
            if (answer.results().isEmpty() || totalPages == null || page + 1 >= totalPages) {
                return n;
            }
        }
    }

    /** @return the HAR exception as updated with PUT */
    public FirewallException harUpdate() {
        HttpUrl url = base.newBuilder()
                .addPathSegments("har/api/v3/scans/exceptions").addPathSegment(Credentials.HAR_EXCEPTION_ID)
                .addQueryParameter("account_identifier", Credentials.HARNESS_ACCOUNT)
                .build();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("businessJustification", WaiverCalls.JUSTIFICATION);
        body.put("versionList", WaiverCalls.VERSIONS);
        body.put("expireAfter", WaiverCalls.EXPIRE_AFTER_DAYS);
        byte[] json;
        try {
            json = harJson.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Request request = new Request.Builder().url(url)
                .header("x-api-key", Credentials.HARNESS_API_KEY)
                .header("Accept", "application/json")
                .put(RequestBody.create(json, JSON))
                .build();
        return call(request, harException);
    }

    /** @return the new Qualys exception's number, from a form POST and a StAX read of the answer */
    public long qualysRequest() {
        FormBody form = new FormBody.Builder(StandardCharsets.UTF_8)
                .add("action", "request")
                .add("control_id", "16832")
                .add("host_id", "3753479")
                .add("policy_id", "1366063")
                .add("technology_id", "390")
                .add("instance_string", WaiverCalls.QUALYS_INSTANCE)
                .add("assignee_id", "996765")
                .add("comments", WaiverCalls.QUALYS_COMMENTS)
                .build();
        Request request = new Request.Builder().url(base.resolve(VendorAnswers.QUALYS_EXCEPTIONS))
                .header("Authorization", basicAuth)
                .header("X-Requested-With", "raw-okhttp")
                .header("Accept", "application/xml, text/xml")
                .post(form)
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            try (InputStream in = response.body().byteStream()) {
                return exceptionNumber(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private long exceptionNumber(InputStream in) throws XMLStreamException {
        XMLStreamReader r = xml.createXMLStreamReader(in);
        try {
            String key = null;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "CODE" -> throw new IllegalStateException("Qualys error " + r.getElementText());
                    case "KEY" -> key = r.getElementText();
                    case "VALUE" -> {
                        String value = r.getElementText();
                        if ("EXCEPTION_NUMBER".equals(key)) {
                            return Long.parseLong(value.strip());
                        }
                    }
                    default -> {
                        // container element
                    }
                }
            }
            throw new IllegalStateException("no EXCEPTION_NUMBER in the answer");
        } finally {
            r.close();
        }
    }

    private <T> T call(Request request, ObjectReader reader) {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + " for " + request.url().encodedPath());
            }
            try (InputStream in = response.body().byteStream()) {
                return reader.readValue(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
