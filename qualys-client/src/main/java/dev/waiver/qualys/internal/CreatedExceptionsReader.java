package dev.waiver.qualys.internal;

import dev.waiver.core.ApiError;
import dev.waiver.qualys.model.CreatedExceptions;
import dev.waiver.qualys.model.ExceptionNumbers;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the answer to {@code request} (the SDK's {@code create}): a {@code SIMPLE_RETURN} with the
 * {@code EXCEPTION_NUMBER} item. Every value of that item is read, in Qualys' notation (a number,
 * or numbers and ranges separated by commas), so an answer naming several new exceptions loses none.
 * An answer without a number is unreadable: a create that succeeded always says what it created.
 */
public final class CreatedExceptionsReader implements Answers.Reader<CreatedExceptions> {

    /** The item that carries the new exception's number. */
    public static final String NUMBER_ITEM = "EXCEPTION_NUMBER";

    @Override
    public CreatedExceptions simpleReturn(SimpleReturn answer) throws XMLStreamException {
        List<String> values = answer.items().getOrDefault(NUMBER_ITEM, List.of());
        if (values.isEmpty()) {
            throw new XMLStreamException("the answer carries no " + NUMBER_ITEM + " item: "
                    + ApiError.excerpt(answer.text() == null ? "" : answer.text()));
        }
        ExceptionNumbers numbers;
        if (values.size() == 1) { // the usual answer: parsed once, no second set built
            numbers = parse(values.get(0));
        } else {
            ExceptionNumbers.Builder all = ExceptionNumbers.builder();
            for (String value : values) {
                parse(value).spans().forEach(s -> all.addRange(s.first(), s.last()));
            }
            numbers = all.build();
        }
        String datetime = answer.datetime();
        return CreatedExceptions.of(datetime == null ? null : QualysXml.instant(datetime), answer.text(), numbers);
    }

    private static ExceptionNumbers parse(String value) throws XMLStreamException {
        try {
            return ExceptionNumbers.parse(value);
        } catch (IllegalArgumentException e) {
            throw new XMLStreamException(NUMBER_ITEM + " is not a number: " + ApiError.excerpt(value));
        }
    }
}
