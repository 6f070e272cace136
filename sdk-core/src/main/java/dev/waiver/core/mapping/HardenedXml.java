package dev.waiver.core.mapping;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML parsing that never resolves anything: no DTD is processed, no external entity or DTD is
 * fetched (a resolver refuses every attempt), and nesting depth, text length, attribute counts
 * and entity counts are bounded. Vendor answers that carry
 * {@code <!DOCTYPE X SYSTEM "https://...">} parse without any network access. For vendor modules.
 */
public final class HardenedXml {

    /** Deepest element nesting accepted. */
    public static final int MAX_ELEMENT_DEPTH = 256;
    /** Longest single text node accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 1 << 20;

    private static final XMLResolver REFUSING_RESOLVER = (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("refusing to resolve external XML resource (DTD or entity)");
    };

    private HardenedXml() {
    }

    /**
     * A new hardened StAX input factory (Woodstox).
     *
     * @return the factory; thread-safe once configured
     */
    public static XMLInputFactory inputFactory() {
        WstxInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        // Not coalescing: long text arrives in segments, so a reader can stop at its own limit
        // instead of Woodstox first building one huge string.
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        // Eager parsing: lazily, a malformed token (a CDATA section cut short) surfaces only when
        // its text is read, as an unchecked WstxLazyException instead of an XMLStreamException.
        f.setProperty(WstxInputProperties.P_LAZY_PARSING, Boolean.FALSE);
        f.setXMLResolver(REFUSING_RESOLVER);
        f.setProperty(WstxInputProperties.P_DTD_RESOLVER, REFUSING_RESOLVER);
        f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, REFUSING_RESOLVER);
        f.setProperty(WstxInputProperties.P_UNDECLARED_ENTITY_RESOLVER, REFUSING_RESOLVER);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_ELEMENT_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 256);
        f.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, Integer.MAX_VALUE);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1_000L);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 2);
        return f;
    }

    /**
     * A Jackson XML mapper reading through {@link #inputFactory()}; unknown elements ignored.
     *
     * @return a new mapper
     */
    public static XmlMapper xmlMapper() {
        XmlFactory factory = XmlFactory.builder().xmlInputFactory(inputFactory()).build();
        return XmlMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * Opens a hardened reader over a stream. The caller closes both.
     *
     * @param factory a factory from {@link #inputFactory()}
     * @param in      the XML bytes
     * @return the reader, positioned before the document
     * @throws XMLStreamException if the stream cannot be read as XML
     */
    public static XMLStreamReader reader(XMLInputFactory factory, InputStream in) throws XMLStreamException {
        return factory.createXMLStreamReader(in);
    }
}
