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

    /** A first row that is one cell across the whole table is the table's title: it becomes the caption. */
    private static Block.Table captionFromTitleRow(Block.Table t) {
        if (t.rows().size() < 2) return t;
        List<Block.TableCell> first = t.rows().get(0).cells();
        List<Block.TableCell> filled = first.stream().filter(c -> !c.text().isBlank()).toList();
        boolean spansAll = first.size() == 1 && first.get(0).colSpan() >= Math.max(2, t.columnCount());
        boolean loneCell = filled.size() == 1 && first.size() >= 2 && t.columnCount() >= 2 && first.get(0) == filled.get(0);
        if (!(spansAll || loneCell)) return t;
        List<Inline> caption = t.caption().isEmpty() ? filled.isEmpty() ? List.of() : filled.get(0).content() : t.caption();
        return new Block.Table(caption, t.rows().subList(1, t.rows().size()), Math.max(0, t.headerRows() - 1), t.provenance());
    }

    private static Block.Table withoutEmptyRows(Block.Table t) {
        List<Block.TableRow> rows = new java.util.ArrayList<>();
        int headerRows = t.headerRows();
        for (int i = 0; i < t.rows().size(); i++) {
            Block.TableRow r = t.rows().get(i);
            if (r.cells().stream().allMatch(c -> c.text().isBlank())) {
                if (i < t.headerRows()) headerRows--;
                continue;
            }
            rows.add(r);
        }
        return new Block.Table(t.caption(), rows, Math.max(0, headerRows), t.provenance());
    }

    /**
     * A "table" with one column, one row, or mostly empty cells is layout, not data: its cells are written as
     * paragraphs instead (contract rule 15: no layout tables).
     */
    static boolean isLayoutTable(Block.Table t) {
        int cells = 0, empty = 0;
        for (Block.TableRow r : t.rows()) {
            for (Block.TableCell c : r.cells()) {
                cells++;
                if (c.text().isBlank()) empty++;
            }
        }
        return t.rows().size() < 2 || t.columnCount() < 2 || empty * 10 > cells * 6;
    }

    static void write(Block.Table t, Consumer<List<Inline>> inlines, StringBuilder out, int number) {
        t = captionFromTitleRow(withoutEmptyRows(t));
        if (t.rows().isEmpty()) return;
        if (isLayoutTable(t)) {
            for (Block.TableRow r : t.rows()) {
                for (Block.TableCell c : r.cells()) {
                    if (c.text().isBlank()) continue;
                    out.append("<p>");
                    inlines.accept(c.content());
                    out.append("</p>\n");
                }
            }
            return;
        }
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
                boolean empty = c.text().isBlank();
                String scope = c.scope() != null ? c.scope()
                        : r < headerRows ? (c.colSpan() > 1 ? "colgroup" : "col") : "row";
                if (header && empty && col == 0) header = false; // an empty corner cell heads nothing
                out.append(header ? "<th scope=\"" + scope + "\"" : "<td");
                if (c.rowSpan() > 1) out.append(" rowspan=\"").append(c.rowSpan()).append('"');
                if (c.colSpan() > 1) out.append(" colspan=\"").append(c.colSpan()).append('"');
                out.append('>');
                if (header && empty) {
                    out.append("<span class=\"visually-hidden\">").append("row".equals(scope) ? "Row " + (r + 1) : "Column " + (col + 1)).append("</span>");
                } else {
                    inlines.accept(c.content());
                }
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
