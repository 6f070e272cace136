package dev.waiver.examples.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the register is printed: an aligned table for people, CSV or JSON for tools. */
public enum RegisterFormat {
    /** An aligned text table. */
    TABLE {
        @Override
        public void print(RiskRegister register, PrintStream out) {
            List<List<String>> lines = new ArrayList<>();
            lines.add(HEADER);
            register.rows().forEach(r -> lines.add(cells(r)));
            int[] widths = new int[HEADER.size()];
            for (List<String> line : lines) {
                for (int i = 0; i < line.size(); i++) {
                    widths[i] = Math.max(widths[i], line.get(i).length());
                }
            }
            for (List<String> line : lines) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < line.size(); i++) {
                    String cell = line.get(i);
                    sb.append(cell).append(" ".repeat(widths[i] - cell.length())).append(i + 1 < line.size() ? "  " : "");
                }
                out.println(sb.toString().stripTrailing());
            }
            out.printf("%d active risk acceptances, %d need attention%n", register.rows().size(),
                    register.stream().filter(r -> r.flag() != RiskFlag.NONE).count());
        }
    },
    /** RFC 4180 CSV with a header line. */
    CSV {
        @Override
        public void print(RiskRegister register, PrintStream out) {
            out.print(csvLine(HEADER));
            register.rows().forEach(r -> out.print(csvLine(cells(r))));
        }
    },
    /** A JSON array of objects, one per row. */
    JSON {
        @Override
        public void print(RiskRegister register, PrintStream out) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (RiskRow r : register.rows()) {
                ObjectNode o = array.addObject();
                List<String> cells = cells(r);
                for (int i = 0; i < HEADER.size(); i++) {
                    o.put(HEADER.get(i), cells.get(i));
                }
            }
            out.println(array.toPrettyString());
        }
    };

    /** Column names, shared by every format. */
    public static final List<String> HEADER = List.of("vendor", "id", "scope", "kind", "status", "requestedBy",
            "expires", "flag");

    /**
     * Prints the register.
     *
     * @param register the register
     * @param out      where to print
     */
    public abstract void print(RiskRegister register, PrintStream out);

    /**
     * @param name {@code table}, {@code csv} or {@code json}, any case
     * @return the format
     * @throws IllegalArgumentException for any other name
     */
    public static RegisterFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be table, csv or json, was '" + name + "'");
        }
    }

    /**
     * @param row a register row
     * @return its cells in {@link #HEADER} order; expiry as an ISO-8601 instant to the second, or
     *         {@code never}
     */
    public static List<String> cells(RiskRow row) {
        RiskEntry e = row.entry();
        return List.of(e.vendor(), e.id(), e.scope(), e.kind(), e.status(), e.requestedBy(),
                e.expires() == null ? "never" : e.expires().truncatedTo(ChronoUnit.SECONDS).toString(), row.flag().label());
    }

    private static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
            sb.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c).append(i + 1 < cells.size() ? "," : "");
        }
        return sb.append("\r\n").toString();
    }
}
