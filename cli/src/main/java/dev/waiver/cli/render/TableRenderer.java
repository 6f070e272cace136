package dev.waiver.cli.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** An aligned text table for people, with a line per vendor read and the totals below it. */
public final class TableRenderer implements RegisterRenderer {

    @Override
    public void render(RegisterView view, Writer out) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        lines.add(RegisterColumns.HEADER);
        view.rows().forEach(r -> lines.add(RegisterColumns.cells(r)));
        int[] widths = new int[RegisterColumns.HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                sb.append(line.get(i)).append(" ".repeat(widths[i] - line.get(i).length())).append("  ");
            }
            out.write(sb.toString().stripTrailing());
            out.write(System.lineSeparator());
        }
        out.write(RegisterColumns.totals(view) + System.lineSeparator());
        out.write("read " + RegisterColumns.instant(view.snapshot().readAt()) + ": " + RegisterColumns.vendorSummary(view)
                + System.lineSeparator());
    }
}
