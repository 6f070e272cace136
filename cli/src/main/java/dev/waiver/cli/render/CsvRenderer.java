package dev.waiver.cli.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: a header line, then one line per active acceptance, CRLF line ends. Only the rows:
 * which vendors failed is said on standard error (and by the exit code).
 */
public final class CsvRenderer implements RegisterRenderer {

    @Override
    public void render(RegisterView view, Writer out) throws IOException {
        out.write(line(RegisterColumns.HEADER));
        for (RegisterRow row : view.rows()) {
            out.write(line(RegisterColumns.cells(row)));
        }
    }

    private static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
            sb.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c).append(i + 1 < cells.size() ? "," : "");
        }
        return sb.append("\r\n").toString();
    }
}
