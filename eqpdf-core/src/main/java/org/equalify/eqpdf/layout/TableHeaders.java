package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Provenance;

/**
 * Decides which cells of a drafted table are headers and makes the table block. Column headers: the rows
 * above the first inner rule, else leading rows set bold, in another font or size, or holding a spanning
 * cell. Row headers: a first column set bold, or a first column of labels beside columns of numbers. A table
 * without a recognisable header gets none here; the renderer then heads it with its first row.
 */
final class TableHeaders {
    private static final Pattern NUMERIC = Pattern.compile("[-+−–(]?[$€£¥]?\\s?[\\d.,]+\\s?[%)a-zA-Z*†‡]{0,3}|[-–—]|n/?a");

    private TableHeaders() { }

    /** @param ruledHeaderRows rows above the first inner horizontal rule, or 0 when no rule says so */
    static Block.Table toTable(TableGrid.Draft d, int ruledHeaderRows, PageContent page, BoundingBox box) {
        int header = columnHeaderRows(d, ruledHeaderRows);
        boolean rowHeaders = rowHeaderColumn(d, Math.max(1, header));
        if (rowHeaders && header == 0) header = 1; // row headers alone would leave the top row's cells unheaded
        List<Block.TableRow> rows = new ArrayList<>();
        for (int r = 0; r < d.rows(); r++) {
            List<Block.TableCell> cells = new ArrayList<>();
            for (TableGrid.Cell c : d.row(r)) {
                boolean isHeader = r < header || (rowHeaders && c.col() == 0 && !c.empty());
                String scope = !isHeader ? null : r < header ? (c.colSpan() > 1 ? "colgroup" : "col")
                        : (c.rowSpan() > 1 ? "rowgroup" : "row");
                List<Inline> content = BlockBuilder.trim(InlineBuilder.build(c.lines(), page.links(), isHeader && c.bold(), false));
                cells.add(new Block.TableCell(content, isHeader, scope, c.rowSpan(), c.colSpan()));
            }
            rows.add(new Block.TableRow(cells));
        }
        // a first row that is one cell across the table is its title (axe: table-fake-caption)
        List<Inline> caption = List.of();
        List<TableGrid.Cell> first = d.row(0);
        List<TableGrid.Cell> filled = first.stream().filter(c -> !c.empty()).toList();
        if (rows.size() >= 3 && filled.size() == 1 && filled.get(0).colSpan() >= Math.max(2, d.cols() - 1)
                && first.stream().allMatch(c -> c.rowSpan() == 1)) {
            Block.TableCell title = rows.get(0).cells().get(first.indexOf(filled.get(0)));
            caption = title.content();
            rows.remove(0);
            header = Math.max(0, header - 1);
        }
        return new Block.Table(caption, rows, header, Provenance.of(page.number(), box));
    }

    static int columnHeaderRows(TableGrid.Draft d, int ruled) {
        int header = 0;
        if (ruled >= 1 && ruled <= 3 && ruled < d.rows()) header = ruled;
        if (header == 0) header = leadingStyledRows(d);
        if (header == 0 && d.rows() >= 3 && d.row(0).stream().anyMatch(c -> c.colSpan() > 1 && !c.empty())) header = 1;
        if (header == 0) return 0;
        // a header cell spanning rows down takes those rows into the header
        for (int r = 0; r < header; r++) {
            for (TableGrid.Cell c : d.row(r)) header = Math.max(header, Math.min(d.rows() - 1, r + c.rowSpan()));
        }
        return header;
    }

    /** Leading rows that are wholly bold (or in another font or size) above a body that is not. */
    private static int leadingStyledRows(TableGrid.Draft d) {
        int k = 0;
        while (k < Math.min(3, d.rows() - 1) && styled(d, k, true)) k++;
        if (k > 0 && bodyBoldShare(d, k) < 0.5) return k;
        if (d.rows() >= 3 && styled(d, 0, false)) return 1;
        return 0;
    }

    private static boolean styled(TableGrid.Draft d, int r, boolean bold) {
        List<TableGrid.Cell> filled = d.row(r).stream().filter(c -> !c.empty()).toList();
        if (filled.isEmpty()) return false;
        if (bold) return filled.stream().allMatch(TableGrid.Cell::bold);
        // another typeface or size than the body below
        java.util.Map<String, Integer> bodyFonts = new java.util.HashMap<>();
        java.util.Map<Float, Integer> bodySizes = new java.util.HashMap<>();
        int bodyItalic = 0, bodyCells = 0;
        for (int b = r + 1; b < d.rows(); b++) {
            for (TableGrid.Cell c : d.row(b)) {
                if (c.empty()) continue;
                bodyFonts.merge(c.font(), 1, Integer::sum);
                bodySizes.merge(c.size(), 1, Integer::sum);
                if (c.italic()) bodyItalic++;
                bodyCells++;
            }
        }
        if (bodyCells == 0) return false;
        String font = bodyFonts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey();
        float size = bodySizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey();
        boolean italicBody = bodyItalic * 2 > bodyCells;
        return filled.stream().allMatch(c -> !c.font().equals(font) || Math.abs(c.size() - size) > size * 0.1
                || (c.italic() && !italicBody));
    }

    private static double bodyBoldShare(TableGrid.Draft d, int from) {
        int bold = 0, all = 0;
        for (TableGrid.Cell c : d.cells()) {
            if (c.row() < from || c.col() == 0 || c.empty()) continue;
            all++;
            if (c.bold()) bold++;
        }
        return all == 0 ? 1 : (double) bold / all;
    }

    /** A first column of bold labels, or of words beside columns of numbers, heads its rows. */
    static boolean rowHeaderColumn(TableGrid.Draft d, int header) {
        if (d.cols() < 2 || d.rows() - header < 2) return false;
        int first = 0, firstBold = 0, firstText = 0, other = 0, otherBold = 0, otherNumeric = 0;
        for (TableGrid.Cell c : d.cells()) {
            if (c.row() < header || c.empty()) continue;
            if (c.col() == 0) {
                first++;
                if (c.bold()) firstBold++;
                if (!NUMERIC.matcher(c.text().strip()).matches()) firstText++;
            } else {
                other++;
                if (c.bold()) otherBold++;
                if (NUMERIC.matcher(c.text().strip()).matches()) otherNumeric++;
            }
        }
        if (first < 2 || other == 0) return false;
        boolean boldLabels = firstBold == first && otherBold * 10 < other * 3;
        boolean labelsBesideNumbers = firstText == first && otherNumeric * 10 >= other * 8;
        // an empty top-left corner over a filled first column: the column labels the rows
        boolean emptyCorner = header >= 1 && d.row(0).get(0).col() == 0 && d.row(0).get(0).empty()
                && first == d.rows() - header;
        return boldLabels || labelsBesideNumbers || emptyCorner;
    }
}
