package dev.waiver.qualys.internal;

import dev.waiver.core.mapping.XmlElements;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ExceptionNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a {@code BATCH_RETURN} answer ({@code update}, which approve and reject use, and {@code delete}):
 * {@code RESPONSE/(DATETIME, BATCH_LIST/BATCH/(TEXT, CODE?, NUMBER_SET/(NUMBER|NUMBER_RANGE)*))}.
 * The generic shape's {@code ID_SET/(ID|ID_RANGE)} is read the same way; other elements are skipped.
 */
public final class BatchReturnReader implements Answers.Reader<BatchResult> {

    /** The root element's name. */
    public static final String ROOT = "BATCH_RETURN";

    @Override
    public BatchResult document(String root, XMLStreamReader r) throws XMLStreamException {
        if (!root.equals(ROOT)) {
            return Answers.Reader.super.document(root, r);
        }
        Instant datetime = null;
        List<BatchResult.Batch> batches = new ArrayList<>();
        while (XmlElements.nextChild(r)) {
            if (!r.getLocalName().equals("RESPONSE")) {
                XmlElements.skip(r);
                continue;
            }
            while (XmlElements.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "DATETIME" -> datetime = QualysXml.instant(XmlElements.readText(r));
                    case "BATCH_LIST" -> {
                        while (XmlElements.nextChild(r)) {
                            if (r.getLocalName().equals("BATCH")) {
                                batches.add(batch(r));
                            } else {
                                XmlElements.skip(r);
                            }
                        }
                    }
                    default -> XmlElements.skip(r);
                }
            }
        }
        return BatchResult.of(datetime, batches);
    }

    private static BatchResult.Batch batch(XMLStreamReader r) throws XMLStreamException {
        String text = "";
        String code = null;
        ExceptionNumbers.Builder numbers = ExceptionNumbers.builder();
        boolean any = false;
        while (XmlElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "TEXT" -> text = XmlElements.readText(r);
                case "CODE" -> {
                    String c = XmlElements.readText(r);
                    code = c.isBlank() ? null : c;
                }
                case "NUMBER_SET", "ID_SET" -> {
                    while (XmlElements.nextChild(r)) {
                        String value = XmlElements.readText(r);
                        if (!value.isEmpty()) {
                            addEntry(numbers, value);
                            any = true;
                        }
                    }
                }
                default -> XmlElements.skip(r);
            }
        }
        return BatchResult.Batch.of(text, code, any ? numbers.build() : null);
    }

    private static void addEntry(ExceptionNumbers.Builder numbers, String value) throws XMLStreamException {
        try {
            ExceptionNumbers.parse(value).spans().forEach(s -> numbers.addRange(s.first(), s.last()));
        } catch (IllegalArgumentException e) {
            throw new XMLStreamException("a batch lists '" + value + "', which is not a number or range");
        }
    }
}
