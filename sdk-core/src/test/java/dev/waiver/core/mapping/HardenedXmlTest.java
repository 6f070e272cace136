package dev.waiver.core.mapping;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class HardenedXmlTest {

    @RegisterExtension
    static WireMockExtension dtdHost = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final XMLInputFactory factory = HardenedXml.inputFactory();

    /** Reads every element's text under the root into a map, the way a vendor reader would. */
    private Map<String, String> readAll(String xml) throws XMLStreamException {
        XMLStreamReader r = HardenedXml.reader(factory, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("#root", XmlElements.toRoot(r));
        while (XmlElements.nextChild(r)) {
            out.put(r.getLocalName(), XmlElements.readText(r));
        }
        r.close();
        return out;
    }

    @Test
    void aDoctypeWithARemoteSystemIdParsesWithoutAnyFetch() throws Exception {
        dtdHost.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<!ELEMENT SIMPLE_RETURN ANY>")));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                + "<!DOCTYPE SIMPLE_RETURN SYSTEM \"" + dtdHost.baseUrl() + "/api/2.0/simple_return.dtd\">\n"
                + "<SIMPLE_RETURN><RESPONSE><DATETIME>2026-11-26T10:00:00Z</DATETIME><TEXT>ok &amp; done</TEXT></RESPONSE></SIMPLE_RETURN>";
        XMLStreamReader r = HardenedXml.reader(factory, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(XmlElements.toRoot(r)).isEqualTo("SIMPLE_RETURN");
        assertThat(XmlElements.nextChild(r)).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        while (XmlElements.nextChild(r)) {
            fields.put(r.getLocalName(), XmlElements.readText(r));
        }
        assertThat(fields).containsExactly(Map.entry("DATETIME", "2026-11-26T10:00:00Z"), Map.entry("TEXT", "ok & done"));
        assertThat(dtdHost.getAllServeEvents()).isEmpty();
    }

    /** SECURITY.md: entity references are refused (not silently dropped). */
    @Test
    void anExternalEntityPointingAtALocalFileIsRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MARKER-4c1d-LOCAL-FILE");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><r><v>&xxe;</v></r>";
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("xxe")
                .satisfies(e -> assertThat(String.valueOf(e)).doesNotContain("MARKER-4c1d-LOCAL-FILE"));
    }

    @Test
    void anExternalEntityPointingAtAServerIsRefusedAndNeverFetched() {
        dtdHost.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("EXFIL")));
        String xml = "<!DOCTYPE r [<!ENTITY e SYSTEM \"" + dtdHost.baseUrl() + "/e\"> <!ENTITY % p SYSTEM \""
                + dtdHost.baseUrl() + "/p.dtd\"> %p;]><r><v>&e;</v></r>";
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(XMLStreamException.class)
                .satisfies(e -> assertThat(String.valueOf(e)).doesNotContain("EXFIL"));
        assertThat(dtdHost.getAllServeEvents()).isEmpty();
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstEntityReference() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = dtd + "<lolz><v>before &lol9; after</v></lolz>";
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("lol9")
                .satisfies(e -> assertThat(String.valueOf(e)).doesNotContain("lollol"));
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<a>".repeat(10_000) + "</a>".repeat(10_000);
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("Depth");
    }

    @Test
    void anOversizedTextNodeIsRefused() {
        String xml = "<r><v>" + "z".repeat(HardenedXml.MAX_TEXT_LENGTH + 10) + "</v></r>";
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("Text size limit");
        String split = "<r><v>" + "z".repeat(HardenedXml.MAX_TEXT_LENGTH - 10) + "<![CDATA[" + "y".repeat(20) + "]]></v></r>";
        assertThatThrownBy(() -> readAll(split)).isInstanceOf(XMLStreamException.class)
                .hasMessageMatching("(Text size limit|element text longer than).*");
    }

    @Test
    void answersWithoutAnXmlDeclarationAndWithCdataParse() throws Exception {
        Map<String, String> read = readAll("<!DOCTYPE R SYSTEM \"https://qualysapi.qualys.com/x.dtd\"><R><URL><![CDATA[https://h/x?a=1&id_min=9]]></URL><N/></R>");
        assertThat(read).containsEntry("#root", "R").containsEntry("URL", "https://h/x?a=1&id_min=9").containsEntry("N", "");
    }

    @Test
    void theJacksonXmlMapperIsHardenedToo() throws Exception {
        JsonNode node = HardenedXml.xmlMapper().readTree("<!DOCTYPE R SYSTEM \"" + "http://127.0.0.1:" + dtdHost.getPort()
                + "/x.dtd\"><R><A>1</A><B>two</B></R>");
        assertThat(node.path("A").asText()).isEqualTo("1");
        assertThat(node.path("B").asText()).isEqualTo("two");
        assertThat(dtdHost.getAllServeEvents()).isEmpty();
    }
}
