package dev.waiver.testkit.internal.qualys;

import dev.waiver.testkit.QualysExceptionRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes the three answers of the exceptions API in the shapes Qualys publishes:
 * {@code SIMPLE_RETURN} ({@code simple_return.dtd}: request answers and errors),
 * {@code BATCH_RETURN} (update, delete) and {@code EXCEPTION_LIST_OUTPUT} (list: the tree of the
 * API User Guide v8.16 sample "List exception number, show all details", CDATA where the sample has
 * it), each with its {@code <!DOCTYPE ... SYSTEM ...>} line; and the Host List answer
 * {@code HOST_LIST_OUTPUT} (the tree of Qualys' sample "Host List API samples/Sample 2", repository
 * QualysAPI/Qualys-API-Doc-Center, as far as the fake knows a host: {@code ID}, {@code IP},
 * {@code TRACKING_METHOD}).
 */
public final class QualysXmlWriter {

    /** Qualys' date-time format: ISO-8601 UTC to the second. */
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    /** The request parameters' date format, also used for a real {@code EXPIRATION_DATE}, whose format Qualys' sample does not show. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /** How much of an exception a list answer shows ({@code details}). */
    public enum Details {
        /** Numbers only. */
        NONE,
        /** Everything but the history (the default). */
        BASIC,
        /** Everything, with the history. */
        ALL
    }

    /**
     * The {@code echo_request=1} part: {@code REQUEST/(DATETIME, USER_LOGIN, RESOURCE, PARAM_LIST)}
     * per {@code simple_return.dtd} (assumed the same in the other two answers).
     *
     * @param login    the caller's login
     * @param resource the path called
     * @param params   the parameters
     */
    public record Echo(String login, String resource, Map<String, String> params) {
    }

    /**
     * One batch of a {@code BATCH_RETURN}.
     *
     * @param code    the error code, or {@code null} for a successful batch
     * @param text    the text
     * @param numbers the exception numbers it covers, ascending
     */
    public record Batch(String code, String text, List<Long> numbers) {
    }

    /**
     * The truncation warning of a list answer ({@code WARNING} 1980).
     *
     * @param limit the truncation limit
     * @param url   the next batch's URL
     */
    public record Truncation(int limit, String url) {
    }

    private final String baseUrl;

    /**
     * @param baseUrl the fake's base URL ({@code scheme://host:port}), for the DOCTYPE lines
     */
    public QualysXmlWriter(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * @param instant a time
     * @return it as Qualys writes a date-time
     */
    public static String datetime(Instant instant) {
        return DATETIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * @param date a date
     * @return it as {@code mm/dd/yyyy}
     */
    public static String usDate(LocalDate date) {
        return US_DATE.format(date);
    }

    /**
     * @param now   the answer's time
     * @param code  the error code, or {@code null} for success
     * @param text  the text
     * @param items the items, in order (may be empty)
     * @param echo  the echo, or {@code null}
     * @return the {@code SIMPLE_RETURN} document
     */
    public String simpleReturn(Instant now, String code, String text, Map<String, String> items, Echo echo) {
        StringBuilder x = start("SIMPLE_RETURN", baseUrl + "/api/2.0/simple_return.dtd", now, echo);
        x.append("  <RESPONSE>\n");
        leaf(x, 4, "DATETIME", datetime(now));
        if (code != null) {
            leaf(x, 4, "CODE", code);
        }
        leaf(x, 4, "TEXT", text);
        keyValues(x, "ITEM_LIST", "ITEM", items);
        return x.append("  </RESPONSE>\n</SIMPLE_RETURN>\n").toString();
    }

    /**
     * @param now     the answer's time
     * @param version the API version of the path ({@code 2.0} or {@code 3.0})
     * @param batches the batches
     * @param echo    the echo, or {@code null}
     * @return the {@code BATCH_RETURN} document ({@code exception_batch_return.dtd})
     */
    public String batchReturn(Instant now, String version, List<Batch> batches, Echo echo) {
        StringBuilder x = start("BATCH_RETURN", baseUrl + "/api/" + version + "/exception_batch_return.dtd", now, echo);
        x.append("  <RESPONSE>\n");
        leaf(x, 4, "DATETIME", datetime(now));
        x.append("    <BATCH_LIST>\n");
        for (Batch b : batches) {
            x.append("      <BATCH>\n");
            if (b.code() != null) {
                leaf(x, 8, "CODE", b.code());
            }
            leaf(x, 8, "TEXT", b.text());
            x.append("        <NUMBER_SET>\n");
            numberSet(x, b.numbers());
            x.append("        </NUMBER_SET>\n");
            x.append("      </BATCH>\n");
        }
        return x.append("    </BATCH_LIST>\n  </RESPONSE>\n</BATCH_RETURN>\n").toString();
    }

    /** Consecutive numbers as one {@code NUMBER_RANGE} ({@code 289-292}), single ones as {@code NUMBER}. */
    private static void numberSet(StringBuilder x, List<Long> numbers) {
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (j > i) {
                leaf(x, 10, "NUMBER_RANGE", numbers.get(i) + "-" + numbers.get(j));
            } else {
                leaf(x, 10, "NUMBER", String.valueOf(numbers.get(i)));
            }
            i = j + 1;
        }
    }

    /**
     * @param now        the answer's time
     * @param version    the API version of the path
     * @param records    the batch's records, each as shown today
     * @param details    how much to show
     * @param users      the users, for display names
     * @param today      the fake's date (ACTIVE, Expired)
     * @param truncation the truncation warning, or {@code null} for the last batch
     * @param echo       the echo, or {@code null}
     * @return the {@code EXCEPTION_LIST_OUTPUT} document
     */
    public String listOutput(Instant now, String version, List<QualysExceptionRecord> records, Details details,
                             QualysUsers users, LocalDate today, Truncation truncation, Echo echo) {
        StringBuilder x = start("EXCEPTION_LIST_OUTPUT",
                baseUrl + "/api/" + version + "/fo/compliance/exception/exception_list_output.dtd", now, echo);
        x.append("  <RESPONSE>\n");
        leaf(x, 4, "DATETIME", datetime(now));
        if (!records.isEmpty()) {
            x.append("    <EXCEPTION_LIST>\n");
            for (QualysExceptionRecord r : records) {
                exception(x, r.asOf(today), details, users, today);
            }
            x.append("    </EXCEPTION_LIST>\n");
        }
        if (truncation != null) {
            x.append("    <WARNING>\n");
            leaf(x, 6, "CODE", "1980");
            leaf(x, 6, "TEXT", truncation.limit() + " record limit exceeded. Use URL to get next batch of results.");
            cdata(x, 6, "URL", truncation.url());
            x.append("    </WARNING>\n");
        }
        return x.append("  </RESPONSE>\n</EXCEPTION_LIST_OUTPUT>\n").toString();
    }

    /**
     * One host of a Host List answer.
     *
     * @param id the host id
     * @param ip its IP address, or {@code null} for a host tracked by agent
     */
    public record HostEntry(long id, String ip) {
    }

    /**
     * @param now   the answer's time
     * @param hosts the hosts, ascending by id
     * @return the {@code HOST_LIST_OUTPUT} document: {@code RESPONSE/(DATETIME, HOST_LIST/HOST/(ID, IP,
     *         TRACKING_METHOD))}, without {@code HOST_LIST} when no host matched; a host without IP
     *         has no {@code IP} element and the tracking method {@code AGENT}
     */
    public String hostListOutput(Instant now, List<HostEntry> hosts) {
        StringBuilder x = start("HOST_LIST_OUTPUT", baseUrl + "/api/2.0/fo/asset/host/host_list_output.dtd", now, null);
        x.append("  <RESPONSE>\n");
        leaf(x, 4, "DATETIME", datetime(now));
        if (!hosts.isEmpty()) {
            x.append("    <HOST_LIST>\n");
            for (HostEntry h : hosts) {
                x.append("      <HOST>\n");
                leaf(x, 8, "ID", String.valueOf(h.id()));
                if (h.ip() != null) {
                    leaf(x, 8, "IP", h.ip());
                }
                leaf(x, 8, "TRACKING_METHOD", h.ip() != null ? "IP" : "AGENT");
                x.append("      </HOST>\n");
            }
            x.append("    </HOST_LIST>\n");
        }
        return x.append("  </RESPONSE>\n</HOST_LIST_OUTPUT>\n").toString();
    }

    private static void exception(StringBuilder x, QualysExceptionRecord r, Details details, QualysUsers users,
                                  LocalDate today) {
        x.append("      <EXCEPTION>\n");
        leaf(x, 8, "EXCEPTION_NUMBER", String.valueOf(r.number()));
        if (details != Details.NONE) {
            x.append("        <HOST>\n");
            leaf(x, 10, "IP_ADDRESS", r.ip());
            x.append("        </HOST>\n        <TECHNOLOGY>\n");
            leaf(x, 10, "ID", String.valueOf(r.technologyId()));
            cdata(x, 10, "NAME", r.technologyName());
            x.append("        </TECHNOLOGY>\n        <POLICY>\n");
            leaf(x, 10, "ID", String.valueOf(r.policyId()));
            cdata(x, 10, "NAME", r.policyName());
            x.append("        </POLICY>\n        <CONTROL>\n");
            leaf(x, 10, "CID", String.valueOf(r.controlId()));
            cdata(x, 10, "STATEMENT", r.controlStatement());
            x.append("          <CRITICALITY>\n");
            leaf(x, 12, "VALUE", String.valueOf(r.criticalityValue()));
            leaf(x, 12, "LABEL", r.criticalityLabel());
            x.append("          </CRITICALITY>\n        </CONTROL>\n");
            cdata(x, 8, "ASSIGNEE", users.displayName(r.assigneeId()));
            leaf(x, 8, "STATUS", r.status().value());
            leaf(x, 8, "ACTIVE", r.activeOn(today) ? "1" : "0");
            leaf(x, 8, "REOPEN_ON_EVIDENCE_CHANGE", r.reopenOnEvidenceChange() ? "1" : "0");
            leaf(x, 8, "EXPIRATION_DATE", expiration(r));
            leaf(x, 8, "MODIFIED_DATE", datetime(r.modifiedAt()));
        }
        if (details == Details.ALL) {
            x.append("        <HISTORY_LIST>\n");
            for (QualysExceptionRecord.History h : r.history()) {
                x.append("          <HISTORY>\n");
                cdata(x, 12, "USER", h.user());
                cdata(x, 12, "COMMENT", h.comment());
                leaf(x, 12, "INSERTION_DATE", datetime(h.insertedAt()));
                x.append("          </HISTORY>\n");
            }
            x.append("        </HISTORY_LIST>\n");
        }
        x.append("      </EXCEPTION>\n");
    }

    /** "N/A" while not approved (as in Qualys' sample) and for an approval that never expires. */
    private static String expiration(QualysExceptionRecord r) {
        boolean approved = r.status().value().equals("Approved") || r.status().value().equals("Expired");
        return approved && r.endDate() != null ? usDate(r.endDate()) : "N/A";
    }

    private static StringBuilder start(String root, String dtd, Instant now, Echo echo) {
        StringBuilder x = new StringBuilder(512);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n");
        x.append("<!DOCTYPE ").append(root).append(" SYSTEM \"").append(escape(dtd)).append("\">\n");
        x.append('<').append(root).append(">\n");
        if (echo != null) {
            x.append("  <REQUEST>\n");
            leaf(x, 4, "DATETIME", datetime(now));
            leaf(x, 4, "USER_LOGIN", echo.login());
            leaf(x, 4, "RESOURCE", echo.resource());
            keyValues(x, "PARAM_LIST", "PARAM", echo.params());
            x.append("  </REQUEST>\n");
        }
        return x;
    }

    /** {@code LIST/ENTRY/(KEY, VALUE)} at the second level, nothing for no entries ({@code ITEM_LIST} and {@code PARAM_LIST} need one). */
    private static void keyValues(StringBuilder x, String list, String entry, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        x.append("    <").append(list).append(">\n");
        values.forEach((k, v) -> {
            x.append("      <").append(entry).append(">\n");
            leaf(x, 8, "KEY", k);
            leaf(x, 8, "VALUE", v);
            x.append("      </").append(entry).append(">\n");
        });
        x.append("    </").append(list).append(">\n");
    }

    private static void leaf(StringBuilder x, int indent, String name, String text) {
        x.append(" ".repeat(indent)).append('<').append(name).append('>').append(escape(text))
                .append("</").append(name).append(">\n");
    }

    /** A CDATA section; a {@code ]]>} inside the text is split across two sections. */
    private static void cdata(StringBuilder x, int indent, String name, String text) {
        x.append(" ".repeat(indent)).append('<').append(name).append("><![CDATA[")
                .append(text.replace("]]>", "]]]]><![CDATA[>")).append("]]></").append(name).append(">\n");
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
