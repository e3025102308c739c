package org.equalify.eqpdf.render;

import java.util.List;
import java.util.function.Consumer;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Inline;

/**
 * Writes a data table: caption, thead/tbody, th with scope, spans, inside a focusable scrolling container
 * named by the caption. A table with no header cells gets its first row as column headers, because a data
 * table without headers is not accessible (td-has-header).
 */
final class TableWriter {
    private TableWriter() { }

    static void write(Block.Table t, Consumer<List<Inline>> inlines, StringBuilder out, int number) {
        if (t.rows().isEmpty()) return;
        boolean anyHeader = t.rows().stream().anyMatch(r -> r.cells().stream().anyMatch(Block.TableCell::header));
        int headerRows = anyHeader ? t.headerRows() : 1;
        String captionId = "table-" + number + "-caption";
        out.append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" ");
        if (!t.caption().isEmpty()) out.append("aria-labelledby=\"").append(captionId).append("\">\n");
        else out.append("aria-label=\"Table ").append(number).append(" (page ").append(t.provenance().page()).append(")\">\n");
        out.append("<table>\n");
        if (!t.caption().isEmpty()) {
            out.append("<caption id=\"").append(captionId).append("\">");
            inlines.accept(t.caption());
            out.append("</caption>\n");
        }
        for (int r = 0; r < t.rows().size(); r++) {
            if (r == 0 && headerRows > 0) out.append("<thead>\n");
            if (r == headerRows) out.append("<tbody>\n");
            out.append("<tr>");
            int col = 0;
            for (Block.TableCell c : t.rows().get(r).cells()) {
                boolean header = c.header() || r < headerRows;
                String scope = c.scope() != null ? c.scope()
                        : r < headerRows ? (c.colSpan() > 1 ? "colgroup" : "col") : "row";
                out.append(header ? "<th scope=\"" + scope + "\"" : "<td");
                if (c.rowSpan() > 1) out.append(" rowspan=\"").append(c.rowSpan()).append('"');
                if (c.colSpan() > 1) out.append(" colspan=\"").append(c.colSpan()).append('"');
                out.append('>');
                inlines.accept(c.content());
                out.append(header ? "</th>" : "</td>");
                col += c.colSpan();
            }
            out.append("</tr>\n");
            if (r == headerRows - 1) out.append("</thead>\n");
        }
        if (t.rows().size() > headerRows) out.append("</tbody>\n");
        out.append("</table>\n</div>\n");
    }
}
