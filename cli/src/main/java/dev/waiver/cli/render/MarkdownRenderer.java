package dev.waiver.cli.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A GitHub-flavoured Markdown table (for a pull request or a wiki page), with the totals and vendors below. */
public final class MarkdownRenderer implements RegisterRenderer {

    @Override
    public void render(RegisterView view, Writer out) throws IOException {
        out.write("# Risk register " + view.today() + "\n\n");
        out.write(row(RegisterColumns.HEADER));
        out.write(row(RegisterColumns.HEADER.stream().map(h -> "---").toList()));
        for (RegisterRow r : view.rows()) {
            out.write(row(RegisterColumns.cells(r)));
        }
        out.write("\n" + RegisterColumns.totals(view) + ".\n\n");
        out.write("Read " + RegisterColumns.instant(view.snapshot().readAt()) + ": " + RegisterColumns.vendorSummary(view)
                + ".\n");
    }

    private static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            sb.append(' ').append(escape(c)).append(" |");
        }
        return sb.append('\n').toString();
    }

    /** A pipe would end the cell, a line break the row; backslash and pipe are escaped, breaks become spaces. */
    private static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\r\n]+", " ");
    }
}
